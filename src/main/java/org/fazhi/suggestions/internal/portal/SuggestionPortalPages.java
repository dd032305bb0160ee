package org.fazhi.suggestions.internal.portal;

import org.fazhi.shared.PageQuery;
import org.fazhi.suggestions.Suggestions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published answers to deputies' suggestions and members' proposals on the portal, without sign-in:
 * the deputies or members by name (their public role), the lead unit, the category and the answer's text
 * with any natural person's identifiers removed; never the contact or internal remarks.
 */
@Controller
class SuggestionPortalPages {

    private final Suggestions suggestions;

    SuggestionPortalPages(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/suggestions")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", suggestions.publicAnswers(PageQuery.of(page == null ? null
                : Math.max(0, Math.min(page, 100_000)), 20)));
        return "suggestions/portal/answers";
    }

    @GetMapping("/suggestions/{id}")
    String answer(@PathVariable long id, Model model) {
        model.addAttribute("a", suggestions.publicAnswer(id));
        return "suggestions/portal/answer";
    }
}
