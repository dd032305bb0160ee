package org.fazhi.deadlines.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.MenuEntry;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.units.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 督办台 (/console/deadlines): the deadlines of the user's subtree in words (what each is, the business,
 * the rule by name), with days left coloured by urgency, filters (unit, business, status, due dates, due
 * this week), bulk 催办 that says whom it reminded, and an Excel export with readable columns; and one
 * deadline with the explanation of its due date.
 */
@Controller
class DeadlinePages {

    private static final List<String> FIELDS = List.of("unitId", "module", "status", "dueFrom", "dueTo", "week", "page");

    private final DeadlineBoard board;
    private final DataScope scope;
    private final MessageSource messages;

    DeadlinePages(DeadlineBoard board, DataScope scope, MessageSource messages) {
        this.board = board;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/console/deadlines")
    String list(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> form = form(params);
        model.addAttribute("form", form);
        model.addAttribute("units", scope.visibleUnits());
        model.addAttribute("statuses", org.fazhi.deadlines.DeadlineStatus.values());
        model.addAttribute("query", query(form));
        try {
            BoardFilter f = filter(form);
            Integer page = form.get("page").matches("\\d{1,5}") ? Integer.valueOf(form.get("page")) : null;
            model.addAttribute("page", board.list(f, PageQuery.of(page, 50)));
            model.addAttribute("summary", board.summary(f));
            model.addAttribute("modules", board.modules());
            model.addAttribute("today", board.today());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("modules", List.of());
        }
        return "deadlines/board";
    }

    @GetMapping("/console/deadlines/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        BoardFilter f = filter(form(params));
        List<DeadlineView> rows = board.export(f);
        List<String> headers = List.of(text("deadlines.col.unit"), text("deadlines.col.module"),
                text("deadlines.col.subject"), text("deadlines.col.kind"), text("deadlines.col.rule"),
                text("deadlines.col.rule-id"), text("deadlines.col.start"), text("deadlines.col.due"),
                text("deadlines.col.days-left"), text("deadlines.col.status"), text("deadlines.col.provisional"),
                text("deadlines.col.met-on"), text("deadlines.col.late"), text("deadlines.col.assignee"));
        List<List<?>> data = new ArrayList<>();
        for (DeadlineView d : rows) {
            data.add(List.of(d.ownerUnitName(), d.moduleName(), d.subjectTitle(), d.label(), d.ruleTitle(),
                    d.ruleId(), d.startDate(), d.dueDate(),
                    d.status().isActive() ? daysLeft(d) : "",
                    text("deadlines.status." + d.status().name()), yesNo(d.provisional()),
                    d.metOn() == null ? "" : d.metOn(), d.metOn() == null ? "" : yesNo(d.late()),
                    d.assigneeName() == null ? "" : d.assigneeName()));
        }
        return SpreadsheetDownload.of(text("deadlines.board.title"), text("deadlines.board.title"), headers, data);
    }

    @GetMapping("/console/deadlines/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", board.detail(id));
        return "deadlines/detail";
    }

    @PostMapping("/console/deadlines/{id}/urge")
    String urge(@PathVariable long id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        try {
            DeadlineBoard.Urged u = board.urge(id);
            redirect.addFlashAttribute("flashSuccess", text("deadlines.urge.done", u.subject(),
                    String.join("、", u.recipients())));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args()));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("flashError", text("deadlines.urge.forbidden"));
        }
        return "redirect:" + ("list".equals(back) ? "/console/deadlines" : "/console/deadlines/" + id);
    }

    /** Bulk 催办 of the ticked deadlines; the message names whom each one reminded. */
    @PostMapping("/console/deadlines/urge")
    String urgeAll(@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        List<Long> ids = new ArrayList<>();
        for (String v : params.getOrDefault("ids", List.of())) {
            if (v != null && v.matches("\\d{1,18}")) {
                ids.add(Long.valueOf(v));
            }
        }
        String back = params.getFirst("query");
        try {
            DeadlineBoard.UrgedAll result = board.urgeAll(ids);
            List<String> lines = new ArrayList<>();
            result.urged().forEach(u -> lines.add(text("deadlines.urge.line", u.subject(),
                    String.join("、", u.recipients()))));
            if (!lines.isEmpty()) {
                redirect.addFlashAttribute("flashSuccess", text("deadlines.urge.bulk-done",
                        String.valueOf(result.urged().size())) + " " + String.join("；", lines));
            }
            if (!result.refused().isEmpty()) {
                redirect.addFlashAttribute("flashError", String.join("；", result.refused().stream()
                        .map(r -> text("deadlines.urge.refused-line", r.subject(), text(r.messageKey()))).toList()));
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", String.join(" ", errors(e)));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("flashError", text("deadlines.urge.forbidden"));
        }
        boolean safe = back != null && back.length() <= 300 && back.matches("[A-Za-z0-9=&%._~+-]*");
        return "redirect:/console/deadlines" + (safe && !back.isEmpty() ? "?" + back : "");
    }

    private String daysLeft(DeadlineView d) {
        long days = d.dueIn().days();
        return days < 0 ? text("deadlines.days.overdue", String.valueOf(-days))
                : days == 0 ? text("deadlines.days.today") : text("deadlines.days.left", String.valueOf(days));
    }

    private String yesNo(boolean b) {
        return text(b ? "deadlines.yes" : "deadlines.no");
    }

    private BoardFilter filter(Map<String, String> form) {
        Long unitId = null;
        if (!form.get("unitId").isEmpty()) {
            if (!form.get("unitId").matches("\\d{1,18}")) {
                throw InvalidInputException.field("unitId", "deadlines.unit.invalid");
            }
            unitId = Long.valueOf(form.get("unitId"));
        }
        return board.filter(unitId, form.get("module"), form.get("status"),
                DeadlinesApi.date("dueFrom", form.get("dueFrom")), DeadlinesApi.date("dueTo", form.get("dueTo")),
                !form.get("week").isEmpty());
    }

    private static Map<String, String> form(Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = params.getOrDefault(f, "").strip();
            form.put(f, v.length() > 40 ? v.substring(0, 40) : v);
        }
        return form;
    }

    /** The filter as a query string for the pager and the export link. */
    private static String query(Map<String, String> form) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        form.forEach((k, v) -> {
            if (!"page".equals(k) && !v.isEmpty()) {
                b.queryParam(k, v);
            }
        });
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
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

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        MenuEntry deadlinesMenuEntry() {
            return MenuEntry.of("work", 10, "deadlines.menu", "/console/deadlines", "RULE_OF_LAW_OFFICE",
                    "LEGAL_REVIEWER", "DRAFTER", "ENFORCEMENT_OFFICER", "LEADER");
        }
    }
}
