package org.fazhi.governance.internal.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fazhi.governance.AssessmentWeight;
import org.fazhi.governance.AssessmentWeights;
import org.fazhi.governance.WeightRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 目标考核权重 (/console/governance/weights): each unit's rule-of-law share of the annual target assessment (SD-14). */
@Controller
@RequestMapping("/console/governance/weights")
@Allowed.Staff
class GovWeightPages {

    private final AssessmentWeights weights;
    private final GovViews views;
    private final Validator validator;
    private final MessageSource messages;

    GovWeightPages(AssessmentWeights weights, GovViews views, Validator validator, MessageSource messages) {
        this.weights = weights;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        return page(y, model, FormInput.empty(messages).put("year", y).put("unitId", views.home()));
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("weight", params, messages);
        WeightRequest r = form.valid(new WeightRequest(form.id("unitId"), form.integer("year"),
                decimal(form, "totalPoints"), decimal(form, "ruleOfLawPoints"), form.text("documentRef"),
                form.text("note")), validator);
        return FormAction.act(form, redirect, () -> {
            AssessmentWeight w = weights.save(r);
            return new FormAction.Done(views.text("governance.flash.weight", w.percent()),
                    "/console/governance/weights?year=" + w.year());
        }, () -> page(views.year(form.integer("year")), model, form));
    }

    private String page(int year, Model model, FormInput form) {
        List<AssessmentWeight> list = weights.weights(year);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("weights", list);
        model.addAttribute("names", views.names(list.stream().map(AssessmentWeight::unitId).toList()));
        model.addAttribute("units", views.units());
        form.addTo(model);
        return "governance/weights";
    }

    private BigDecimal decimal(FormInput form, String field) {
        String v = form.raw(field);
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            form.field(field, views.text("problem.type-mismatch"));
            return null;
        }
        return new BigDecimal(v);
    }
}
