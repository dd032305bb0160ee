package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.rules.Rule;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page 法定时限 (every rule with its value in force, the national value and the source)
 * and the console catalog where the rule-of-law office sets the locality's values.
 */
@Controller
class RulesPages {

    /** One line of a rules table. */
    record RuleRow(Rule rule, String value, String national) {
    }

    private final StatutoryRules catalog;
    private final RuleOverrides overrides;
    private final RuleEditor editor;
    private final RuleFormat format;
    private final MessageSource messages;

    RulesPages(StatutoryRules catalog, RuleOverrides overrides, RuleEditor editor, RuleFormat format,
            MessageSource messages) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.editor = editor;
        this.format = format;
        this.messages = messages;
    }

    @GetMapping("/rules")
    String portal(Model model) {
        model.addAttribute("areas", byArea(catalog.all()));
        return "rules/portal";
    }

    @GetMapping("/console/rules")
    String console(Model model) {
        model.addAttribute("rows", catalog.all().stream().map(this::row).toList());
        model.addAttribute("mayEdit", editor.mayEdit());
        return "rules/console";
    }

    @GetMapping("/console/rules/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) Long edit, Model model) {
        Rule rule = catalog.find(id).orElseThrow(() -> new NotFoundException("rule", id));
        List<RuleOverride> history = overrides.history(rule.id());
        Map<String, String> form = new LinkedHashMap<>();
        RuleOverride editing = edit == null ? null
                : history.stream().filter(o -> o.id().equals(edit)).findFirst().orElse(null);
        form.put("overrideId", editing == null ? "" : String.valueOf(editing.id()));
        form.put("amount", plain(editing != null ? editing.amount() : rule.amount()));
        form.put("maxAmount", plain(editing != null ? editing.maxAmount() : rule.maxAmount()));
        form.put("extension", plain(editing != null ? editing.extension() : rule.extension()));
        form.put("effectiveFrom", editing == null ? "" : editing.effectiveFrom().toString());
        form.put("reason", editing == null ? "" : editing.reason());
        return detail(rule, history, form, List.of(), model);
    }

    @PostMapping("/console/rules/{id}/overrides")
    String saveOverride(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Rule rule = catalog.find(id).orElseThrow(() -> new NotFoundException("rule", id));
        Map<String, String> form = new LinkedHashMap<>();
        for (String f : List.of("overrideId", "amount", "maxAmount", "extension", "effectiveFrom", "reason")) {
            String v = params.getOrDefault(f, "");
            form.put(f, v.length() > 600 ? v.substring(0, 600) : v);
        }
        List<String> errors = new ArrayList<>();
        BigDecimal amount = number(form.get("amount"), "rules.field.amount", errors);
        BigDecimal max = number(form.get("maxAmount"), "rules.field.maxAmount", errors);
        BigDecimal extension = number(form.get("extension"), "rules.field.extension", errors);
        LocalDate effective = null;
        try {
            effective = form.get("effectiveFrom").isBlank() ? null : LocalDate.parse(form.get("effectiveFrom").strip());
        } catch (DateTimeParseException e) {
            errors.add(text("rules.override.effective-invalid"));
        }
        if (effective == null && errors.isEmpty()) {
            errors.add(text("rules.override.effective-invalid"));
        }
        if (!errors.isEmpty()) {
            return detail(rule, overrides.history(rule.id()), form, errors, model);
        }
        OverrideDraft draft = new OverrideDraft(amount, max, extension, effective, form.get("reason"));
        try {
            if (form.get("overrideId").isBlank()) {
                overrides.create(rule.id(), draft);
            } else {
                overrides.update(rule.id(), Long.parseLong(form.get("overrideId").strip()), draft);
            }
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> errors.add(text(p.messageKey(), p.args())));
            if (e.fieldProblems().isEmpty()) {
                errors.add(text(e.messageKey(), e.args()));
            }
            return detail(rule, overrides.history(rule.id()), form, errors, model);
        } catch (NumberFormatException | NotFoundException e) {
            errors.add(text("rules.override.not-found"));
            return detail(rule, overrides.history(rule.id()), form, errors, model);
        } catch (AccessDeniedException e) {
            errors.add(text("rules.override.forbidden"));
            return detail(rule, overrides.history(rule.id()), form, errors, model);
        }
        redirect.addFlashAttribute("flashSuccess", text("rules.override.saved", rule.id()));
        return "redirect:/console/rules/" + rule.id();
    }


    private String detail(Rule rule, List<RuleOverride> history, Map<String, String> form, List<String> errors,
            Model model) {
        model.addAttribute("row", row(rule));
        model.addAttribute("history", history.stream().map(o -> Map.of("override", o, "value",
                format.format(rule.unit(), rule.fixedDate(), o.amount(), o.maxAmount(), o.extension()))).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayEdit", editor.mayEdit());
        model.addAttribute("adjustable", rule.unit() != org.fazhi.rules.RuleUnit.NONE
                && rule.unit() != org.fazhi.rules.RuleUnit.FIXED_DATE);
        model.addAttribute("unitName", format.unit(rule.unit()));
        return "rules/detail";
    }

    private Map<String, List<RuleRow>> byArea(List<Rule> rules) {
        Map<String, List<RuleRow>> areas = new LinkedHashMap<>();
        rules.forEach(r -> areas.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(row(r)));
        return areas;
    }

    private RuleRow row(Rule r) {
        return new RuleRow(r, format.value(r), format.national(r));
    }

    private BigDecimal number(String s, String fieldKey, List<String> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            errors.add(text("rules.override.number-invalid", text(fieldKey)));
            return null;
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
