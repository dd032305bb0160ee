package org.fazhi.reconsideration;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * An application for administrative reconsideration and, once accepted, its case, as the console and
 * the API read it. The groups hold what each stage recorded; {@code clocks} the ids of the deadlines
 * on the 督办台 (acceptance review, 补正, copy, answer, decision, suspension).
 */
public record ReconsiderationCase(Long id, long bodyId, long unitId, String receiptNo, Channel channel,
        CaseStatus status, Applicant applicant, long respondentUnitId, Act act, String requests,
        String factsAndReasons, String normdocTitle, LocalDate receivedOn, LocalDate agencyReceivedOn,
        Window window, boolean precondition, PreconditionBasis preconditionBasis, Correction correction,
        ProcedureKind procedure, Acceptance acceptance, Answer answer, Timing timing, SuspensionGround suspensionGround,
        LocalDate suspendedOn, Decision decision, Resolution resolution, Termination termination, LocalDate closedOn,
        Clocks clocks, int version) {

    /** The module that owns reconsideration. */
    public static final String MODULE = "reconsideration";

    /** How other modules (deadlines, audit, files, accountability) refer to a case. */
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "reconsideration-case");

    /** 申请人: identity as given; {@link #masked()} for readers who do not handle the case. */
    public record Applicant(ApplicantType type, String name, IdType idType, String idNo, String phone, String address,
            String agentName) {

        /** The name kept, identity number and phone masked (the respondent's view of the copy). */
        public Applicant masked() {
            return new Applicant(type, name, idType, Masks.idNumber(idNo), Masks.phone(phone), null, agentName);
        }
    }

    /** 被申请复议的行政行为 and the dates the application period is counted from. */
    public record Act(ActType type, String description, LocalDate actDate, LocalDate knowledgeDate, boolean onTheSpot,
            boolean warningOrCriticism, BigDecimal amount, boolean realProperty, boolean informedOfRight,
            LocalDate rightKnownDate, Integer specialPeriodDays, String specialPeriodLaw, LocalDate obstacleFrom,
            LocalDate obstacleTo) {
    }

    /** The application period as checked on receipt: its last day, whether the application is in time, the rule. */
    public record Window(LocalDate due, boolean ok, String ruleId) {
    }

    /** 补正: what was asked (once), when the notice went out, whether its period was extended, the receipt. */
    public record Correction(String items, LocalDate notifiedOn, boolean extended, LocalDate receivedOn, String note) {
    }

    /** The acceptance review's result: accepted (perhaps deemed), refused, or withdrawn before it. */
    public record Acceptance(LocalDate acceptedOn, boolean deemed, LocalDate refusedOn, String refusalReason,
            String competentBody, LocalDate withdrawnOn, String withdrawalReason) {
    }

    /** The copy to the respondent and its written answer with evidence. */
    public record Answer(LocalDate copySentOn, LocalDate respondentReceivedOn, LocalDate receivedOn, String summary) {
    }

    /** The decision period's extension (普通程序) and a conversion from the simplified procedure, each approved. */
    public record Timing(LocalDate extendedOn, String extensionApprover, String extensionReason,
            LocalDate convertedOn, String conversionApprover, String conversionReason) {
    }

    /** 行政复议决定. */
    public record Decision(DecisionOutcome outcome, String decisionNo, LocalDate decidedOn, String summary) {
    }

    /** 调解书 or 和解协议 (实质性化解). */
    public record Resolution(ResolutionKind kind, String docNo, LocalDate on, String summary) {
    }

    /** 终止. */
    public record Termination(TerminationGround ground, LocalDate on, String reason) {
    }

    /** The deadlines on the 督办台 (null: not started). */
    public record Clocks(Long acceptance, Long correction, Long copy, Long answer, Long decision, Long suspension) {
    }

    public boolean accepted() {
        return CaseStatus.ACCEPTED_STATES.contains(status);
    }

    /** 直接纠错. */
    public boolean corrected() {
        return decision.outcome() != null && decision.outcome().corrects();
    }
}
