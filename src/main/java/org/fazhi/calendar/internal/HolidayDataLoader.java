package org.fazhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.CalendarChanged;
import org.fazhi.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped official calendar at start: every notice year in {@code cn-holidays.csv} that
 * is not in the database yet is entered as official (the first start loads 2007–2026; a release
 * shipping a newer file adds its new years). Years already present are left as the administrators
 * keep them.
 */
@Component
@Order(10)
class HolidayDataLoader implements ApplicationRunner {

    static final String SOURCE = "cn-holidays.csv";

    private static final Logger log = LoggerFactory.getLogger(HolidayDataLoader.class);

    private final CalendarStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OfficialCalendar calendar;

    HolidayDataLoader(CalendarStore store, AuditLog audit, ApplicationEventPublisher events, OfficialCalendar calendar) {
        this.calendar = calendar;
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<ExceptionalDay> rows;
        try (InputStream in = new ClassPathResource(HolidayCsv.RESOURCE).getInputStream()) {
            rows = HolidayCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, List<ExceptionalDay>> byNotice = new TreeMap<>(
                rows.stream().collect(Collectors.groupingBy(ExceptionalDay::noticeYear)));
        Set<Integer> known = store.years().stream().map(CalendarYear::year).collect(Collectors.toSet());
        Set<Integer> loaded = new TreeSet<>();
        int days = 0;
        for (var e : byNotice.entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            for (ExceptionalDay d : e.getValue()) {
                if (!store.exists(d.date())) {
                    store.insertDay(d, Actor.SYSTEM_NAME);
                    days++;
                }
            }
            store.insertYear(new CalendarYear(e.getKey(), "OFFICIAL", SOURCE, Actor.SYSTEM_NAME, store.instant()));
            loaded.add(e.getKey());
        }
        if (loaded.isEmpty()) {
            return;
        }
        store.bumpRevision();
        calendar.invalidate();
        audit.action("calendar-year", loaded.iterator().next() + "-" + ((TreeSet<Integer>) loaded).last(), "load",
                Map.of("source", SOURCE, "years", List.copyOf(loaded), "days", days));
        events.publishEvent(new CalendarChanged(loaded));
        log.info("Official calendar: loaded {} days of the notices of {} from {}", days, loaded, SOURCE);
    }
}
