package org.fazhi.participation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;

/**
 * A public consultation window on one version of a text: whose text (the owning module's record), the
 * version and its title, who put it out ({@code organiser}, e.g. the issuing body), the unit it
 * belongs to, the window ({@code earliestClose} is the last day of the catalog's minimum period
 * counted from the opening on the official calendar, or the chosen closing day when the window was
 * shortened with the {@code shortenedReason} stated), and where it stands.
 */
public record PublicConsultation(Long id, ConsultationKind kind, String subjectModule, String subjectType,
        String subjectId, Long unitId, Long versionId, Integer versionNo, String title, String organiser,
        LocalDate openedOn, LocalDate earliestClose, LocalDate closesOn, LocalDate closedOn, ConsultationStatus status,
        String minimumRule, String shortenedReason, String withdrawnReason, String link) {

    /** Taking comments now (the portal also stops at the end of the closing day). */
    @JsonProperty("open")
    public boolean open() {
        return status == ConsultationStatus.OPEN;
    }

    /** Closed in the ordinary way (not withdrawn). */
    public boolean closed() {
        return status == ConsultationStatus.CLOSED;
    }

    /** The record of the owning module this consultation is on. */
    public SubjectRef subject() {
        return new SubjectType(subjectModule, subjectType).ref(subjectId);
    }

    /** Whether the window is on a record of this type. */
    public boolean isOn(SubjectType type) {
        return type.module().equals(subjectModule) && type.name().equals(subjectType);
    }

    /** The subject's id as a number, for subjects whose ids are numeric. */
    public long subjectLongId() {
        return Long.parseLong(subjectId);
    }

    /** Whether the window was closed after its minimum period (or as shortened with a stated reason). */
    public boolean ranItsMinimum() {
        return closedOn != null && (closedOn.isAfter(earliestClose) || shortenedReason != null);
    }
}
