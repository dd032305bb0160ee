package org.fazhi.reconsideration.internal;

import java.util.Optional;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.SuspensionGround;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/**
 * The legal gates of a reconsideration case, each written once and named as the rule it enforces.
 * {@link CaseProcedure} puts them on its steps; the steps and the guide both ask the procedure.
 */
public final class CasePolicies {

    private CasePolicies() {
    }

    /** The steps of handling are the 行政复议机构's: the 法治办 / 司法局 and legal reviewers (roles). */
    public static final Gate<CaseFacts> ONLY_HANDLERS_TAKE_HANDLING_STEPS = Gate.require(CaseFacts::actorMayHandle,
            "role", "reconsideration.refused.role");

    /** Only the body the application was made to handles it (its handling unit's scope). */
    public static final Gate<CaseFacts> ONLY_THE_BODY_HANDLES_ITS_CASES = Gate.require(CaseFacts::actorHandles,
            "not-handling-unit", "reconsideration.refused.not-handling-unit");

    /** The answer comes from the respondent, or the body records it as received. */
    public static final Gate<CaseFacts> ONLY_THE_RESPONDENT_OR_THE_BODY_ANSWERS = Gate.require(
            f -> f.handler() || f.actorIsRespondent(), "not-party", "reconsideration.refused.not-respondent");

    /**
     * 补正材料 come from the applicant (on the portal, by receipt and code) or are recorded by the body's
     * staff: the role of the handling steps, unless it is the applicant.
     */
    public static final Gate<CaseFacts> ONLY_THE_APPLICANT_OR_HANDLERS_SUPPLY_CORRECTIONS = Gate.require(
            f -> f.applicant() || f.actorMayHandle(), "role", "reconsideration.refused.role");

    /** ... and, unless it is the applicant, the staff of the body the application was made to. */
    public static final Gate<CaseFacts> ONLY_THE_APPLICANT_OR_THE_BODY_SUPPLIES_CORRECTIONS = Gate.require(
            f -> f.applicant() || f.actorHandles(), "not-handling-unit", "reconsideration.refused.not-handling-unit");

    /** 补正通知应当一次性载明需要补正的事项: one notice only. */
    public static final Gate<CaseFacts> CORRECTION_ONLY_ONCE = Gate.require(
            f -> f.c().correction().notifiedOn() == null, "correction-once", "reconsideration.refused.correction-once");

    /** The 补正 period is extended once. */
    public static final Gate<CaseFacts> CORRECTION_EXTENDED_ONCE = Gate.require(f -> !f.c().correction().extended(),
            "correction-extended", "reconsideration.refused.correction-extended");

    /**
     * An application outside its period (RC-01 and the limits around it) is not accepted: it is refused
     * with the reason (行政复议法第三十条第一款第（四）项).
     */
    public static final Gate<CaseFacts> ACCEPTED_ONLY_IN_TIME = Gate.require(f -> f.c().window().ok(),
            "application-late", f -> Refusal.of("application-late", "reconsideration.refused.application-late",
                    f.c().window().due(), f.c().window().ruleId()));

    /** The copy goes to the respondent once. */
    public static final Gate<CaseFacts> COPY_SENT_ONCE = Gate.require(f -> f.c().answer().copySentOn() == null,
            "copy-sent", "reconsideration.refused.copy-sent");

    /** The respondent answers, and the parties are heard, only after the copy went out. */
    public static final Gate<CaseFacts> COPY_SENT_FIRST = Gate.require(f -> f.c().answer().copySentOn() != null,
            "copy-not-sent", "reconsideration.refused.copy-not-sent");

    /** One written answer. */
    public static final Gate<CaseFacts> ANSWERED_ONCE = Gate.require(f -> f.c().answer().receivedOn() == null,
            "answer-recorded", "reconsideration.refused.answer-recorded");

    /** One hearing is prepared at a time. */
    public static final Gate<CaseFacts> NO_HEARING_PENDING = Gate.require(f -> f.pendingHearing().isEmpty(),
            "hearing-pending", "reconsideration.refused.hearing-pending");

    /** A hearing is recorded as held on or after its date. */
    public static final Gate<CaseFacts> A_HEARING_IS_DUE = Gate.require(
            f -> f.pendingHearing().map(h -> !h.date().isAfter(f.today())).orElse(false), "no-hearing-due",
            "reconsideration.refused.no-hearing-due");

    /**
     * The respondent has its answer period (RC-12 / RC-14): no decision before the answer or the end of
     * the period.
     */
    public static final Gate<CaseFacts> ANSWER_IN_OR_ITS_PERIOD_OVER = Gate.of("answer-pending", f -> {
        if (f.c().answer().receivedOn() == null && f.answer() != null && !f.today().isAfter(f.answer().dueDate())) {
            return Optional.of(Refusal.of("answer-pending", "reconsideration.refused.answer-pending",
                    f.answer().dueDate()));
        }
        return Optional.empty();
    });

    /**
     * 普通程序: the parties' opinions are heard (in person, by internet or telephone, or at a hearing),
     * or the case is reviewed in writing for the reason recorded (行政复议法第四十九条).
     */
    public static final Gate<CaseFacts> ORDINARY_CASES_HEAR_THE_PARTIES = Gate.require(
            f -> f.simplified() || f.partiesHeard(), "parties-not-heard", "reconsideration.refused.parties-not-heard");

    /** Only the ordinary procedure's period is extended (RC-06: at most 30 days, once). */
    public static final Gate<CaseFacts> ONLY_ORDINARY_CASES_ARE_EXTENDED = Gate.require(
            f -> f.c().procedure() == ProcedureKind.ORDINARY, "simplified-no-extension",
            "reconsideration.refused.simplified-no-extension");

    public static final Gate<CaseFacts> EXTENDED_ONCE = Gate.require(f -> f.c().timing().extendedOn() == null,
            "extended", "reconsideration.refused.extended");

    /** Only a simplified case is converted to the ordinary procedure. */
    public static final Gate<CaseFacts> ONLY_SIMPLIFIED_CASES_ARE_CONVERTED = Gate.require(CaseFacts::simplified,
            "already-ordinary", "reconsideration.refused.already-ordinary");

    /** One incidental review per case. */
    public static final Gate<CaseFacts> ONE_NORMDOC_REVIEW = Gate.require(f -> f.normdoc().isEmpty(),
            "normdoc-review-exists", "reconsideration.refused.normdoc-review-exists");

    /** The steps of an incidental review need one that is open. */
    public static final Gate<CaseFacts> A_NORMDOC_REVIEW_IS_OPEN = Gate.require(CaseFacts::normdocOpen,
            "no-normdoc-review", "reconsideration.refused.no-normdoc-review");

    /** The issuing organ is asked to answer only where this body may handle the document. */
    public static final Gate<CaseFacts> ONLY_A_COMPETENT_BODY_ASKS_THE_ISSUER = Gate.require(
            f -> f.normdoc().map(n -> n.competent()).orElse(false), "not-competent",
            "reconsideration.refused.not-competent");

    public static final Gate<CaseFacts> ISSUER_NOTIFIED_ONCE = Gate.require(
            f -> f.normdoc().map(n -> n.issuerNotifiedOn() == null).orElse(true), "issuer-notified",
            "reconsideration.refused.issuer-notified");

    public static final Gate<CaseFacts> ISSUER_NOTIFIED_FIRST = Gate.require(
            f -> f.normdoc().map(n -> n.issuerNotifiedOn() != null && n.issuerAnsweredOn() == null).orElse(false),
            "issuer-not-notified", "reconsideration.refused.issuer-not-notified");

    /** A body without the power forwards the document (RC-16), once. */
    public static final Gate<CaseFacts> ONLY_AN_INCOMPETENT_BODY_FORWARDS = Gate.require(
            f -> f.normdoc().map(n -> !n.competent() && n.forwardedOn() == null).orElse(false), "not-to-forward",
            "reconsideration.refused.not-to-forward");

    /**
     * An incidental review concludes with the issuing organ's answer in (or its RC-18 period over) where
     * this body handles it, and with the receiving organ's reply after forwarding.
     */
    public static final Gate<CaseFacts> NORMDOC_REVIEW_READY_TO_CONCLUDE = Gate.of("normdoc-not-ready", f -> {
        var n = f.normdoc().orElse(null);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.competent() && n.forwardedOn() == null) {
            return Optional.of(Refusal.of("normdoc-not-ready", "reconsideration.refused.normdoc-not-forwarded"));
        }
        if (n.competent() && n.issuerAnsweredOn() == null) {
            if (n.issuerNotifiedOn() == null) {
                return Optional.of(Refusal.of("normdoc-not-ready", "reconsideration.refused.issuer-not-notified"));
            }
            if (f.normdocAnswerDue() != null && !f.today().isAfter(f.normdocAnswerDue())) {
                return Optional.of(Refusal.of("normdoc-not-ready", "reconsideration.refused.issuer-answer-pending",
                        f.normdocAnswerDue()));
            }
        }
        return Optional.empty();
    });

    /** A case suspended for an incidental review resumes once the review is concluded. */
    public static final Gate<CaseFacts> RESUMED_AFTER_THE_NORMDOC_REVIEW = Gate.require(f -> !f.normdocOpen(),
            "normdoc-review-pending", "reconsideration.refused.normdoc-review-pending");

    /**
     * 第四十一条第（五）项: terminated when the suspension on ground (一)(二)(四) has lasted 60 days (RC-09)
     * and its cause remains.
     */
    public static final Gate<CaseFacts> SUSPENDED_SIXTY_DAYS = Gate.of("suspension-not-expired", f -> {
        SuspensionGround g = f.c().suspensionGround();
        if (g == null || !g.terminatesAfterSixtyDays()) {
            return Optional.of(Refusal.of("suspension-not-expired",
                    "reconsideration.refused.suspension-ground-not-terminating"));
        }
        if (f.suspension() == null || !f.today().isAfter(f.suspension().dueDate())) {
            return Optional.of(Refusal.of("suspension-not-expired", "reconsideration.refused.suspension-not-expired",
                    f.suspension() == null ? "-" : f.suspension().dueDate(),
                    ReconsiderationRules.SUSPENSION_TERMINATION));
        }
        return Optional.empty();
    });

    /** The 补正 period has run out without the materials (system step: 视为放弃). */
    public static final Gate<CaseFacts> CORRECTION_PERIOD_OVER = Gate.require(
            f -> f.correction() != null && f.today().isAfter(f.correction().dueDate()), "correction-period-running",
            "reconsideration.refused.correction-period-running");

    /** The review period has run out without a refusal (system step: 视为受理). */
    public static final Gate<CaseFacts> REVIEW_PERIOD_OVER = Gate.require(
            f -> f.reviewDue() != null && f.today().isAfter(f.reviewDue()), "review-period-running",
            "reconsideration.refused.review-period-running");
}
