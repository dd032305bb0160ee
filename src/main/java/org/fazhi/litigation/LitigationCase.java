package org.fazhi.litigation;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * One instance of a suit against a unit, as the console and the API read it: the court and case
 * number, 案由, the plaintiff, the act and how the plaintiff came to court with the filing window as
 * checked, the answer, the judgment, its effect and fulfilment; {@code disclosureSubject}: the suit is about
 * 政府信息公开 (counted in Table 四 of the disclosure annual report). {@code previousCaseId}: the instance
 * before (an appeal's first instance).
 */
public record LitigationCase(Long id, long unitId, Long previousCaseId, Stage stage, LitigationStatus status,
        String court, String caseNo, String cause, String plaintiff, PlaintiffType plaintiffType, String actDescription,
        FilingBasis filingBasis, LocalDate actDate, LocalDate knowledgeDate, boolean informedOfPeriod,
        LocalDate periodKnownDate, LocalDate reconsiderationReceivedOn, LocalDate dutyRequestedOn, boolean emergency,
        boolean realProperty, LocalDate filedOn, LocalDate complaintReceivedOn, boolean majorInterest,
        boolean disclosureSubject, FilingCheck window, LocalDate answerSubmittedOn, String answerSummary, Long answerDeadlineId, Judgment judgment,
        LocalDate effectiveOn, Appellant appellant, LocalDate appealFiledOn, LocalDate performedOn,
        String performanceSummary, LocalDate reportedOn, LocalDate closedOn, int version) {

    /** The module that owns litigation. */
    public static final String MODULE = "litigation";

    /** How other modules (deadlines, audit, accountability) refer to a case. */
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "litigation-case");

    /**
     * The filing window as checked (LT-03 and the limits around it): whether the suit came in time,
     * the date that decided it (the last day, or for inaction the first day a suit could come) and the
     * rule.
     */
    public record FilingCheck(boolean ok, LocalDate date, String ruleId) {
    }

    /** The court's judgment, ruling or mediation. */
    public record Judgment(JudgmentKind kind, JudgmentOutcome outcome, String documentNo, LocalDate servedOn,
            Boolean requiresPerformance, String summary) {
    }

    public boolean lost() {
        return judgment.outcome() != null && judgment.outcome().lost();
    }
}
