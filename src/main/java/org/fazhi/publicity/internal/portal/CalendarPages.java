package org.fazhi.publicity.internal.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.publicity.PublicActivity;
import org.fazhi.publicity.PublicityActivities;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public calendar of publicity activities (/publicity, /api/v1/public/publicity/activities): announced
 * and held activities of a period — by default the month before today to three months after — with no
 * personal identifiers in their descriptions.
 */
@Controller
@Validated
@Tag(name = "public-publicity", description = "普法活动日历 (public calendar of legal publicity)")
class CalendarPages {

    private final PublicityActivities activities;
    private final Clock clock;

    CalendarPages(PublicityActivities activities, Clock clock) {
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

    @GetMapping("/api/v1/public/publicity/activities")
    @ResponseBody
    @Operation(summary = "Announced and held publicity activities meeting a period (at most a year)")
    List<PublicActivity> api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate f = from == null ? LocalDate.now(clock).minusMonths(1) : from;
        return activities.publicCalendar(f, to == null ? f.plusMonths(4) : to);
    }

    /** The public paths of the calendar and its link on the portal. */
    @Configuration(proxyBeanMethods = false)
    static class PortalWeb {

        @Bean
        PublicEndpoints publicityPublicEndpoints() {
            return PublicEndpoints.get("/publicity", "/api/v1/public/publicity/activities");
        }

        @Bean
        PortalLink publicityCalendarLink() {
            return new PortalLink(40, "publicity.portal.link", "publicity.portal.description", "/publicity");
        }
    }
}
