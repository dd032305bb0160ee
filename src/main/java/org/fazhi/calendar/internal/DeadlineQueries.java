package org.fazhi.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.DueDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RuleUnit;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodCounting;
import org.springframework.stereotype.Component;

/**
 * The public deadline question, shared by the JSON API and the portal calculator: from a date,
 * exactly one of N working days, N calendar days (optionally with rest-day rollover; forward, or back
 * from an event with {@code direction=backward}) or a rule of the catalog with one of its numbers
 * ({@code term}: AMOUNT, MAX_AMOUNT, EXTENSION — the amount and then the extension —, ALTERNATE), counted
 * as the rule says (MD-03 back from the hearing, LC-01 as a term, GI-06 to its fixed date). A rule is read
 * nationally unless {@code unitId} names the unit whose local values apply. Bad questions are refused
 * 400; a start before the calendar's years 422.
 */
@Component
class DeadlineQueries {

    static final int MAX_WORKING_DAYS = 1000;
    static final int MAX_CALENDAR_DAYS = 3660;
    static final List<String> MODES = List.of("workingDays", "calendarDays", "rule");

    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    /** A checked question: the period, and the rule and term it comes from when asked by rule. */
    record Question(LocalDate from, Period period, Rule rule, RuleTerm term, Long unitId) {
    }

    /** The answer with its rule (null when the period was given as a number). */
    record Answer(Question question, DueDate due) {

        /** Whether the answer is the last day before an event (counted back). */
        public boolean backward() {
            return due.period() != null && due.period().counting() == PeriodCounting.BACKWARD;
        }
    }

    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    DeadlineQueries(WorkingCalendar calendar, RulesCatalog rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    Question parse(Map<String, List<String>> params) {
        for (String name : List.of("from", "workingDays", "calendarDays", "rule", "term", "rollover", "direction",
                "unitId")) {
            List<String> values = params.get(name);
            if (values != null && values.size() > 1) {
                throw InvalidInputException.field(name, "calendar.param.duplicate", name);
            }
        }
        LocalDate from = date("from", single(params, "from"));
        long modes = MODES.stream().filter(m -> single(params, m) != null).count();
        if (modes != 1) {
            throw InvalidInputException.field("mode", "calendar.mode.one");
        }
        String working = single(params, "workingDays");
        String days = single(params, "calendarDays");
        String ruleId = single(params, "rule");
        PeriodCounting direction = direction(single(params, "direction"));
        if (working != null) {
            return new Question(from, Period.workingDays(number("workingDays", working, MAX_WORKING_DAYS))
                    .counted(direction), null, null, null);
        }
        if (days != null) {
            boolean rollover = bool("rollover", single(params, "rollover"));
            if (rollover && direction == PeriodCounting.BACKWARD) {
                throw InvalidInputException.field("rollover", "calendar.rollover.backward");
            }
            return new Question(from, Period.calendarDays(number("calendarDays", days, MAX_CALENDAR_DAYS), rollover)
                    .counted(direction), null, null, null);
        }
        if (single(params, "direction") != null) {
            throw InvalidInputException.field("direction", "calendar.direction.with-rule");
        }
        String id = ruleId.strip().toUpperCase(Locale.ROOT);
        if (!RULE_ID.matcher(id).matches() || rules.find(id).isEmpty()) {
            throw new InvalidInputException(400, "unknown-rule", "calendar.rule.unknown",
                    List.of(new InvalidInputException.FieldProblem("rule", "calendar.rule.unknown", new Object[] {id})),
                    id);
        }
        RuleTerm term = term(single(params, "term"));
        Long unitId = unitId(single(params, "unitId"));
        Rule rule = rules.effectiveOn(id, from, unitId);
        boolean computable = rule.timeLimit() || rule.unit() == RuleUnit.FIXED_DATE;
        if (!computable || !rule.has(term)) {
            throw InvalidInputException.field("rule", "calendar.rule.not-time-limit", id);
        }
        Period period = rule.unit() == RuleUnit.FIXED_DATE ? null
                : rules.period(id, term == RuleTerm.EXTENSION ? RuleTerm.AMOUNT : term, from, unitId);
        return new Question(from, period, rule, term, unitId);
    }

    Answer answer(Question q) {
        if (q.rule() != null) {
            return new Answer(q, calendar.dueByRule(q.rule().id(), q.term(), q.from(), q.unitId(), List.of()));
        }
        return new Answer(q, calendar.due(q.from(), q.period()));
    }

    static Map<String, Object> json(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        Question q = a.question();
        DueDate due = a.due();
        m.put("from", q.from().toString());
        m.put("due", due.due().toString());
        m.put("direction", due.period() == null ? PeriodCounting.FORWARD.name() : due.period().counting().name());
        m.put("provisional", due.provisional());
        if (due.provisional()) {
            m.put("warning", due.warning());
        }
        if (due.period() != null) {
            m.put("period", period(due.period()));
        }
        if (due.extension() != null) {
            m.put("extension", period(due.extension()));
        }
        if (q.rule() != null) {
            m.put("rule", q.rule().id());
            m.put("ruleTitle", q.rule().title());
            m.put("term", q.term().name());
            if (q.term() == RuleTerm.ALTERNATE) {
                m.put("appliesTo", q.rule().alternateScope());
            }
            if (q.rule().unit() == RuleUnit.FIXED_DATE) {
                m.put("fixedDate", q.term() == RuleTerm.ALTERNATE ? q.rule().alternateDate() : q.rule().fixedDate());
            }
            m.put("source", q.rule().source());
            if (q.rule().restDayRollover()) {
                m.put("rolloverBasis", q.rule().rolloverBasis());
            }
            if (q.unitId() != null) {
                m.put("unitId", q.unitId());
            }
        }
        m.put("explanation", due.explanation());
        return m;
    }

    private static Map<String, Object> period(Period p) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("amount", p.amount());
        period.put("unit", p.unit().name());
        period.put("restDayRollover", p.restDayRollover());
        period.put("counting", p.counting().name());
        return period;
    }

    static Map<String, Object> json(CalendarDay day, String warning) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", day.date().toString());
        m.put("workingDay", day.workingDay());
        m.put("kind", day.kind().json());
        m.put("name", day.name());
        m.put("provisional", day.provisional());
        if (day.provisional()) {
            m.put("warning", warning);
        }
        return m;
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank() || text.length() > 10) {
            throw InvalidInputException.field(field, "calendar.date.invalid");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "calendar.date.invalid");
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0);
    }

    private static int number(String field, String text, int max) {
        String t = text.strip();
        if (t.length() > 6 || !INTEGER.matcher(t).matches()) {
            throw InvalidInputException.field(field, "calendar.amount.range", String.valueOf(max));
        }
        int n = Integer.parseInt(t);
        if (n < 1 || n > max) {
            throw InvalidInputException.field(field, "calendar.amount.range", String.valueOf(max));
        }
        return n;
    }

    private static Long unitId(String text) {
        if (text == null) {
            return null;
        }
        if (!ID.matcher(text.strip()).matches()) {
            throw InvalidInputException.field("unitId", "calendar.unit.invalid");
        }
        return Long.valueOf(text.strip());
    }

    private static boolean bool(String field, String text) {
        if (text == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw InvalidInputException.field(field, "calendar.rollover.invalid");
        };
    }

    private static PeriodCounting direction(String text) {
        if (text == null) {
            return PeriodCounting.FORWARD;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "forward" -> PeriodCounting.FORWARD;
            case "backward" -> PeriodCounting.BACKWARD;
            default -> throw InvalidInputException.field("direction", "calendar.direction.invalid");
        };
    }

    private static RuleTerm term(String text) {
        if (text == null) {
            return RuleTerm.AMOUNT;
        }
        try {
            return RuleTerm.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("term", "calendar.term.invalid");
        }
    }
}
