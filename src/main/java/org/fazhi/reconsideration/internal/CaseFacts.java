package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.Hearing;
import org.fazhi.reconsideration.HearingKind;
import org.fazhi.reconsideration.NormdocReview;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.ReconsiderationCase;

/**
 * What the gates of a case's procedure read, gathered once per step or page: the case; the actor's
 * standing (may handle cases by role; handles this one by scope; answers for the respondent; the
 * applicant verified by receipt and code on the portal; the system); today; the running clocks
 * (acceptance review, 补正, answer, decision, suspension) as the 督办台 has them; how the parties were
 * heard; and the incidental review of a normative document, if any, with the day the issuing organ's
 * answer is due (RC-18).
 */
public record CaseFacts(ReconsiderationCase c, boolean actorMayHandle, boolean actorHandles, boolean actorIsRespondent,
        boolean applicant, LocalDate today, TrackedDeadline acceptance, TrackedDeadline correction,
        TrackedDeadline answer, TrackedDeadline decision, TrackedDeadline suspension, List<Hearing> hearings,
        Optional<NormdocReview> normdoc, LocalDate normdocAnswerDue) {

    public CaseFacts {
        hearings = List.copyOf(hearings);
    }

    public CaseStatus status() {
        return c.status();
    }

    /** The body's staff on this case: the role and the scope. */
    public boolean handler() {
        return actorMayHandle && actorHandles;
    }

    public boolean simplified() {
        return c.procedure() == ProcedureKind.SIMPLIFIED;
    }

    /** A hearing scheduled and not yet held. */
    public Optional<Hearing> pendingHearing() {
        return hearings.stream().filter(h -> h.kind() == HearingKind.HEARING && !h.held()).findFirst();
    }

    /** The parties were heard: a hearing held, opinions heard, or a written review recorded. */
    public boolean partiesHeard() {
        return hearings.stream().anyMatch(Hearing::held);
    }

    public boolean normdocOpen() {
        return normdoc.isPresent() && !normdoc.get().concluded();
    }

    /** The last day of the acceptance review (RC-02), or null when its clock is not running. */
    public LocalDate reviewDue() {
        return acceptance == null ? null : acceptance.dueDate();
    }
}
