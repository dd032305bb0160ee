package org.fazhi.disputes;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/**
 * Everything a mediation case's page shows, read in one transaction after one scope check: the case, its
 * committee and unit, the mediator, the parties (masked), the guide, the judicial-confirmation window and
 * its deadline on the 督办台 once agreed, the committee's mediators to choose from, and today.
 */
public record MediationCaseOverview(MediationCase mediationCase, MediationOrg org, String unitName, Mediator mediator,
        List<Party> parties, Guide<MediationStatus> guide, ConfirmationWindow window, TrackedDeadline deadline,
        List<Mediator> mediators, LocalDate today) {

    public MediationCaseOverview {
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
    }
}
