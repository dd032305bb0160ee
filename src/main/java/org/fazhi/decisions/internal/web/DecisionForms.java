package org.fazhi.decisions.internal.web;

import java.util.Map;
import org.fazhi.shared.web.FormLabels;

/**
 * The major-decision console's forms: every field named by the label it carries on the page, so that
 * the error summary above a form that was not accepted names each field ("理由：必须填写").
 */
final class DecisionForms {

    /** The label of each field of the decision, catalog, expert and meeting forms, as the pages show it. */
    static final FormLabels LABELS = new FormLabels(Map.ofEntries(
            Map.entry("announcement", "decisionsweb.hearing.announcement"),
            Map.entry("answer", "decisionsweb.answer.text"),
            Map.entry("approvalRef", "decisionsweb.approval.ref"),
            Map.entry("approvedBy", "decisionsweb.approval.by"),
            Map.entry("approvedOn", "decisionsweb.approval.on"),
            Map.entry("archiveNo", "decisionsweb.archive.no"),
            Map.entry("assessorName", "decisionsweb.risk.assessor-name"),
            Map.entry("assessorUnitId", "decisionsweb.risk.assessor-unit"),
            Map.entry("basis", "decisionsweb.suspension.basis"),
            Map.entry("body", "decisionsweb.version.body"),
            Map.entry("catalogItemId", "decisionsweb.start.item"),
            Map.entry("changeAnswers", "decisionsweb.version.answers"),
            Map.entry("channels", "decisionsweb.publication.channels"),
            Map.entry("closesOn", "decisionsweb.consultation.closes-on"),
            Map.entry("completedOn", "decisionsweb.milestone.completed-on"),
            Map.entry("concludedOn", "decisionsweb.risk.concluded-on"),
            Map.entry("conclusion", "decisionsweb.evaluation.conclusion"),
            Map.entry("conductedBy", "decisionsweb.poll.by"),
            Map.entry("controllable", "decisions.risk.controllable"),
            Map.entry("criteriaNote", "decisionsweb.catalog.criteria-note"),
            Map.entry("decisionId", "decisionsweb.meeting.table"),
            Map.entry("deliveredOn", "decisionsweb.hearing.delivered-on"),
            Map.entry("documentNumber", "decisionsweb.publication.number"),
            Map.entry("dueOn", "decisionsportal.milestone.due"),
            Map.entry("employer", "decisionsweb.expert.employer"),
            Map.entry("endedOn", "decisionsweb.poll.to"),
            Map.entry("evaluatorName", "decisionsweb.evaluation.name"),
            Map.entry("evaluatorUnitId", "decisionsweb.evaluation.unit"),
            Map.entry("explanation", "decisionsweb.version.explanation"),
            Map.entry("fields", "decisionsweb.expert.fields"),
            Map.entry("form", "decisionsweb.argumentation.form"),
            Map.entry("head", "decisionsweb.meeting.head"),
            Map.entry("headReason", "decisionsweb.deliberation.head-reason"),
            Map.entry("hearingDate", "decisionsweb.hearing.date"),
            Map.entry("heldOn", "decisionsweb.hearing.held-on"),
            Map.entry("interestedParties", "decisionsweb.interested-parties"),
            Map.entry("interests", "decisionsweb.expert.interests-field"),
            Map.entry("itemId", "decisionsweb.amendment.item"),
            Map.entry("kind", "decisionsweb.meeting.kind"),
            Map.entry("level", "decisionsweb.risk.level"),
            Map.entry("materials", "decisionsweb.topic.materials"),
            Map.entry("measures", "decisionsweb.risk.measures-field"),
            Map.entry("meetingDate", "decisionsweb.meeting.date-col"),
            Map.entry("method", "decisionsweb.poll.method"),
            Map.entry("milestoneId", "decisionsportal.milestone"),
            Map.entry("name", "decisionsweb.expert.name"),
            Map.entry("note", "decisionsweb.version.note"),
            Map.entry("organiserName", "decisionsweb.argumentation.organiser"),
            Map.entry("outcome", "decisionsweb.deliberation.outcome"),
            Map.entry("participants", "decisionsweb.hearing.participants-field"),
            Map.entry("percentDone", "decisionsweb.progress.percent"),
            Map.entry("place", "decisionsweb.hearing.place"),
            Map.entry("plannedQuarter", "decisionsportal.item.quarter"),
            Map.entry("procedure", "decisionsweb.waiver.procedure"),
            Map.entry("publicationDate", "decisionsweb.publication.date"),
            Map.entry("reason", "decisionsweb.reason"),
            Map.entry("report", "decisionsweb.progress.report"),
            Map.entry("reportedOn", "decisionsweb.progress.on"),
            Map.entry("responsePlan", "decisionsweb.risk.plan-field"),
            Map.entry("responsibleUnitId", "decisionsportal.milestone.unit"),
            Map.entry("results", "decisionsweb.poll.results"),
            Map.entry("riskPoints", "decisionsweb.risk.points-field"),
            Map.entry("sampleSize", "decisionsweb.poll.sample"),
            Map.entry("shortenedReason", "decisionsweb.consultation.shortened-reason"),
            Map.entry("sponsorUnitId", "decisionsportal.item.sponsor"),
            Map.entry("startedOn", "decisionsweb.poll.from"),
            Map.entry("status", "decisionsweb.col.status"),
            Map.entry("summary", "decisionsweb.hearing.summary"),
            Map.entry("title", "decisionsweb.col.title"),
            Map.entry("transcript", "decisionsweb.hearing.transcript"),
            Map.entry("trigger", "decisionsweb.evaluation.trigger"),
            Map.entry("unitId", "decisionsweb.catalog.unit"),
            Map.entry("year", "decisionsweb.catalog.year")));

    private DecisionForms() {
    }
}
