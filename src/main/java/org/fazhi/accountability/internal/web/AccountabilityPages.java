package org.fazhi.accountability.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.accountability.Accountabilities;
import org.fazhi.accountability.AccountabilityCase;
import org.fazhi.accountability.AccountabilityRequest;
import org.fazhi.accountability.ClearanceRequest;
import org.fazhi.accountability.DecisionRequest;
import org.fazhi.accountability.ExtensionRequest;
import org.fazhi.accountability.FaultKind;
import org.fazhi.accountability.Measure;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
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

/**
 * 责任追究 (/console/accountability): the records of the units the user may see, opening one for a
 * source record (from the source's page: ?sourceType=…&amp;sourceId=…), and its steps.
 */
@Controller
@RequestMapping("/console/accountability")
@Allowed.Overseers
class AccountabilityPages {

    private static final Map<String, String> OPEN_LABELS = Map.of("sourceType", "accountability.field.source-type",
            "sourceId", "accountability.field.source-id", "fault", "accountability.field.fault", "personName",
            "accountability.field.person-name", "personPost", "accountability.field.person-post", "openedOn",
            "accountability.field.opened-on", "facts", "accountability.field.facts");
    private static final Map<String, String> STEP_LABELS = Map.of("decidedOn", "accountability.field.decided-on",
            "decisionNo", "accountability.field.decision-no", "measures", "accountability.field.measures", "summary",
            "accountability.field.summary", "clearedOn", "accountability.field.cleared-on", "reason",
            "accountability.field.reason", "approvedBy", "accountability.field.approved-by");

    private final Accountabilities accountability;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    AccountabilityPages(Accountabilities accountability, Units units, Validator validator, MessageSource messages) {
        this.accountability = accountability;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    record Row(AccountabilityCase c, String unit) {
    }

    @GetMapping
    String list(Model model) {
        List<AccountabilityCase> all = accountability.list();
        Map<Long, String> names = units.names(all.stream().map(AccountabilityCase::unitId).distinct().toList());
        model.addAttribute("rows", all.stream().map(c -> new Row(c, names.getOrDefault(c.unitId(), ""))).toList());
        return "accountability/list";
    }

    @GetMapping("/new")
    @Allowed.RuleOfLawOffice
    String newRecord(@RequestParam(required = false) String sourceType, @RequestParam(required = false) String sourceId,
            Model model) {
        FormInput form = FormInput.empty(messages).labels(OPEN_LABELS)
                .put("sourceType", sourceType == null ? "" : sourceType).put("sourceId", sourceId == null ? "" : sourceId);
        return newForm(model, form);
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String open(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("open", params, messages).labels(OPEN_LABELS);
        var r = form.valid(new AccountabilityRequest(form.text("sourceType"), form.id("sourceId"),
                form.choice("fault", FaultKind.class), form.text("personName"), form.text("personPost"),
                form.date("openedOn"), form.text("facts")), validator);
        return FormAction.act(form, redirect, () -> {
            AccountabilityCase c = accountability.open(r);
            return new FormAction.Done(GuideView.text(messages, "accountability.flash.opened"),
                    "/console/accountability/" + c.id());
        }, () -> newForm(model, form));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages).labels(STEP_LABELS));
    }

    @PostMapping("/{id}/extension")
    @Allowed.RuleOfLawOffice
    String extend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("extend", params, messages).labels(STEP_LABELS);
        var r = form.valid(new ExtensionRequest(form.text("reason"), form.text("approvedBy"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/accountability/" + id, () -> {
            accountability.extend(id, r);
            return GuideView.text(messages, "accountability.flash.extended");
        }, () -> page(id, model, form));
    }

    @PostMapping("/{id}/decision")
    @Allowed.RuleOfLawOffice
    String decide(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "measures", required = false) List<String> measures, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("decide", params, messages).labels(STEP_LABELS);
        List<Measure> taken = new ArrayList<>();
        for (String m : measures == null ? List.<String>of() : measures) {
            Measure found = null;
            for (Measure x : Measure.values()) {
                if (x.name().equals(m)) {
                    found = x;
                }
            }
            if (found == null) {
                form.field("measures", GuideView.text(messages, "form.invalid.choice"));
            } else {
                taken.add(found);
            }
        }
        var r = form.valid(new DecisionRequest(form.date("decidedOn"), form.text("decisionNo"), taken,
                form.text("summary"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/accountability/" + id, () -> {
            accountability.decide(id, r);
            return GuideView.text(messages, "accountability.flash.decided");
        }, () -> page(id, model, form));
    }

    @PostMapping("/{id}/clearance")
    @Allowed.RuleOfLawOffice
    String clear(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("clear", params, messages).labels(STEP_LABELS);
        var r = form.valid(new ClearanceRequest(form.date("clearedOn"), form.text("reason"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/accountability/" + id, () -> {
            accountability.clear(id, r);
            return GuideView.text(messages, "accountability.flash.cleared");
        }, () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        AccountabilityCase c = accountability.get(id);
        model.addAttribute("c", c);
        model.addAttribute("unit", units.name(c.unitId()));
        model.addAttribute("clock", accountability.clock(id));
        model.addAttribute("guide", GuideView.of(accountability.guide(id), messages));
        model.addAttribute("measures", Measure.values());
        form.addTo(model);
        return "accountability/record";
    }

    private String newForm(Model model, FormInput form) {
        model.addAttribute("sourceTypes", accountability.sourceTypes());
        model.addAttribute("faults", FaultKind.values());
        form.addTo(model);
        return "accountability/new";
    }
}
