package org.fazhi.participation.internal.portal;

import java.time.LocalDate;
import org.fazhi.participation.ConsultationKind;

/**
 * A draft put out for public comment (征求意见稿、决策草案) as the portal lists it: what kind of text,
 * who put it out ({@code issuingBody}), the window, how many days are left, and where it stands —
 * {@code OPEN} (comments accepted), {@code ENDED} (the window has passed, dispositions not yet
 * published) or {@code CLOSED} (dispositions published).
 */
public record DraftSummary(long consultationId, ConsultationKind kind, String title, String issuingBody,
        LocalDate openedOn, LocalDate closesOn, LocalDate closedOn, String state, long daysLeft,
        boolean acceptingComments, boolean dispositionsPublished, String shortenedReason) {

    static DraftSummary of(long consultationId, ConsultationKind kind, String title, String issuingBody,
            LocalDate openedOn, LocalDate closesOn, LocalDate closedOn, String state, long daysLeft,
            String shortenedReason) {
        return new DraftSummary(consultationId, kind, title, issuingBody, openedOn, closesOn, closedOn, state,
                daysLeft, "OPEN".equals(state), "CLOSED".equals(state), shortenedReason);
    }
}
