package org.fazhi.calendar.internal;

import java.util.Map;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.WorkingCalendar;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public calendar API: what a date is, and when a period ends (with its explanation). */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    private final WorkingCalendar calendar;
    private final OfficialCalendar official;
    private final DeadlineQueries queries;

    CalendarApi(WorkingCalendar calendar, OfficialCalendar official, DeadlineQueries queries) {
        this.calendar = calendar;
        this.official = official;
        this.queries = queries;
    }

    @GetMapping("/days/{date}")
    Map<String, Object> day(@PathVariable String date) {
        CalendarDay day = calendar.day(DeadlineQueries.date("date", date));
        return DeadlineQueries.json(day, day.provisional() ? official.provisionalWarning(day.date().getYear()) : null);
    }

    @GetMapping("/deadline")
    Map<String, Object> deadline(@RequestParam MultiValueMap<String, String> params) {
        return DeadlineQueries.json(queries.answer(queries.parse(params)));
    }
}
