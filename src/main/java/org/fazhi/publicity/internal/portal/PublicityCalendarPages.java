package org.fazhi.publicity.internal.portal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.publicity.PublicityActivities;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public calendar of publicity activities (/publicity): announced and held activities of a period — by
 * default from a month before today to three months after — with no personal identifiers in their
 * descriptions.
 */
@Controller
@Validated
class PublicityCalendarPages {

    private final PublicityActivities activities;
    private final Clock clock;

    PublicityCalendarPages(PublicityActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/publicity")
    String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate f = from == null ? LocalDate.now(clock).minusMonths(1) : from;
        LocalDate t = to == null ? f.plusMonths(4) : to;
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("activities", activities.publicCalendar(f, t));
        model.addAttribute("today", LocalDate.now(clock));
        return "publicity/portal/calendar";
    }
}
