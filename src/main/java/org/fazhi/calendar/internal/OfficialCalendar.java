package org.fazhi.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RuleUnit;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.Period;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The working calendar every module asks. It keeps an in-memory copy of the calendar tables and
 * reloads it whenever the stored revision moved (another instance, or an administrator, changed a
 * day), so every instance answers from the same data. The revision is asked at most once a second
 * (a change made through this instance is seen at once).
 */
@Service
class OfficialCalendar implements WorkingCalendar {

    private final CalendarStore store;
    private final RulesCatalog rules;
    private final MessageSource messages;
    private final Clock clock;
    private volatile CalendarBook book;
    private volatile long checkedAt = Long.MIN_VALUE / 2;

    /** How long a loaded calendar is used before the stored revision is asked again (another instance's change). */
    static final long RECHECK_NANOS = java.time.Duration.ofSeconds(1).toNanos();

    OfficialCalendar(CalendarStore store, RulesCatalog rules, MessageSource messages, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
    }

    CalendarBook book() {
        CalendarBook current = book;
        long now = System.nanoTime();
        if (current != null && now - checkedAt < RECHECK_NANOS) {
            return current;
        }
        long revision = store.revision();
        if (current == null || current.revision() != revision) {
            current = store.load();
            book = current;
        }
        checkedAt = now;
        return current;
    }

    /**
     * A change was made here: the next read asks the database again (and again once the transaction
     * ended, committed or not).
     */
    void invalidate() {
        checkedAt = Long.MIN_VALUE / 2;
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            checkedAt = Long.MIN_VALUE / 2;
                        }
                    });
        }
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
    public DueDate dueByRule(String ruleId, RuleTerm term, LocalDate from, Long unitId, List<DateRange> paused) {
        if (from == null) {
            throw new IllegalArgumentException("from is required");
        }
        RuleTerm t = term == null ? RuleTerm.AMOUNT : term;
        Rule rule = rules.effectiveOn(ruleId, from, unitId);
        List<DateRange> pauses = paused == null ? List.of() : paused;
        if (rule.unit() == RuleUnit.FIXED_DATE) {
            String date = t == RuleTerm.ALTERNATE ? rule.alternateDate() : t == RuleTerm.AMOUNT ? rule.fixedDate() : null;
            if (date == null) {
                throw new IllegalArgumentException("rule " + ruleId + " has no fixed date for " + t);
            }
            return nextFixedDate(from, MonthDay.parse("--" + date));
        }
        if (t == RuleTerm.EXTENSION) {
            Period base = rules.period(ruleId, RuleTerm.AMOUNT, from, unitId);
            Period extension = rules.period(ruleId, RuleTerm.EXTENSION, from, unitId);
            return calculator().extended(from, base, extension, pauses, LocalDate.now(clock), rule.rolloverBasis());
        }
        return calculator().due(from, rules.period(ruleId, t, from, unitId), pauses, LocalDate.now(clock),
                rule.rolloverBasis());
    }

    @Override
    public DueDate nextFixedDate(LocalDate from, MonthDay date) {
        return calculator().fixed(from, date);
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
