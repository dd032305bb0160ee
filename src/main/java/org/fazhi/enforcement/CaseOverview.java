package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.procedure.Guide;

/**
 * Everything the case page shows, read in one transaction after one scope check: the case with its
 * agency, the guide, the team and the agency's roster, acts and evidence, the benchmark check and the
 * lenient-list item, the catalog entry and what PN-05 asks (review, discussion), the party's window,
 * the reviews, the deadlines and extensions, the publication, linked records (transfers, filing,
 * guiding case, faults, evaluations with the year's template), and the stages missing from the record.
 */
public record CaseOverview(EnforcementCase c, Agency agency, Guide<CaseStatus> guide, List<Officer> team,
        List<Officer> roster, List<CaseAct> acts, List<EvidenceItem> evidence, BenchmarkCheck benchmark,
        Optional<ExemptionItem> exemption, Optional<ReviewCatalogItem> catalogItem, boolean reviewRequired,
        boolean discussionRequired, LocalDate partyWindowEnds, List<LegalityReview> reviews,
        Optional<TrackedDeadline> decisionDeadline, List<CaseExtension> extensions,
        DecisionPublications.Standing publication, List<CriminalTransfer> transfers, Optional<MajorActFiling> filing,
        Optional<GuidingCase> guidingCase, List<FaultRecord> faults, List<CaseFileEvaluation> evaluations,
        Optional<EvaluationTemplate> template, List<EvidenceStage> missingStages, LocalDate earliestHearing,
        LocalDate today) {

    public CaseOverview {
        team = List.copyOf(team);
        roster = List.copyOf(roster);
        acts = List.copyOf(acts);
        evidence = List.copyOf(evidence);
        reviews = List.copyOf(reviews);
        extensions = List.copyOf(extensions);
        transfers = List.copyOf(transfers);
        faults = List.copyOf(faults);
        evaluations = List.copyOf(evaluations);
        missingStages = List.copyOf(missingStages);
    }
}
