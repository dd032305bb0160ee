package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.procedure.Guide;

/**
 * Everything a decision's page shows, read in one transaction after one scope check: the decision, its
 * catalog item and catalog, the unit names, the guide and the procedures its attributes require, the
 * versions, waivers, consultations with the adoption summary, hearings, polls, argumentations with the
 * experts it may engage, risk reports, reviews, meeting topics (who spoke in which order, the outcome,
 * on which materials), milestones, progress reports, evaluations, the process record, what the
 * materials and the archive still lack, and the dates the page's forms need.
 */
public record DecisionOverview(
        MajorDecision decision,
        CatalogItem item,
        DecisionCatalog catalog,
        Map<Long, String> unitNames,
        Guide<DecisionStatus> guide,
        List<ProcedureState> procedures,
        List<DecisionVersion> versions,
        List<Waiver> waivers,
        List<PublicConsultation> consultations,
        AdoptionSummary comments,
        List<Hearing> hearings,
        List<Poll> polls,
        List<Argumentation> argumentations,
        List<Expert> experts,
        List<RiskAssessment> risks,
        List<LegalityReview> reviews,
        List<MeetingTopic> topics,
        Map<Long, Meeting> meetings,
        List<Milestone> milestones,
        List<ProgressReport> reports,
        List<DecisionEvaluation> evaluations,
        List<ProcessRecord> processRecord,
        List<String> missingMaterials,
        List<String> missingArchive,
        LocalDate earliestCloseIfOpenedToday,
        LocalDate earliestHearing,
        LocalDate today) {

    public DecisionOverview {
        unitNames = Map.copyOf(unitNames);
        procedures = List.copyOf(procedures);
        versions = List.copyOf(versions);
        waivers = List.copyOf(waivers);
        consultations = List.copyOf(consultations);
        hearings = List.copyOf(hearings);
        polls = List.copyOf(polls);
        argumentations = List.copyOf(argumentations);
        experts = List.copyOf(experts);
        risks = List.copyOf(risks);
        reviews = List.copyOf(reviews);
        topics = List.copyOf(topics);
        meetings = Map.copyOf(meetings);
        milestones = List.copyOf(milestones);
        reports = List.copyOf(reports);
        evaluations = List.copyOf(evaluations);
        processRecord = List.copyOf(processRecord);
        missingMaterials = List.copyOf(missingMaterials);
        missingArchive = List.copyOf(missingArchive);
    }

    /** The version the decision stands at now. */
    public DecisionVersion currentVersion() {
        return versions.stream().filter(v -> v.id().equals(decision.currentVersionId())).findFirst().orElse(null);
    }

    /** The window open now, if any. */
    public PublicConsultation openConsultation() {
        return consultations.stream().filter(PublicConsultation::open).findFirst().orElse(null);
    }

    /** The hearing announced and not yet held, if any. */
    public Hearing activeHearing() {
        return hearings.stream().filter(Hearing::active).findFirst().orElse(null);
    }
}
