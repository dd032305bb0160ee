package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A suit against a unit (the defendant, {@code unitId}; null: the user's own unit) as the court
 * served it: court, case number, 案由, plaintiff, the act and how the plaintiff came to court — directly
 * ({@code knowledgeDate}, and {@code informedOfPeriod} false with {@code periodKnownDate} when the
 * unit did not state the period to sue), after reconsideration ({@code reconsiderationReceivedOn}) or
 * for inaction ({@code dutyRequestedOn}, {@code emergency}) — the day it was filed and the day the
 * complaint's copy was received (the answer's 15 days run from it). {@code majorInterest}: the case is
 * one where the court must summon the responsible person (法释〔2020〕3号第四条). A retrial or an instance
 * entered later names the instance before in {@code previousCaseId}. {@code disclosureSubject}: the suit is about
 * 政府信息公开 (the act sued is a reply to a disclosure request or a failure to disclose), so that the disclosure
 * annual report counts it in Table 四.
 */
public record LitigationRequest(@Positive Long unitId, @NotNull Stage stage, @Positive Long previousCaseId,
        @NotBlank @Size(max = 200) String court, @NotBlank @Size(max = 80) String caseNo,
        @NotBlank @Size(max = 200) String cause, @NotBlank @Size(max = 200) String plaintiff,
        @NotNull PlaintiffType plaintiffType, @NotBlank @Size(max = 2000) String actDescription,
        @NotNull FilingBasis filingBasis, LocalDate actDate, LocalDate knowledgeDate, Boolean informedOfPeriod,
        LocalDate periodKnownDate, LocalDate reconsiderationReceivedOn, LocalDate dutyRequestedOn, boolean emergency,
        boolean realProperty, @NotNull LocalDate filedOn, LocalDate complaintReceivedOn, boolean majorInterest,
        boolean disclosureSubject) {

    /** A suit that is not about information disclosure. */
    public LitigationRequest(Long unitId, Stage stage, Long previousCaseId, String court, String caseNo, String cause,
            String plaintiff, PlaintiffType plaintiffType, String actDescription, FilingBasis filingBasis,
            LocalDate actDate, LocalDate knowledgeDate, Boolean informedOfPeriod, LocalDate periodKnownDate,
            LocalDate reconsiderationReceivedOn, LocalDate dutyRequestedOn, boolean emergency, boolean realProperty,
            LocalDate filedOn, LocalDate complaintReceivedOn, boolean majorInterest) {
        this(unitId, stage, previousCaseId, court, caseNo, cause, plaintiff, plaintiffType, actDescription,
                filingBasis, actDate, knowledgeDate, informedOfPeriod, periodKnownDate, reconsiderationReceivedOn,
                dutyRequestedOn, emergency, realProperty, filedOn, complaintReceivedOn, majorInterest, false);
    }
}
