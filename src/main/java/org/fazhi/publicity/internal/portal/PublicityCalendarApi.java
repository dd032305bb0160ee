package org.fazhi.publicity.internal.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.publicity.PublicActivity;
import org.fazhi.publicity.PublicityActivities;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calendar as JSON (/api/v1/public/publicity/activities): announced and held activities meeting a
 * period of at most a year, by default as on the calendar page; no personal identifiers.
 */
@RestController
@Validated
@Tag(name = "public-publicity", description = "普法活动日历 (public calendar of legal publicity)")
class PublicityCalendarApi {

    private final PublicityActivities activities;
    private final Clock clock;

    PublicityCalendarApi(PublicityActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/api/v1/public/publicity/activities")
    @Operation(summary = "Announced and held publicity activities meeting a period (at most a year)")
    List<PublicActivity> activities(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate f = from == null ? LocalDate.now(clock).minusMonths(1) : from;
        return activities.publicCalendar(f, to == null ? f.plusMonths(4) : to);
    }
}
