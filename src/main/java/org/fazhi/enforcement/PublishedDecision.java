package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A decision as published (执法决定公示): the agency, kind, decision number and date, the party as the
 * public may read it (an organisation by name; a natural person only as such, every identifier
 * removed), the cause and the outcome, the public text; and, once withdrawn (PN-03), when and why.
 */
public record PublishedDecision(Long id, Long caseId, Long agencyId, String agency, ActionKind kind,
        String decisionNo, LocalDate decidedOn, LocalDate publishedOn, String partyLabel, String cause,
        String outcomeText, String publicText, LocalDate withdrawnOn, String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
