package org.fazhi.litigation.internal.web;

import jakarta.validation.Validator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fazhi.litigation.AppealRequest;
import org.fazhi.litigation.Appellant;
import org.fazhi.litigation.AppearanceRequest;
import org.fazhi.litigation.AppearanceRole;
import org.fazhi.litigation.CourtHearing;
import org.fazhi.litigation.CourtHearingRequest;
import org.fazhi.litigation.DefenceRequest;
import org.fazhi.litigation.EffectRequest;
import org.fazhi.litigation.FulfilmentRequest;
import org.fazhi.litigation.JudgmentKind;
import org.fazhi.litigation.JudgmentOutcome;
import org.fazhi.litigation.JudgmentRequest;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationCases;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps taken on a suit's page, one form each: the defence, a hearing, who appeared, the judgment,
 * an appeal, effect, fulfilment or closing. A step refused shows its reason beside the form, with
 * what the user typed.
 */
@Controller
@RequestMapping("/console/litigation/{id}")
@Allowed.CaseHandlers
class LitigationStepPages {

    private final LitigationCases cases;
    private final LitigationViews views;
    private final Validator validator;
    private final MessageSource messages;

    LitigationStepPages(LitigationCases cases, LitigationViews views, Validator validator, MessageSource messages) {
        this.cases = cases;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping("/defence")
    String defend(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "defence", p, m, r, "defence", f -> {
            var req = f.valid(new DefenceRequest(f.date("submittedOn"), f.text("summary"), f.integer("version")),
                    validator);
            return () -> views.text("litigation.flash.defended", cases.submitDefence(id, req).answerSubmittedOn());
        });
    }

    @PostMapping("/hearings")
    String schedule(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "hearing", p, m, r, "hearings", f -> {
            var req = f.valid(new CourtHearingRequest(f.date("hearingDate"), f.text("place"),
                    LitigationPages.checked(f, "summonsRequired"), f.date("summonsServedOn"), f.integer("version")),
                    validator);
            return () -> {
                CourtHearing h = cases.scheduleHearing(id, req);
                return h.summonsLate() ? views.text("litigation.flash.hearing-summons-late", h.date(), h.latestService())
                        : views.text("litigation.flash.hearing", h.date());
            };
        });
    }

    @PostMapping("/appearance")
    String appear(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "appearance", p, m, r, "hearings", f -> {
            var req = f.valid(new AppearanceRequest(f.choice("role", AppearanceRole.class), f.text("name"),
                    f.text("position"), f.text("absenceReason"), f.text("absenceApprovedBy"), f.integer("version")),
                    validator);
            return () -> {
                cases.recordAppearance(id, req);
                return views.text("litigation.flash.appearance", req.name());
            };
        });
    }

    @PostMapping("/judgment")
    String judge(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "judgment", p, m, r, "judgment", f -> {
            var req = f.valid(new JudgmentRequest(f.choice("kind", JudgmentKind.class),
                    f.choice("outcome", JudgmentOutcome.class), f.text("documentNo"), f.date("servedOn"),
                    LitigationPages.checked(f, "requiresPerformance"), f.text("summary"), f.integer("version")),
                    validator);
            return () -> views.text("litigation.flash.judged", cases.recordJudgment(id, req).judgment().documentNo());
        });
    }

    @PostMapping("/appeal")
    String appeal(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        FormInput form = FormInput.of("appeal", p, messages);
        var req = form.valid(new AppealRequest(form.choice("appellant", Appellant.class), form.date("filedOn"),
                form.text("court"), form.text("caseNo"), form.date("copyReceivedOn"), form.integer("version")),
                validator);
        return FormAction.act(form, r, () -> {
            LitigationCase second = cases.appeal(id, req);
            return new FormAction.Done(views.text("litigation.flash.appealed", second.caseNo()),
                    "/console/litigation/" + second.id());
        }, () -> views.detail(id, m, form));
    }

    @PostMapping("/effect")
    String effect(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "effect", p, m, r, "judgment", f -> {
            var req = f.valid(new EffectRequest(f.date("effectiveOn"), f.integer("version")), validator);
            return () -> views.text("litigation.flash.effective", cases.becomeEffective(id, req).effectiveOn());
        });
    }

    @PostMapping("/fulfilment")
    String fulfil(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "fulfilment", p, m, r, "judgment", f -> {
            var req = f.valid(new FulfilmentRequest(f.date("performedOn"), f.text("summary"), f.date("reportedOn"),
                    f.integer("version")), validator);
            return () -> views.text("litigation.flash.fulfilled", cases.recordFulfilment(id, req).performedOn());
        });
    }

    @PostMapping("/closure")
    String close(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "closure", p, m, r, "judgment", f -> {
            var req = f.valid(new EffectRequest(f.date("effectiveOn"), f.integer("version")), validator);
            return () -> views.text("litigation.flash.closed", cases.closeWithoutPerformance(id, req).closedOn());
        });
    }

    private String step(long id, String name, Map<String, String> params, Model model, RedirectAttributes redirect,
            String section, Function<FormInput, Supplier<String>> build) {
        FormInput form = FormInput.of(name, params, messages);
        Supplier<String> action = build.apply(form);
        return FormAction.act(form, redirect, "/console/litigation/" + id + "#" + section, action,
                () -> views.detail(id, model, form));
    }
}
