package org.fazhi.disputes;

import java.time.LocalDate;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/**
 * A petition's page in one read: the petition (masked), its unit, the guide, the acceptance and handling
 * deadlines on the 督办台, the petitioner's review window once replied, and today.
 */
public record PetitionOverview(Petition petition, String unitName, Guide<PetitionStatus> guide,
        TrackedDeadline acceptanceDeadline, TrackedDeadline handlingDeadline, ReviewWindow reviewWindow,
        LocalDate today) {
}
