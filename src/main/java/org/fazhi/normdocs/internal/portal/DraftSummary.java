package org.fazhi.normdocs.internal.portal;

import java.time.LocalDate;

/**
 * A draft put out for public comment (征求意见稿) as the portal lists it: the window, how many days
 * are left, and where it stands — {@code OPEN} (comments accepted), {@code ENDED} (the window has
 * passed, dispositions not yet published) or {@code CLOSED} (dispositions published).
 */
public record DraftSummary(long consultationId, String title, String issuingBody, LocalDate openedOn,
        LocalDate closesOn, LocalDate closedOn, String state, long daysLeft, boolean acceptingComments,
        boolean dispositionsPublished) {

    static DraftSummary of(long consultationId, String title, String issuingBody, LocalDate openedOn,
            LocalDate closesOn, LocalDate closedOn, String state, long daysLeft) {
        return new DraftSummary(consultationId, title, issuingBody, openedOn, closesOn, closedOn, state, daysLeft,
                "OPEN".equals(state), "CLOSED".equals(state));
    }
}
