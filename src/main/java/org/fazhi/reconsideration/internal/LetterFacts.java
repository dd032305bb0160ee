package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.reconsideration.LetterStatus;
import org.fazhi.reconsideration.OpinionLetter;

/**
 * What the gates of a letter read: the letter, whether the actor answers for the recipient or handles
 * cases of the issuing body (role and scope), today, and the correction-report clock (RC-08).
 */
public record LetterFacts(OpinionLetter letter, boolean actorIsRecipient, boolean actorHandles, LocalDate today,
        TrackedDeadline clock) {

    public LetterStatus status() {
        return letter.status();
    }
}
