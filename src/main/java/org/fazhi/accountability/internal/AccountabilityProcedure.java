package org.fazhi.accountability.internal;

import static org.fazhi.accountability.AccountabilityStatus.CLEARED;
import static org.fazhi.accountability.AccountabilityStatus.DECIDED;
import static org.fazhi.accountability.AccountabilityStatus.OPEN;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.accountability.AccountabilityCase;
import org.fazhi.accountability.AccountabilityStatus;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of an accountability record:
 * <pre>
 * OPEN: extend (once, AC-01) ──decide──▶ DECIDED ; ──clear──▶ CLEARED
 * </pre>
 */
public final class AccountabilityProcedure {

    /** What the gates read: the record, whether the actor is the 法治办 that handles it, and today. */
    public record Facts(AccountabilityCase c, boolean actorMayHandle, LocalDate today) {

        public AccountabilityStatus status() {
            return c.status();
        }
    }

    public enum Step {
        EXTEND, DECIDE, CLEAR
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    /** Accountability is pursued by the 法治办 (the 行政执法监督 body), within its data scope. */
    public static final Gate<Facts> ONLY_THE_RULE_OF_LAW_OFFICE_PURSUES = Gate.require(Facts::actorMayHandle, "role",
            "accountability.refused.role");

    /** AC-01 allows one extension, approved, for a complex matter. */
    public static final Gate<Facts> EXTENDED_ONCE = Gate.require(f -> !f.c().extended(), "extended",
            "accountability.refused.extended");

    public static final Procedure<AccountabilityStatus, Step, Facts> PROCEDURE = Procedure
            .of(AccountabilityStatus.class, Step.class, Facts::status, AccountabilityProcedure::wrongState)
            .step(Step.EXTEND).checkFirst(ONLY_THE_RULE_OF_LAW_OFFICE_PURSUES).from(OPEN).gate(EXTENDED_ONCE).stays()
            .step(Step.DECIDE).checkFirst(ONLY_THE_RULE_OF_LAW_OFFICE_PURSUES).from(OPEN).to(DECIDED)
            .step(Step.CLEAR).checkFirst(ONLY_THE_RULE_OF_LAW_OFFICE_PURSUES).from(OPEN).to(CLEARED)
            .build();

    private AccountabilityProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static Refusal wrongState(AccountabilityStatus current, Step step) {
        return Refusal.of("wrong-status", "accountability.refused.wrong-status",
                new DefaultMessageSourceResolvable("accountability.step." + name(step)),
                new DefaultMessageSourceResolvable("accountability.status." + current.name()));
    }
}
