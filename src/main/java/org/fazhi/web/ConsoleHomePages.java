package org.fazhi.web;

import org.fazhi.shared.Actor;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: who you are and what you can open; a leader lands on the dashboard. */
@Controller
class ConsoleHomePages {

    private final Units units;
    private final UserDirectory users;

    ConsoleHomePages(Units units, UserDirectory users) {
        this.units = units;
        this.users = users;
    }

    @GetMapping({"/console", "/console/"})
    String home(Model model) {
        if (Actor.currentHasAnyRole("LEADER")) {
            return "redirect:/console/indicators";
        }
        Actor actor = Actor.current();
        model.addAttribute("displayName", users.displayName(actor.userId()));
        model.addAttribute("unitName", units.name(actor.unitId()));
        return "web/home";
    }
}
