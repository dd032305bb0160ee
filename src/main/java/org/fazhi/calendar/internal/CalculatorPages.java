package org.fazhi.calendar.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RuleUnit;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工作日计算器, the public calculator: a plain GET form that works without JavaScript (with it, only the
 * chosen mode's fields show). It answers when a period ends (by number of working or calendar days,
 * forward or back from an event, or by a rule of the catalog — each number of a rule a choice of its
 * own, named first and coded after), explains the rest days skipped, warns when the answer is
 * provisional, and tells what a single date is. A mode without its number or rule says so.
 */
@Controller
class CalculatorPages {

    private static final int MAX_PARAM = 40;

    /** One choice of the rule list: "GI-01:EXTENSION" and how it reads. */
    record RuleChoice(String value, String label) {
    }

    private final DeadlineQueries queries;
    private final WorkingCalendar calendar;
    private final OfficialCalendar official;
    private final RulesCatalog rules;
    private final MessageSource messages;

    CalculatorPages(DeadlineQueries queries, WorkingCalendar calendar, OfficialCalendar official, RulesCatalog rules,
            MessageSource messages) {
        this.queries = queries;
        this.calendar = calendar;
        this.official = official;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/calculator")
    String calculator(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : List.of("from", "mode", "n", "rule", "rollover", "direction", "day")) {
            String v = params.getOrDefault(f, "");
            form.put(f, v.length() > MAX_PARAM ? v.substring(0, MAX_PARAM) : v.strip());
        }
        if (form.get("mode").isEmpty()) {
            form.put("mode", "workingDays");
        }
        model.addAttribute("form", form);
        model.addAttribute("rules", choices());
        model.addAttribute("firstDate", calendar.firstCoveredDate());
        if (!form.get("from").isEmpty()) {
            try {
                model.addAttribute("answer", queries.answer(queries.parse(question(form))));
            } catch (InvalidInputException e) {
                model.addAttribute("errors", errors(e));
            }
        }
        if (!form.get("day").isEmpty()) {
            try {
                CalendarDay day = calendar.day(DeadlineQueries.date("day", form.get("day")));
                model.addAttribute("day", day);
                if (day.provisional()) {
                    model.addAttribute("dayWarning", official.provisionalWarning(day.date().getYear()));
                }
            } catch (InvalidInputException e) {
                model.addAttribute("dayErrors", errors(e));
            }
        }
        return "calendar/calculator";
    }

    /** The form as the API's question; a mode without its input is refused naming what is missing. */
    private static Map<String, List<String>> question(Map<String, String> form) {
        Map<String, List<String>> question = new LinkedHashMap<>();
        question.put("from", List.of(form.get("from")));
        String mode = form.get("mode");
        if (!"rule".equals(mode) && form.get("n").isEmpty()) {
            throw InvalidInputException.field("n", "calendar.calculator.n.missing");
        }
        switch (mode) {
            case "calendarDays" -> {
                question.put("calendarDays", List.of(form.get("n")));
                boolean backward = "backward".equals(form.get("direction"));
                question.put("rollover", List.of(form.get("rollover").isEmpty() || backward ? "false" : "true"));
                question.put("direction", List.of(backward ? "backward" : "forward"));
            }
            case "rule" -> {
                String choice = form.get("rule");
                if (choice.isEmpty()) {
                    throw InvalidInputException.field("rule", "calendar.calculator.rule.missing");
                }
                int colon = choice.indexOf(':');
                question.put("rule", List.of(colon < 0 ? choice : choice.substring(0, colon)));
                if (colon >= 0) {
                    question.put("term", List.of(choice.substring(colon + 1)));
                }
            }
            default -> {
                question.put("workingDays", List.of(form.get("n")));
                question.put("direction", List.of("backward".equals(form.get("direction")) ? "backward" : "forward"));
            }
        }
        return question;
    }

    /** Every computable number of every rule, named first: "依申请公开答复期限（延长后）— GI-01". */
    private List<RuleChoice> choices() {
        List<RuleChoice> out = new ArrayList<>();
        for (Rule r : rules.all()) {
            if (!(r.timeLimit() || r.unit() == RuleUnit.FIXED_DATE)) {
                continue;
            }
            for (RuleTerm t : RuleTerm.values()) {
                if (!r.has(t)) {
                    continue;
                }
                String value = t == RuleTerm.AMOUNT ? r.id() : r.id() + ":" + t.name();
                String variant = switch (t) {
                    case AMOUNT -> "";
                    case ALTERNATE -> text("calendar.calculator.term.ALTERNATE", r.alternateScope());
                    default -> text("calendar.calculator.term." + t.name());
                };
                out.add(new RuleChoice(value, text("calendar.calculator.rule.option", r.title(), variant, r.id())));
            }
        }
        return out;
    }

    private List<String> errors(InvalidInputException e) {
        List<String> out = new ArrayList<>();
        e.fieldProblems().forEach(p -> out.add(text(p.messageKey(), p.args())));
        if (out.isEmpty()) {
            out.add(text(e.messageKey(), e.args()));
        }
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
