package org.fazhi.calendar.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.calendar.CalendarDay;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.Rule;
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
 * 工作日计算器, the public calculator: a plain GET form that works without JavaScript. It answers
 * when a period ends (by number of working or calendar days, or by a statutory rule), explains
 * the rest days skipped, warns when the answer is provisional, and tells what a single date is.
 */
@Controller
class CalculatorPage {

    private static final int MAX_PARAM = 40;

    private final DeadlineQueries queries;
    private final WorkingCalendar calendar;
    private final OfficialCalendar official;
    private final RulesCatalog rules;
    private final MessageSource messages;

    CalculatorPage(DeadlineQueries queries, WorkingCalendar calendar, OfficialCalendar official, RulesCatalog rules,
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
        for (String f : List.of("from", "mode", "n", "rule", "rollover", "day")) {
            String v = params.getOrDefault(f, "");
            form.put(f, v.length() > MAX_PARAM ? v.substring(0, MAX_PARAM) : v.strip());
        }
        if (form.get("mode").isEmpty()) {
            form.put("mode", "workingDays");
        }
        model.addAttribute("form", form);
        model.addAttribute("rules", rules.all().stream().filter(CalculatorPage::timeLimit).toList());
        model.addAttribute("firstDate", calendar.firstCoveredDate());
        if (!form.get("from").isEmpty()) {
            Map<String, List<String>> question = new LinkedHashMap<>();
            question.put("from", List.of(form.get("from")));
            switch (form.get("mode")) {
                case "calendarDays" -> {
                    question.put("calendarDays", List.of(form.get("n")));
                    question.put("rollover", List.of(form.get("rollover").isEmpty() ? "false" : "true"));
                }
                case "rule" -> question.put("rule", List.of(form.get("rule")));
                default -> question.put("workingDays", List.of(form.get("n")));
            }
            try {
                model.addAttribute("answer", queries.answer(queries.parse(question)));
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

    private static boolean timeLimit(Rule r) {
        return r.amount() != null && (r.unit() == RuleUnit.WORKING_DAYS || r.unit() == RuleUnit.CALENDAR_DAYS
                || r.unit() == RuleUnit.MONTHS);
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
