package org.fazhi.search.internal;

import org.fazhi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console page of the search index: records per type and a rebuild button for each. */
@Controller
class SearchPages {

    private final IndexMaintenance maintenance;
    private final MessageSource messages;

    SearchPages(IndexMaintenance maintenance, MessageSource messages) {
        this.maintenance = maintenance;
        this.messages = messages;
    }

    @GetMapping("/console/search")
    String page(Model model) {
        model.addAttribute("types", maintenance.counts());
        return "search/console";
    }

    @PostMapping("/console/search/rebuild")
    String rebuild(@RequestParam(defaultValue = "") String type, RedirectAttributes redirect) {
        try {
            int n = maintenance.rebuild(type.strip());
            redirect.addFlashAttribute("flashSuccess", text("search.rebuild.done", typeLabel(type.strip()),
                    String.valueOf(n)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", text("search.type.unknown", type.strip()));
        }
        return "redirect:/console/search";
    }

    private String typeLabel(String type) {
        return messages.getMessage("search.type." + type, null, type, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
