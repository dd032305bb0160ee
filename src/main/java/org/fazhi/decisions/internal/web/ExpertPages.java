package org.fazhi.decisions.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fazhi.decisions.ExpertRequest;
import org.fazhi.decisions.Experts;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 专家库 (/console/decisions/experts): the experts of the registers the user may use, adding and retiring them. */
@Controller
@RequestMapping("/console/decisions/experts")
@Allowed.ProcedureReaders
class ExpertPages {

    private final Experts experts;
    private final DecisionViews views;
    private final DataScope scope;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    ExpertPages(Experts experts, DecisionViews views, DataScope scope, Units units, Validator validator,
            MessageSource messages) {
        this.experts = experts;
        this.views = views;
        this.scope = scope;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return list(model, FormInput.empty(messages));
    }

    private String list(Model model, FormInput form) {
        var rows = experts.list();
        model.addAttribute("rows", rows);
        model.addAttribute("units", units.names(rows.stream().map(e -> e.unitId()).distinct().toList()));
        List<Unit> choices = new ArrayList<>(scope.visibleUnits());
        choices.sort(Comparator.comparing(Unit::path));
        model.addAttribute("unitChoices", choices);
        form.addTo(model);
        return "decisions/experts";
    }

    @PostMapping
    @Allowed.Drafters
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("expert", params, messages);
        ExpertRequest r = form.valid(new ExpertRequest(form.id("unitId"), form.text("name"), form.text("fields"),
                form.text("title"), form.text("employer"), form.text("interests")), validator);
        return FormAction.act(form, redirect, "/console/decisions/experts", () -> {
            experts.add(r);
            return views.text("decisionsweb.flash.expert-added");
        }, () -> list(model, form));
    }

    @PostMapping("/{id}/status")
    @Allowed.Drafters
    String status(@PathVariable long id, @RequestParam(required = false) String active, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("status-" + id, Map.of(), messages);
        return FormAction.act(form, redirect, "/console/decisions/experts", () -> {
            experts.setActive(id, "true".equals(active));
            return views.text("decisionsweb.flash.expert-status");
        }, () -> list(model, form));
    }
}
