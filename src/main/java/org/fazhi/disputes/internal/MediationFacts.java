package org.fazhi.disputes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.disputes.Party;
import org.fazhi.disputes.PartySide;

/**
 * What the gates of a mediation case read, gathered once per step or page: the case, its parties,
 * whether the acting user's roles carry cases (the 司法所 / 法治办 and the handling staff), and today.
 */
public record MediationFacts(MediationCase mediationCase, List<Party> parties, boolean actorMayHandle,
        LocalDate today) {

    public MediationFacts {
        parties = List.copyOf(parties);
    }

    public MediationStatus status() {
        return mediationCase.status();
    }

    /** Both sides of the dispute are on record (an applicant and a respondent). */
    public boolean bothSides() {
        return parties.stream().anyMatch(p -> p.side() == PartySide.APPLICANT)
                && parties.stream().anyMatch(p -> p.side() == PartySide.RESPONDENT);
    }

    /** The first party that refused mediation, if any. */
    public Optional<Party> refusingParty() {
        return parties.stream().filter(Party::refused).findFirst();
    }
}
