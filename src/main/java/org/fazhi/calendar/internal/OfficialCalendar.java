package org.fazhi.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.Period;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The working calendar every module asks. It keeps an in-memory copy of the calendar tables and
 * reloads it whenever the stored revision moved (another instance, or an administrator, changed a
 * day), so every instance answers from the same data.
 */
@Service
class OfficialCalendar implements WorkingCalendar {

    private final CalendarStore store;
    private final MessageSource messages;
    private final Clock clock;
    private volatile CalendarBook book;

    OfficialCalendar(CalendarStore store, MessageSource messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    CalendarBook book() {
        long revision = store.revision();
        CalendarBook current = book;
        if (current == null || current.revision() != revision) {
            current = store.load();
            book = current;
        }
        return current;
    }

    @Override
    public CalendarDay day(LocalDate date) {
        return book().day(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return day(date).workingDay();
    }

    @Override
    public DueDate due(LocalDate from, Period period) {
        return due(from, period, List.of());
    }

    @Override
    public DueDate due(LocalDate from, Period period, List<DateRange> paused) {
        return calculator().due(from, period, paused, LocalDate.now(clock));
    }

    @Override
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return calculator().workingDaysBetween(start, end);
    }

    @Override
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return calculator().workingDayOnOrAfter(date);
    }

    @Override
    public boolean isOfficialYear(int year) {
        return book().isOfficial(year);
    }

    @Override
    public LocalDate firstCoveredDate() {
        return book().firstCoveredDate();
    }

    /** The warning shown for a day or due date in a provisional year. */
    String provisionalWarning(int year) {
        return text("calendar.provisional.warning", String.valueOf(year));
    }

    private DueDateCalculator calculator() {
        return new DueDateCalculator(book()::day, this::text);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
