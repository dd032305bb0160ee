package org.fazhi.litigation.internal;

import java.util.Optional;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a suit's procedure, each named as the rule it enforces. */
public final class LitigationPolicies {

    private LitigationPolicies() {
    }

    /** The defendant's litigation is carried by the 法治办 / 司法局 or its legal staff (公职律师). */
    public static final Gate<LitigationFacts> ONLY_HANDLERS_CARRY_THE_DEFENCE = Gate.require(
            LitigationFacts::actorMayHandle, "role", "litigation.refused.role");

    /** One 答辩状. */
    public static final Gate<LitigationFacts> DEFENDED_ONCE = Gate.require(f -> f.c().answerSubmittedOn() == null,
            "defence-submitted", "litigation.refused.defence-submitted");

    /** The answer's 15 days run from the complaint's (or the appeal's) copy: without one there is nothing to answer. */
    public static final Gate<LitigationFacts> A_COPY_TO_ANSWER = Gate.require(f -> f.c().complaintReceivedOn() != null,
            "no-copy", "litigation.refused.no-copy");

    /** One hearing is set at a time. */
    public static final Gate<LitigationFacts> NO_HEARING_PENDING = Gate.require(f -> f.pendingHearing().isEmpty(),
            "hearing-pending", "litigation.refused.hearing-pending");

    /** The appearance is recorded on or after the hearing's day. */
    public static final Gate<LitigationFacts> A_HEARING_IS_DUE = Gate.require(
            f -> f.pendingHearing().map(h -> !h.date().isAfter(f.today())).orElse(false), "no-hearing-due",
            "litigation.refused.no-hearing-due");

    /** A hearing already held is recorded (who appeared) before the judgment. */
    public static final Gate<LitigationFacts> HELD_HEARINGS_RECORDED = Gate.require(
            f -> f.pendingHearing().map(h -> h.date().isAfter(f.today())).orElse(true), "hearing-unrecorded",
            "litigation.refused.hearing-unrecorded");

    /** Only a first-instance judgment or an appealable ruling is appealed (LT-09, LT-10). */
    public static final Gate<LitigationFacts> ONLY_AN_APPEALABLE_JUDGMENT = Gate.require(LitigationFacts::appealable,
            "not-appealable", "litigation.refused.not-appealable");

    /** A first-instance judgment takes effect once its appeal period ran out without an appeal. */
    public static final Gate<LitigationFacts> APPEAL_PERIOD_OVER = Gate.of("appeal-period-running", f -> {
        if (f.appealable() && f.appealDue() != null && !f.today().isAfter(f.appealDue())) {
            return Optional.of(Refusal.of("appeal-period-running", "litigation.refused.appeal-period-running",
                    f.appealDue()));
        }
        return Optional.empty();
    });

    /** A fulfilment is recorded for a judgment that obliges the defendant. */
    public static final Gate<LitigationFacts> ONLY_A_JUDGMENT_TO_PERFORM = Gate.require(
            f -> Boolean.TRUE.equals(f.c().judgment().requiresPerformance()), "nothing-to-perform",
            "litigation.refused.nothing-to-perform");

    /** A judgment that obliges the defendant is closed only once fulfilled. */
    public static final Gate<LitigationFacts> CLOSED_ONLY_WITHOUT_A_DUTY = Gate.require(
            f -> !Boolean.TRUE.equals(f.c().judgment().requiresPerformance()), "performance-required",
            "litigation.refused.performance-required");
}
