package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * 受理, with the procedure it is heard in. The simplified procedure needs a case of 行政复议法第五十三条
 * (on-the-spot act, warning or 通报批评, at most RC-22 yuan, information disclosure) or the agreement of
 * all parties ({@code partiesAgree}).
 */
public record AcceptanceRequest(@NotNull LocalDate acceptedOn, @NotNull ProcedureKind procedure, boolean partiesAgree,
        Integer version) {
}
