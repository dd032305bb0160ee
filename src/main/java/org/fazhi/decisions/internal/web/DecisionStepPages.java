package org.fazhi.decisions.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.decisions.AnswerRequest;
import org.fazhi.decisions.ArchiveRequest;
import org.fazhi.decisions.Argumentation;
import org.fazhi.decisions.ArgumentationRequest;
import org.fazhi.decisions.Argumentations;
import org.fazhi.decisions.AttributesRequest;
import org.fazhi.decisions.CancellationRequest;
import org.fazhi.decisions.ChangeRequest;
import org.fazhi.decisions.CompletionRequest;
import org.fazhi.decisions.DecisionConsultationRequest;
import org.fazhi.decisions.DecisionEvaluation;
import org.fazhi.decisions.DecisionEvaluationRequest;
import org.fazhi.decisions.DecisionEvaluations;
import org.fazhi.decisions.DecisionPublicationRequest;
import org.fazhi.decisions.DeliveryRequest;
import org.fazhi.decisions.DraftVersionRequest;
import org.fazhi.decisions.ExpertOpinion;
import org.fazhi.decisions.HearingRecordRequest;
import org.fazhi.decisions.HearingRequest;
import org.fazhi.decisions.Hearings;
import org.fazhi.decisions.MajorDecisions;
import org.fazhi.decisions.MilestoneRequest;
import org.fazhi.decisions.Milestones;
import org.fazhi.decisions.OpinionPolls;
import org.fazhi.decisions.ParticipantsRequest;
import org.fazhi.decisions.PollRequest;
import org.fazhi.decisions.ProgressRequest;
import org.fazhi.decisions.RequiredProcedure;
import org.fazhi.decisions.ResumptionRequest;
import org.fazhi.decisions.RiskAssessment;
import org.fazhi.decisions.RiskAssessmentRequest;
import org.fazhi.decisions.RiskAssessments;
import org.fazhi.decisions.StopRequest;
import org.fazhi.decisions.SuspensionRequest;
import org.fazhi.decisions.WaiverRequest;
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
 * The steps taken on a decision's page: versions, attributes, waivers, public comment, hearings, polls,
 * expert argumentation, risk assessment, legality review, publication, milestones and progress,
 * post-evaluation, suspension, change, stop and archive. A step the law refuses shows its reason beside
 * the form that asked for it, with what the user typed.
 */
@Controller
@RequestMapping("/console/decisions/{id}")
@Allowed.Drafters
class DecisionStepPages {

    private final MajorDecisions decisions;
    private final Hearings hearings;
    private final OpinionPolls polls;
    private final Argumentations argumentations;
    private final RiskAssessments risks;
    private final Milestones milestones;
    private final DecisionEvaluations evaluations;
    private final DecisionViews views;
    private final Validator validator;
    private final MessageSource messages;

    DecisionStepPages(MajorDecisions decisions, Hearings hearings, OpinionPolls polls, Argumentations argumentations,
            RiskAssessments risks, Milestones milestones, DecisionEvaluations evaluations, DecisionViews views,
            Validator validator, MessageSource messages) {
        this.decisions = decisions;
        this.hearings = hearings;
        this.polls = polls;
        this.argumentations = argumentations;
        this.risks = risks;
        this.milestones = milestones;
        this.evaluations = evaluations;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping("/versions")
    String addVersion(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("version", params, messages);
        List<String> answers = lines(form.raw("changeAnswers"));
        DraftVersionRequest r = form.valid(new DraftVersionRequest(form.text("title"), form.text("body"),
                form.text("explanation"), form.text("note"), answers.isEmpty() ? null : answers), validator);
        return act(id, form, model, redirect, "versions", () -> {
            var v = decisions.addVersion(id, r);
            return views.text("decisionsweb.flash.version", v.versionNo());
        });
    }

    @PostMapping("/attributes")
    String attributes(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("attributes", params, messages);
        AttributesRequest r = form.valid(new AttributesRequest(DecisionPages.flag(form, "affectsPublic"),
                DecisionPages.flag(form, "majorPublicInterest"), DecisionPages.flag(form, "livelihood"),
                DecisionPages.flag(form, "technical"), DecisionPages.flag(form, "stabilityRisk"),
                form.text("interestedParties")), validator);
        return act(id, form, model, redirect, "procedures", () -> {
            decisions.editAttributes(id, r);
            return views.text("decisionsweb.flash.attributes");
        });
    }

    @PostMapping("/waivers")
    String waive(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("waiver", params, messages);
        WaiverRequest r = form.valid(new WaiverRequest(form.choice("procedure", RequiredProcedure.class),
                form.text("reason")), validator);
        return act(id, form, model, redirect, "procedures", () -> {
            decisions.waive(id, r);
            return views.text("decisionsweb.flash.waived");
        });
    }

    @PostMapping("/consultation")
    String consult(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("consultation", params, messages);
        DecisionConsultationRequest r = form.valid(new DecisionConsultationRequest(form.date("closesOn"),
                form.text("shortenedReason")), validator);
        return act(id, form, model, redirect, "participation", () -> {
            var c = decisions.openConsultation(id, r);
            return views.text("decisionsweb.flash.consultation-opened", c.closesOn());
        });
    }

    @PostMapping("/consultation/closure")
    String closeConsultation(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("consultation-closure", Map.of(), messages);
        return act(id, form, model, redirect, "participation", () -> {
            decisions.closeConsultation(id);
            return views.text("decisionsweb.flash.consultation-closed");
        });
    }

    @PostMapping("/hearings")
    String announce(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("hearing", params, messages);
        HearingRequest r = form.valid(new HearingRequest(form.date("hearingDate"), form.text("place"),
                form.text("announcement")), validator);
        return act(id, form, model, redirect, "hearings", () -> {
            var h = hearings.announce(id, r);
            return views.text("decisionsweb.flash.hearing-announced", h.hearingDate(), h.lastDeliveryDay());
        });
    }

    @PostMapping("/hearing/participants")
    String participants(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("participants", params, messages);
        List<ParticipantsRequest.Participant> list = new ArrayList<>();
        for (String line : lines(form.raw("participants"))) {
            String[] parts = line.split("\\s*[|｜\\t]\\s*");
            if (parts.length < 2) {
                form.field("participants", views.text("decisionsweb.participants.line", line));
                continue;
            }
            list.add(new ParticipantsRequest.Participant(parts[0].strip(), parts[1].strip(),
                    parts.length > 2 ? parts[2].strip() : null));
        }
        ParticipantsRequest r = form.valid(new ParticipantsRequest(list), validator);
        return act(id, form, model, redirect, "hearings", () -> {
            hearings.publishParticipants(id, r);
            return views.text("decisionsweb.flash.participants");
        });
    }

    @PostMapping("/hearing/delivery")
    String delivery(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("delivery", params, messages);
        DeliveryRequest r = form.valid(new DeliveryRequest(form.date("deliveredOn")), validator);
        return act(id, form, model, redirect, "hearings", () -> {
            hearings.deliverMaterials(id, r);
            return views.text("decisionsweb.flash.delivered");
        });
    }

    @PostMapping("/hearing/record")
    String hold(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("held", params, messages);
        HearingRecordRequest r = form.valid(new HearingRecordRequest(form.date("heldOn"), form.text("transcript"),
                form.text("summary")), validator);
        return act(id, form, model, redirect, "hearings", () -> {
            hearings.hold(id, r);
            return views.text("decisionsweb.flash.hearing-held");
        });
    }

    @PostMapping("/hearing/cancellation")
    String cancelHearing(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("hearing-cancel", params, messages);
        CancellationRequest r = form.valid(new CancellationRequest(form.text("reason")), validator);
        return act(id, form, model, redirect, "hearings", () -> {
            hearings.cancel(id, r);
            return views.text("decisionsweb.flash.hearing-cancelled");
        });
    }

    @PostMapping("/polls")
    String poll(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("poll", params, messages);
        PollRequest r = form.valid(new PollRequest(form.text("title"), form.text("method"), form.integer("sampleSize"),
                form.date("startedOn"), form.date("endedOn"), form.text("conductedBy"), form.text("results")),
                validator);
        return act(id, form, model, redirect, "polls", () -> {
            polls.record(id, r);
            return views.text("decisionsweb.flash.poll");
        });
    }

    @PostMapping("/argumentations")
    String argue(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("argumentation", params, messages);
        List<ArgumentationRequest.Opinion> opinions = new ArrayList<>();
        params.keySet().stream().filter(k -> k.matches("opinion-\\d{1,18}")).sorted().forEach(k -> {
            String text = form.text(k);
            if (text != null) {
                long expertId = Long.parseLong(k.substring("opinion-".length()));
                opinions.add(new ArgumentationRequest.Opinion(expertId, text,
                        DecisionPages.flag(form, "noInterest-" + expertId)));
            }
        });
        if (opinions.isEmpty() && form.ok()) {
            form.field("opinions", views.text("decisionsweb.argumentation.no-opinion"));
        }
        ArgumentationRequest r = form.valid(new ArgumentationRequest(form.choice("form", Argumentation.Form.class),
                form.date("heldOn"), form.id("organiserUnitId"), form.text("organiserName"), form.text("summary"),
                opinions), validator);
        return act(id, form, model, redirect, "experts", () -> {
            argumentations.record(id, r);
            return views.text("decisionsweb.flash.argumentation");
        });
    }

    @PostMapping("/expert-opinions/{opinionId}/answer")
    String answer(@PathVariable long id, @PathVariable long opinionId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("answer-" + opinionId, params, messages);
        AnswerRequest r = form.valid(new AnswerRequest(form.choice("kind", ExpertOpinion.AnswerKind.class),
                form.text("answer")), validator);
        return act(id, form, model, redirect, "experts", () -> {
            argumentations.answer(id, opinionId, r);
            return views.text("decisionsweb.flash.answered");
        });
    }

    @PostMapping("/risk-assessments")
    String risk(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("risk", params, messages);
        RiskAssessmentRequest r = form.valid(new RiskAssessmentRequest(form.id("assessorUnitId"),
                form.text("assessorName"), form.text("riskPoints"), form.choice("level", RiskAssessment.RiskLevel.class),
                form.text("measures"), form.text("responsePlan"), DecisionPages.flag(form, "controllable"),
                form.date("concludedOn")), validator);
        return act(id, form, model, redirect, "risk", () -> {
            risks.record(id, r);
            return views.text("decisionsweb.flash.risk");
        });
    }

    @PostMapping("/review-submission")
    String submit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("review", Map.of(), messages);
        return act(id, form, model, redirect, "review", () -> {
            var r = decisions.submitForReview(id);
            return views.text("decisionsweb.flash.submitted", r.dueOn());
        });
    }

    @PostMapping("/publication")
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("publication", params, messages);
        DecisionPublicationRequest r = form.valid(new DecisionPublicationRequest(form.date("publicationDate"),
                form.text("channels"), form.text("documentNumber")), validator);
        return act(id, form, model, redirect, "publication", () -> {
            decisions.publish(id, r);
            return views.text("decisionsweb.flash.published");
        });
    }

    @PostMapping("/milestones")
    String milestone(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("milestone", params, messages);
        MilestoneRequest r = form.valid(new MilestoneRequest(form.text("title"), form.id("responsibleUnitId"),
                form.date("dueOn")), validator);
        return act(id, form, model, redirect, "implementation", () -> {
            milestones.add(id, r);
            return views.text("decisionsweb.flash.milestone");
        });
    }

    @PostMapping("/milestones/{milestoneId}/completion")
    String complete(@PathVariable long id, @PathVariable long milestoneId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("completion-" + milestoneId, params, messages);
        CompletionRequest r = form.valid(new CompletionRequest(form.date("completedOn"), form.text("note")), validator);
        return act(id, form, model, redirect, "implementation", () -> {
            milestones.complete(id, milestoneId, r);
            return views.text("decisionsweb.flash.completed");
        });
    }

    @PostMapping("/progress")
    String progress(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("progress", params, messages);
        ProgressRequest r = form.valid(new ProgressRequest(form.id("milestoneId"), form.date("reportedOn"),
                form.integer("percentDone"), form.text("report")), validator);
        return act(id, form, model, redirect, "implementation", () -> {
            milestones.report(id, r);
            return views.text("decisionsweb.flash.progress");
        });
    }

    @PostMapping("/evaluations")
    String evaluate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("evaluation", params, messages);
        DecisionEvaluationRequest r = form.valid(new DecisionEvaluationRequest(
                form.choice("trigger", DecisionEvaluation.Trigger.class), form.id("evaluatorUnitId"),
                form.text("evaluatorName"), form.date("completedOn"), form.text("report"),
                form.choice("conclusion", DecisionEvaluation.Conclusion.class)), validator);
        return act(id, form, model, redirect, "evaluation", () -> {
            evaluations.evaluate(id, r);
            return views.text("decisionsweb.flash.evaluated");
        });
    }

    @PostMapping("/suspension")
    String suspend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("suspension", params, messages);
        SuspensionRequest r = form.valid(new SuspensionRequest(form.text("reason"), form.text("basis")), validator);
        return act(id, form, model, redirect, "lifecycle", () -> {
            decisions.suspend(id, r);
            return views.text("decisionsweb.flash.suspended");
        });
    }

    @PostMapping("/resumption")
    String resume(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("resumption", params, messages);
        ResumptionRequest r = form.valid(new ResumptionRequest(form.text("reason")), validator);
        return act(id, form, model, redirect, "lifecycle", () -> {
            decisions.resume(id, r);
            return views.text("decisionsweb.flash.resumed");
        });
    }

    @PostMapping("/change")
    String change(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("change", params, messages);
        ChangeRequest r = form.valid(new ChangeRequest(form.text("reason"), form.text("title"), form.text("body"),
                form.text("explanation")), validator);
        return act(id, form, model, redirect, "lifecycle", () -> {
            decisions.startChange(id, r);
            return views.text("decisionsweb.flash.change");
        });
    }

    @PostMapping("/stop")
    String stop(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("stop", params, messages);
        StopRequest r = form.valid(new StopRequest(form.text("reason")), validator);
        return act(id, form, model, redirect, "lifecycle", () -> {
            decisions.stop(id, r);
            return views.text("decisionsweb.flash.stopped");
        });
    }

    @PostMapping("/archive")
    String archive(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("archive", params, messages);
        ArchiveRequest r = form.valid(new ArchiveRequest(form.text("archiveNo")), validator);
        return act(id, form, model, redirect, "lifecycle", () -> {
            decisions.archive(id, r);
            return views.text("decisionsweb.flash.archived");
        });
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, String section,
            Supplier<String> step) {
        return FormAction.act(form, redirect, "/console/decisions/" + id + "#" + section, step,
                () -> views.detail(id, model, form));
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
