package org.fazhi.litigation;

import java.time.LocalDate;

/**
 * A hearing: its date, whether the court summoned the responsible person and when the summons was
 * served (at the latest {@code latestService}, LT-04, counted back from the hearing), and — once held —
 * who appeared for the defendant, or why its responsible person did not and who approved that.
 */
public record CourtHearing(Long id, long caseId, LocalDate date, String place, boolean summonsRequired,
        LocalDate summonsServedOn, LocalDate latestService, boolean held, AppearanceRole role, String name,
        String position, String absenceReason, String absenceApprovedBy) {

    /** The summons reached the defendant later than the rule allows. */
    public boolean summonsLate() {
        return summonsRequired && summonsServedOn != null && latestService != null
                && summonsServedOn.isAfter(latestService);
    }

    /** The responsible person appeared. */
    public boolean responsibleAppeared() {
        return held && role != null && role.responsible();
    }
}
