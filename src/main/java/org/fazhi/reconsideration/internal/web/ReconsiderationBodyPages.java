package org.fazhi.reconsideration.internal.web;

import jakarta.validation.Validator;
import java.util.Map;
import org.fazhi.reconsideration.ReconsiderationBodies;
import org.fazhi.reconsideration.ReconsiderationBodyRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 复议机关 (/console/reconsideration/bodies): the bodies and the units that handle their cases. */
@Controller
@RequestMapping("/console/reconsideration/bodies")
@Allowed.Staff
class ReconsiderationBodyPages {

    private final ReconsiderationBodies bodies;
    private final CaseViews views;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    ReconsiderationBodyPages(ReconsiderationBodies bodies, CaseViews views, Units units, Validator validator,
            MessageSource messages) {
        this.bodies = bodies;
        this.views = views;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, FormInput.empty(messages));
    }

    @PostMapping
    @Allowed.ConfigKeepers
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("body", params, messages);
        var r = form.valid(new ReconsiderationBodyRequest(form.id("unitId"), form.id("handlingUnitId"),
                form.text("name")), validator);
        return FormAction.act(form, redirect, "/console/reconsideration/bodies", () -> {
            bodies.add(r);
            return views.text("reconsideration.flash.body-added", r.name());
        }, () -> page(model, form));
    }

    private String page(Model model, FormInput form) {
        var all = bodies.active();
        var ids = new java.util.HashSet<Long>();
        all.forEach(b -> {
            ids.add(b.unitId());
            ids.add(b.handlingUnitId());
        });
        model.addAttribute("bodies", all);
        model.addAttribute("names", units.names(ids));
        model.addAttribute("units", units.visibleTree());
        form.addTo(model);
        return "reconsideration/bodies";
    }
}
