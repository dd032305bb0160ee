package org.fazhi.disclosure.internal;

import static org.fazhi.disclosure.ReportStatus.DRAFT;
import static org.fazhi.disclosure.ReportStatus.PUBLISHED;
import static org.fazhi.disclosure.ReportStatus.SUBMITTED;

import java.util.List;
import org.fazhi.disclosure.ReportStatus;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of an annual report (GI-06/07): drafted (narratives and entered cells), submitted once every
 * cell is there and the cross-checks hold, published when a second person approves it (the deadline met).
 *
 * <pre>
 * DRAFT ──edit──▶ DRAFT      DRAFT ──submit──▶ SUBMITTED
 * SUBMITTED ──approve (another person)──▶ PUBLISHED      SUBMITTED ──return──▶ DRAFT
 * </pre>
 */
public final class ReportProcedure {

    public enum Step {
        EDIT,
        SUBMIT,
        APPROVE,
        RETURN
    }

    public static final List<Step> PEOPLE_STEPS = List.of(Step.values());

    /** The unit's working staff and 法治办 prepare and approve the report (roles). */
    public static final Gate<ReportFacts> ONLY_DISCLOSURE_STAFF_PREPARE = Gate.require(ReportFacts::actorHandles,
            "role", "disclosure.refused.role");

    /** Sections 一 (总体情况) and 五 (存在的主要问题及改进情况) are written (GI-06: 条例第五十条). */
    public static final Gate<ReportFacts> NARRATIVES_WRITTEN = Gate.require(
            f -> present(f.report().overview()) && present(f.report().problems()), "narratives-missing",
            "disclosure.refused.narratives-missing");

    /** Every cell of Tables 二 and 四 is computed or entered with its source (GI-07: the official format). */
    public static final Gate<ReportFacts> EVERY_CELL_FILLED = Gate.require(f -> f.report().missingCells().isEmpty(),
            "cells-missing", f -> Refusal.of("cells-missing", "disclosure.refused.cells-missing",
                    String.join(", ", f.report().missingCells())));

    /** The cross-checks of Table 三 hold (一 + 二 = （七） + 四 per column; 总计 = the six columns). */
    public static final Gate<ReportFacts> CROSS_CHECKS_HOLD = Gate.require(f -> f.report().failedChecks().isEmpty(),
            "cross-check-failed", f -> Refusal.of("cross-check-failed", "disclosure.refused.cross-check-failed",
                    f.report().failedChecks().get(0).cell()));

    /** A second person approves: not the one who submitted it. */
    public static final Gate<ReportFacts> A_SECOND_PERSON_APPROVES = Gate.require(ReportFacts::secondPerson,
            "same-person", "disclosure.refused.same-person");

    public static final Procedure<ReportStatus, Step, ReportFacts> PROCEDURE = Procedure
            .of(ReportStatus.class, Step.class, ReportFacts::status, ReportProcedure::wrongState)
            .step(Step.EDIT).checkFirst(ONLY_DISCLOSURE_STAFF_PREPARE).from(DRAFT).stays()
            .step(Step.SUBMIT).checkFirst(ONLY_DISCLOSURE_STAFF_PREPARE).from(DRAFT).gate(NARRATIVES_WRITTEN)
                    .gate(EVERY_CELL_FILLED).gate(CROSS_CHECKS_HOLD).to(SUBMITTED)
            .step(Step.APPROVE).checkFirst(ONLY_DISCLOSURE_STAFF_PREPARE).from(SUBMITTED)
                    .gate(A_SECOND_PERSON_APPROVES).gate(CROSS_CHECKS_HOLD).to(PUBLISHED)
            .step(Step.RETURN).checkFirst(ONLY_DISCLOSURE_STAFF_PREPARE).from(SUBMITTED)
                    .gate(A_SECOND_PERSON_APPROVES).to(DRAFT)
            .build();

    private ReportProcedure() {
    }

    public static String name(Step step) {
        return Procedure.name(step);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Refusal wrongState(ReportStatus current, Step step) {
        if (current == PUBLISHED) {
            return Refusal.of("report-published", "disclosure.refused.report-published");
        }
        return Refusal.of("wrong-status", "disclosure.refused.wrong-status",
                new DefaultMessageSourceResolvable("disclosure.report-status." + current.name()));
    }
}
