package org.fazhi.decisions.internal.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Major decisions on the portal, without sign-in: the published decision catalogs (with each item's
 * stage and the amendments as versions), published decisions with their implementation progress, and
 * hearing announcements with the participants' list. Drafts open for comment are on /consultations.
 */
@Controller
class DecisionPortalPages {

    private final PublicDecisions decisions;

    DecisionPortalPages(PublicDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/decisions")
    String index(Model model) {
        model.addAttribute("catalogs", decisions.catalogs());
        model.addAttribute("decisions", decisions.decisions());
        return "decisions/portal/index";
    }

    @GetMapping("/decisions/catalogs/{id}")
    String catalog(@PathVariable long id, Model model) {
        model.addAttribute("catalog", decisions.catalog(id));
        return "decisions/portal/catalog";
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        PublicDecisions.DecisionView d = decisions.decision(id);
        model.addAttribute("d", d);
        model.addAttribute("paragraphs", d.text() == null ? java.util.List.of()
                : java.util.Arrays.stream(d.text().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        return "decisions/portal/decision";
    }

    @GetMapping("/hearings")
    String hearings(Model model) {
        model.addAttribute("hearings", decisions.hearings());
        return "decisions/portal/hearings";
    }

    @GetMapping("/hearings/{id}")
    String hearing(@PathVariable long id, Model model) {
        model.addAttribute("h", decisions.hearing(id));
        return "decisions/portal/hearing";
    }
}
