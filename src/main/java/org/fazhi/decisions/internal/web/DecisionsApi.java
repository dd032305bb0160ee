package org.fazhi.decisions.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
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
import org.fazhi.decisions.DecisionGuide;
import org.fazhi.decisions.DecisionOverview;
import org.fazhi.decisions.DecisionOverviews;
import org.fazhi.decisions.DecisionPublicationRequest;
import org.fazhi.decisions.DecisionRequest;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.DecisionVersion;
import org.fazhi.decisions.DeliveryRequest;
import org.fazhi.decisions.DraftVersionRequest;
import org.fazhi.decisions.ExpertOpinion;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.HearingRecordRequest;
import org.fazhi.decisions.HearingRequest;
import org.fazhi.decisions.Hearings;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.MajorDecisions;
import org.fazhi.decisions.Milestone;
import org.fazhi.decisions.MilestoneRequest;
import org.fazhi.decisions.Milestones;
import org.fazhi.decisions.OpinionPolls;
import org.fazhi.decisions.ParticipantsRequest;
import org.fazhi.decisions.Poll;
import org.fazhi.decisions.PollRequest;
import org.fazhi.decisions.ProcedureState;
import org.fazhi.decisions.ProcessRecord;
import org.fazhi.decisions.ProgressReport;
import org.fazhi.decisions.ProgressRequest;
import org.fazhi.decisions.ResumptionRequest;
import org.fazhi.decisions.RiskAssessment;
import org.fazhi.decisions.RiskAssessmentRequest;
import org.fazhi.decisions.RiskAssessments;
import org.fazhi.decisions.StopRequest;
import org.fazhi.decisions.SuspensionRequest;
import org.fazhi.decisions.Waiver;
import org.fazhi.decisions.WaiverRequest;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major decisions through the API, every step of the procedure: start one from a catalog item; the
 * draft's versions, attributes and waivers; public participation, hearings, polls, experts and risk;
 * legality review; publication, milestones, progress, evaluation, suspension, change, stop and archive.
 * Refusals are 409 problems with the legal reason; another unit's decision is 404. (The meeting that
 * decides is under /meetings.)
 */
@RestController
@RequestMapping("/api/v1/decisions")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "decisions", description = "重大行政决策 (major administrative decisions)")
class DecisionsApi {

    private final MajorDecisions decisions;
    private final DecisionOverviews overviews;
    private final DecisionGuide guide;
    private final Hearings hearings;
    private final OpinionPolls polls;
    private final Argumentations argumentations;
    private final RiskAssessments risks;
    private final Milestones milestones;
    private final DecisionEvaluations evaluations;

    DecisionsApi(MajorDecisions decisions, DecisionOverviews overviews, DecisionGuide guide, Hearings hearings,
            OpinionPolls polls, Argumentations argumentations, RiskAssessments risks, Milestones milestones,
            DecisionEvaluations evaluations) {
        this.decisions = decisions;
        this.overviews = overviews;
        this.guide = guide;
        this.hearings = hearings;
        this.polls = polls;
        this.argumentations = argumentations;
        this.risks = risks;
        this.milestones = milestones;
        this.evaluations = evaluations;
    }

    @GetMapping
    @Operation(summary = "Decisions the actor's units sponsor or decide, newest first")
    List<MajorDecision> list(@RequestParam(required = false) DecisionStatus status) {
        return decisions.list(status);
    }

    @PostMapping
    @Operation(summary = "Start a decision procedure from an item listed on a published catalog (MD-01)")
    @Allowed.Drafters
    ResponseEntity<MajorDecision> create(@Valid @RequestBody DecisionRequest r) {
        MajorDecision d = decisions.create(r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + d.id())).body(d);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A decision with everything its page shows")
    DecisionOverview get(@PathVariable @Positive long id) {
        return overviews.of(id);
    }

    @GetMapping("/{id}/guide")
    @Operation(summary = "What the law asks next, and each step allowed or why not")
    Guide<DecisionStatus> guide(@PathVariable @Positive long id) {
        return guide.of(id);
    }

    @GetMapping("/{id}/procedures")
    @Operation(summary = "The procedures the attributes require: done, or waived with the reason")
    List<ProcedureState> procedures(@PathVariable @Positive long id) {
        return guide.procedures(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of the draft")
    List<DecisionVersion> versions(@PathVariable @Positive long id) {
        return decisions.versions(id);
    }

    @GetMapping("/{id}/process-record")
    @Operation(summary = "The process record (MD-09): every step, who took it, when, on which version")
    List<ProcessRecord> processRecord(@PathVariable @Positive long id) {
        return decisions.processRecord(id);
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Add a version of the draft (answering a 修改后合法 review's changes)")
    @Allowed.Drafters
    ResponseEntity<DecisionVersion> addVersion(@PathVariable @Positive long id,
            @Valid @RequestBody DraftVersionRequest r) {
        DecisionVersion v = decisions.addVersion(id, r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id + "/versions")).body(v);
    }

    @PutMapping("/{id}/attributes")
    @Operation(summary = "Change the attributes, and so the procedures required")
    @Allowed.Drafters
    MajorDecision attributes(@PathVariable @Positive long id, @Valid @RequestBody AttributesRequest r) {
        return decisions.editAttributes(id, r);
    }

    @PostMapping("/{id}/waivers")
    @Operation(summary = "Go without a required procedure, with the reason (never legality review or the meeting)")
    @Allowed.Drafters
    Waiver waive(@PathVariable @Positive long id, @Valid @RequestBody WaiverRequest r) {
        return decisions.waive(id, r);
    }

    @PostMapping("/{id}/consultation")
    @Operation(summary = "Open the draft to public comment (MD-02: 30 days, shorter only with the reason)")
    @Allowed.Drafters
    PublicConsultation consult(@PathVariable @Positive long id, @Valid @RequestBody DecisionConsultationRequest r) {
        return decisions.openConsultation(id, r);
    }

    @PostMapping("/{id}/consultation/closure")
    @Operation(summary = "Close the public comment (from the day after its minimum period)")
    @Allowed.Drafters
    PublicConsultation closeConsultation(@PathVariable @Positive long id) {
        return decisions.closeConsultation(id);
    }

    @PostMapping("/{id}/hearings")
    @Operation(summary = "Announce a hearing (MD-03: the materials' last day is 7 days before it)")
    @Allowed.Drafters
    Hearing announce(@PathVariable @Positive long id, @Valid @RequestBody HearingRequest r) {
        return hearings.announce(id, r);
    }

    @PutMapping("/{id}/hearing/participants")
    @Operation(summary = "Publish the hearing participants in advance")
    @Allowed.Drafters
    Hearing participants(@PathVariable @Positive long id, @Valid @RequestBody ParticipantsRequest r) {
        return hearings.publishParticipants(id, r);
    }

    @PostMapping("/{id}/hearing/delivery")
    @Operation(summary = "Record the day the hearing materials reached the participants")
    @Allowed.Drafters
    Hearing delivery(@PathVariable @Positive long id, @Valid @RequestBody DeliveryRequest r) {
        return hearings.deliverMaterials(id, r);
    }

    @PostMapping("/{id}/hearing/record")
    @Operation(summary = "Record the hearing as held, with the transcript")
    @Allowed.Drafters
    Hearing hold(@PathVariable @Positive long id, @Valid @RequestBody HearingRecordRequest r) {
        return hearings.hold(id, r);
    }

    @PostMapping("/{id}/hearing/cancellation")
    @Operation(summary = "Call off the announced hearing")
    @Allowed.Drafters
    Hearing cancelHearing(@PathVariable @Positive long id, @Valid @RequestBody CancellationRequest r) {
        return hearings.cancel(id, r);
    }

    @PostMapping("/{id}/polls")
    @Operation(summary = "Record an opinion poll with its results")
    @Allowed.Drafters
    Poll poll(@PathVariable @Positive long id, @Valid @RequestBody PollRequest r) {
        return polls.record(id, r);
    }

    @PostMapping("/{id}/argumentations")
    @Operation(summary = "Record an expert argumentation (an expert with a direct interest is refused)")
    @Allowed.Drafters
    Argumentation argue(@PathVariable @Positive long id, @Valid @RequestBody ArgumentationRequest r) {
        return argumentations.record(id, r);
    }

    @PostMapping("/{id}/expert-opinions/{opinionId}/answer")
    @Operation(summary = "Answer an expert's opinion")
    @Allowed.Drafters
    ExpertOpinion answer(@PathVariable @Positive long id, @PathVariable @Positive long opinionId,
            @Valid @RequestBody AnswerRequest r) {
        return argumentations.answer(id, opinionId, r);
    }

    @PostMapping("/{id}/risk-assessments")
    @Operation(summary = "Record a risk assessment report (MD-05)")
    @Allowed.Drafters
    RiskAssessment risk(@PathVariable @Positive long id, @Valid @RequestBody RiskAssessmentRequest r) {
        return risks.record(id, r);
    }

    @PostMapping("/{id}/review-submission")
    @Operation(summary = "Send the exact current version to the review desk (MD-06)")
    @Allowed.Drafters
    LegalityReview submit(@PathVariable @Positive long id) {
        return decisions.submitForReview(id);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the decision (MD-08)")
    @Allowed.Drafters
    MajorDecision publish(@PathVariable @Positive long id, @Valid @RequestBody DecisionPublicationRequest r) {
        return decisions.publish(id, r);
    }

    @PostMapping("/{id}/milestones")
    @Operation(summary = "Add an implementation milestone (on the 督办台 until reached)")
    @Allowed.Drafters
    Milestone milestone(@PathVariable @Positive long id, @Valid @RequestBody MilestoneRequest r) {
        return milestones.add(id, r);
    }

    @PostMapping("/{id}/milestones/{milestoneId}/completion")
    @Operation(summary = "Record a milestone reached")
    @Allowed.Drafters
    Milestone complete(@PathVariable @Positive long id, @PathVariable @Positive long milestoneId,
            @Valid @RequestBody CompletionRequest r) {
        return milestones.complete(id, milestoneId, r);
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Report the implementation's progress")
    @Allowed.Drafters
    ProgressReport progress(@PathVariable @Positive long id, @Valid @RequestBody ProgressRequest r) {
        return milestones.report(id, r);
    }

    @PostMapping("/{id}/evaluations")
    @Operation(summary = "Record a post-evaluation (MD-10; not by a unit that argued or assessed it)")
    @Allowed.Drafters
    DecisionEvaluation evaluate(@PathVariable @Positive long id, @Valid @RequestBody DecisionEvaluationRequest r) {
        return evaluations.evaluate(id, r);
    }

    @PostMapping("/{id}/suspension")
    @Operation(summary = "Suspend the implementation (MD-11)")
    @Allowed.Drafters
    MajorDecision suspend(@PathVariable @Positive long id, @Valid @RequestBody SuspensionRequest r) {
        return decisions.suspend(id, r);
    }

    @PostMapping("/{id}/resumption")
    @Operation(summary = "Resume a suspended implementation")
    @Allowed.Drafters
    MajorDecision resume(@PathVariable @Positive long id, @Valid @RequestBody ResumptionRequest r) {
        return decisions.resume(id, r);
    }

    @PostMapping("/{id}/change")
    @Operation(summary = "Start a change of the decision in force: the next round of the procedure (MD-11)")
    @Allowed.Drafters
    MajorDecision change(@PathVariable @Positive long id, @Valid @RequestBody ChangeRequest r) {
        return decisions.startChange(id, r);
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop the procedure before the decision")
    @Allowed.Drafters
    MajorDecision stop(@PathVariable @Positive long id, @Valid @RequestBody StopRequest r) {
        return decisions.stop(id, r);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive the file (MD-09: complete, every milestone reached)")
    @Allowed.Drafters
    MajorDecision archive(@PathVariable @Positive long id, @Valid @RequestBody ArchiveRequest r) {
        return decisions.archive(id, r);
    }
}
