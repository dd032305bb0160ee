package org.fazhi.accountability;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * An accountability record: the unit whose staff is held to account, the record that caused it
 * ({@code sourceType} / {@code sourceId} with its title as it was when opened), the fault, the person
 * and post concerned (internal; never published), the facts, the day opened, the AC-01 clock, and the
 * conclusion: the measures with the decision's number, or the reason nothing was pursued.
 */
public record AccountabilityCase(Long id, long unitId, String sourceType, long sourceId, String sourceTitle,
        String sourceLink, FaultKind fault, String personName, String personPost, LocalDate openedOn, String facts,
        AccountabilityStatus status, boolean extended, String extensionReason, LocalDate concludedOn,
        String decisionNo, List<Measure> measures, String conclusion, Long deadlineId, int version) {

    public static final String MODULE = "accountability";
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "accountability-case");

    public boolean sanctioned() {
        return measures.stream().anyMatch(Measure::sanction);
    }
}
