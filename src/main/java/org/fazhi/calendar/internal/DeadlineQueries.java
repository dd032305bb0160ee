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
import org.springframework.stereotype.Component;

/**
 * The public deadline question, shared by the JSON API and the portal calculator: from a start date,
 * exactly one of N working days, N calendar days (optionally with rest-day rollover) or a rule of
 * the catalog. Bad questions are refused 400; a start before the calendar's years 422.
 */
@Component
class DeadlineQueries {

    static final int MAX_WORKING_DAYS = 1000;
    static final int MAX_CALENDAR_DAYS = 3660;
    static final List<String> MODES = List.of("workingDays", "calendarDays", "rule");

    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2}-\\d{2}");

    /** A checked question: the period, and the rule it comes from when asked by rule. */
    record Question(LocalDate from, Period period, Rule rule, RuleTerm term) {
    }

    /** The answer with its rule (null when the period was given as a number). */
    record Answer(Question question, DueDate due) {
    }

    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    DeadlineQueries(WorkingCalendar calendar, RulesCatalog rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    Question parse(Map<String, List<String>> params) {
        for (String name : List.of("from", "workingDays", "calendarDays", "rule", "term", "rollover")) {
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
        if (working != null) {
            return new Question(from, Period.workingDays(number("workingDays", working, MAX_WORKING_DAYS)), null, null);
        }
        if (days != null) {
            return new Question(from, Period.calendarDays(number("calendarDays", days, MAX_CALENDAR_DAYS),
                    bool("rollover", single(params, "rollover"))), null, null);
        }
        String id = ruleId.strip().toUpperCase(Locale.ROOT);
        if (!RULE_ID.matcher(id).matches() || rules.find(id).isEmpty()) {
            throw new InvalidInputException(400, "unknown-rule", "calendar.rule.unknown",
                    List.of(new InvalidInputException.FieldProblem("rule", "calendar.rule.unknown", new Object[] {id})),
                    id);
        }
        RuleTerm term = term(single(params, "term"));
        Rule rule = rules.effectiveOn(id, from);
        boolean timeLimit = rule.unit() == RuleUnit.WORKING_DAYS || rule.unit() == RuleUnit.CALENDAR_DAYS
                || rule.unit() == RuleUnit.MONTHS;
        boolean hasTerm = switch (term) {
            case AMOUNT -> rule.amount() != null;
            case MAX_AMOUNT -> rule.maxAmount() != null;
            case EXTENSION -> rule.extension() != null;
        };
        if (!timeLimit || !hasTerm) {
            throw InvalidInputException.field("rule", "calendar.rule.not-time-limit", id);
        }
        return new Question(from, rules.period(id, term, from), rule, term);
    }

    Answer answer(Question q) {
        return new Answer(q, calendar.due(q.from(), q.period()));
    }

    static Map<String, Object> json(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        Question q = a.question();
        m.put("from", q.from().toString());
        m.put("due", a.due().due().toString());
        m.put("provisional", a.due().provisional());
        if (a.due().provisional()) {
            m.put("warning", a.due().warning());
        }
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("amount", q.period().amount());
        period.put("unit", q.period().unit().name());
        period.put("restDayRollover", q.period().restDayRollover());
        m.put("period", period);
        if (q.rule() != null) {
            m.put("rule", q.rule().id());
            m.put("ruleTitle", q.rule().title());
            m.put("term", q.term().name());
            m.put("source", q.rule().source());
        }
        m.put("explanation", a.due().explanation());
        return m;
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
        if (t.length() > 6 || !t.matches("-?\\d+")) {
            throw InvalidInputException.field(field, "calendar.amount.range", String.valueOf(max));
        }
        int n = Integer.parseInt(t);
        if (n < 1 || n > max) {
            throw InvalidInputException.field(field, "calendar.amount.range", String.valueOf(max));
        }
        return n;
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
