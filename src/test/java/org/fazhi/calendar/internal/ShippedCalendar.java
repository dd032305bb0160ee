package org.fazhi.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The shipped calendar data and the Chinese texts, without Spring: for fast tests. */
final class ShippedCalendar {

    static final List<ExceptionalDay> ROWS = read();
    static final CalendarBook BOOK = book(ROWS, ROWS.stream().map(ExceptionalDay::noticeYear).distinct().toList());

    private ShippedCalendar() {
    }

    static CalendarBook book(List<ExceptionalDay> rows, List<Integer> officialYears) {
        Map<LocalDate, ExceptionalDay> days = new HashMap<>();
        rows.forEach(d -> days.put(d.date(), d));
        return new CalendarBook(1, days, officialYears);
    }

    static Texts chinese() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/calendar");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return (key, args) -> source.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    static DueDateCalculator calculator() {
        return new DueDateCalculator(BOOK::day, chinese());
    }

    static Map<Integer, Long> rowsPerNoticeYear() {
        return ROWS.stream().collect(Collectors.groupingBy(ExceptionalDay::noticeYear, Collectors.counting()));
    }

    private static List<ExceptionalDay> read() {
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(HolidayCsv.RESOURCE)) {
            return HolidayCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
