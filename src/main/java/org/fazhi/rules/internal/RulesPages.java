package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RulesCatalog.LocalValue;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.ErrorSummary;
import org.fazhi.units.Units;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page 时限与标准 (every rule with its national value, its public source and the stricter
 * local values in force) and the console catalog where a rule-of-law office sets its unit's values.
 * How far each source was checked (confidence, notes) is shown in the console only.
 */
@Controller
class RulesPages {

    /** One line of a rules table: the rule, its value in force, its national value, the local values. */
    record RuleRow(Rule rule, String value, String national, List<LocalLine> locals) {
    }

    /** A unit's local values, formatted. */
    record LocalLine(String unitName, String value, LocalDate effectiveFrom) {
    }

    /** A line of the override history: the override, its unit, its value, whether it was never applied. */
    record HistoryLine(RuleOverride override, String unitName, String value, boolean loosens, boolean mine) {
    }

    private static final List<String> FIELDS = List.of("overrideId", "amount", "maxAmount", "extension",
            "alternateAmount", "effectiveFrom", "reason");

    private final StatutoryRules catalog;
    private final RuleOverrides overrides;
    private final RuleEditor editor;
    private final RuleFormat format;
    private final Units units;
    private final Clock clock;

    RulesPages(StatutoryRules catalog, RuleOverrides overrides, RuleEditor editor, RuleFormat format, Units units,
            Clock clock) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.editor = editor;
        this.format = format;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/rules")
    String portal(Model model) {
        Map<String, List<LocalValue>> locals = catalog.allLocalValues(LocalDate.now(clock));
        Map<String, List<RuleRow>> areas = new LinkedHashMap<>();
        for (Rule r : catalog.all()) {
            areas.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(new RuleRow(r, format.national(r),
                    format.national(r), locals.getOrDefault(r.id(), List.of()).stream()
                            .map(v -> new LocalLine(v.unitName(), format.local(r, v.amount(), v.maxAmount(),
                                    v.extension(), v.alternateAmount()), v.effectiveFrom()))
                            .toList()));
        }
        model.addAttribute("areas", areas);
        return "rules/portal";
    }

    @GetMapping("/console/rules")
    String console(Model model) {
        Long home = Actor.current().unitId();
        model.addAttribute("rows", catalog.all(LocalDate.now(clock), home).stream().map(this::row).toList());
        model.addAttribute("homeName", home == null ? "" : units.name(home));
        model.addAttribute("mayEdit", editor.mayEdit());
        return "rules/console";
    }

    @GetMapping("/console/rules/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) Long edit, Model model) {
        Rule rule = inForce(id);
        List<RuleOverride> history = overrides.history(rule.id());
        Long home = Actor.current().unitId();
        Map<String, String> form = new LinkedHashMap<>();
        RuleOverride editing = edit == null ? null : history.stream()
                .filter(o -> o.id().equals(edit) && o.unitId().equals(home)).findFirst().orElse(null);
        form.put("overrideId", editing == null ? "" : String.valueOf(editing.id()));
        form.put("amount", plain(editing != null ? editing.amount() : rule.amount()));
        form.put("maxAmount", plain(editing != null ? editing.maxAmount() : rule.maxAmount()));
        form.put("extension", plain(editing != null ? editing.extension() : rule.extension()));
        form.put("alternateAmount", plain(editing != null ? editing.alternateAmount() : rule.alternateAmount()));
        form.put("effectiveFrom", editing == null ? "" : editing.effectiveFrom().toString());
        form.put("reason", editing == null ? "" : editing.reason());
        return detail(rule, history, form, Map.of(), List.of(), model);
    }

    @PostMapping("/console/rules/{id}/overrides")
    String saveOverride(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Rule rule = inForce(id);
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = params.getOrDefault(f, "");
            form.put(f, v.length() > 600 ? v.substring(0, 600) : v);
        }
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        BigDecimal amount = number(form, "amount", fieldErrors);
        BigDecimal max = number(form, "maxAmount", fieldErrors);
        BigDecimal extension = number(form, "extension", fieldErrors);
        BigDecimal alternate = number(form, "alternateAmount", fieldErrors);
        LocalDate effective = null;
        try {
            effective = form.get("effectiveFrom").isBlank() ? null : LocalDate.parse(form.get("effectiveFrom").strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (effective == null) {
            add(fieldErrors, "effectiveFrom", format.text("rules.override.effective-invalid"));
        }
        if (!fieldErrors.isEmpty()) {
            return detail(rule, overrides.history(rule.id()), form, fieldErrors, List.of(), model);
        }
        OverrideDraft draft = new OverrideDraft(amount, max, extension, effective, form.get("reason"), alternate);
        try {
            if (form.get("overrideId").isBlank()) {
                overrides.create(rule.id(), draft);
            } else {
                overrides.update(rule.id(), Long.parseLong(form.get("overrideId").strip()), draft);
            }
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> add(fieldErrors, FIELDS.contains(p.field()) ? p.field() : "amount",
                    format.text(p.messageKey(), p.args())));
            List<String> errors = e.fieldProblems().isEmpty() ? List.of(format.text(e.messageKey(), e.args()))
                    : List.of();
            return detail(rule, overrides.history(rule.id()), form, fieldErrors, errors, model);
        } catch (NumberFormatException | NotFoundException e) {
            return detail(rule, overrides.history(rule.id()), form, Map.of(),
                    List.of(format.text("rules.override.not-found")), model);
        } catch (AccessDeniedException e) {
            return detail(rule, overrides.history(rule.id()), form, Map.of(),
                    List.of(format.text("rules.override.forbidden")), model);
        }
        redirect.addFlashAttribute("flashSuccess", format.text("rules.override.saved", rule.id()));
        return "redirect:/console/rules/" + rule.id();
    }

    private Rule inForce(String id) {
        catalog.find(id).orElseThrow(() -> new NotFoundException("rule", id));
        return catalog.effectiveOn(id, LocalDate.now(clock), Actor.current().unitId());
    }

    private String detail(Rule rule, List<RuleOverride> history, Map<String, String> form,
            Map<String, List<String>> fieldErrors, List<String> errors, Model model) {
        Long home = Actor.current().unitId();
        Map<Long, String> names = units.names(history.stream().map(RuleOverride::unitId).distinct().toList());
        model.addAttribute("row", row(rule));
        model.addAttribute("history", history.stream().map(o -> new HistoryLine(o, names.getOrDefault(o.unitId(), ""),
                format.local(rule, o.amount(), o.maxAmount(), o.extension(), o.alternateAmount()),
                overrides.loosensNational(rule.id(), o), o.unitId().equals(home))).toList());
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formErrors", errors);
        Map<String, String> labels = Map.of("amount", format.text("rules.field.amount"),
                "maxAmount", format.text("rules.field.maxAmount"), "extension", format.text("rules.field.extension"),
                "alternateAmount", format.text("rules.field.alternateAmount"),
                "effectiveFrom", format.text("rules.override.effective-from"),
                "reason", format.text("rules.override.reason-label"));
        model.addAttribute("fieldLabels", labels);
        model.addAttribute("errorSummary", ErrorSummary.of(fieldErrors, errors, labels::get));
        model.addAttribute("mayEdit", editor.mayEdit());
        model.addAttribute("adjustable", rule.adjustable());
        model.addAttribute("unitName", format.unit(rule.unit()));
        model.addAttribute("homeName", home == null ? "" : units.name(home));
        return "rules/detail";
    }

    private RuleRow row(Rule r) {
        return new RuleRow(r, format.value(r), format.national(r), List.of());
    }

    private BigDecimal number(Map<String, String> form, String field, Map<String, List<String>> errors) {
        String s = form.get(field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            add(errors, field, format.text("rules.override.number-invalid", format.text("rules.field." + field)));
            return null;
        }
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }
}
