package org.fazhi.disputes;

import java.util.List;
import org.fazhi.disputes.internal.ConfirmationWindows;
import org.fazhi.disputes.internal.MediationFacts;
import org.fazhi.disputes.internal.MediationFactsReader;
import org.fazhi.disputes.internal.MediationProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the law asks next of a mediation case, and for every step whether the acting user may take it now
 * or why not — from the same facts and gates the steps check ({@code internal.MediationProcedure}).
 */
@Service
@Transactional(readOnly = true)
public class MediationGuide {

    private final MediationFactsReader facts;
    private final ConfirmationWindows windows;

    MediationGuide(MediationFactsReader facts, ConfirmationWindows windows) {
        this.facts = facts;
        this.windows = windows;
    }

    /** The guide of a case the actor may see (404 otherwise). */
    public Guide<MediationStatus> of(long id) {
        return of(facts.read(id));
    }

    public Guide<MediationStatus> of(MediationFacts f) {
        MediationCase c = f.mediationCase();
        String key;
        List<Object> args = List.of();
        switch (c.status()) {
            case RECEIVED -> {
                if (!f.bothSides()) {
                    key = "disputes.next.add-parties";
                } else if (f.refusingParty().isPresent()) {
                    key = "disputes.next.refused-decline";
                } else {
                    key = "disputes.next.screen";
                }
            }
            case MEDIATING -> key = f.refusingParty().isPresent() ? "disputes.next.refused-fail" : "disputes.next.mediate";
            case AGREED -> {
                ConfirmationWindow w = windows.of(c);
                if (c.confirmationOutcome() == null) {
                    key = w.openOn(f.today()) ? "disputes.next.window-open" : "disputes.next.window-closed";
                    args = List.of(w.lastDay());
                } else if (c.fulfilledOn() == null) {
                    key = "disputes.next.fulfilment";
                } else {
                    key = "disputes.next.agreed-done";
                }
            }
            case FAILED -> key = "disputes.next.failed";
            default -> key = "disputes.next.declined";
        }
        return new Guide<>(c.status(), key, args, MediationProcedure.PROCEDURE.checks(f, MediationProcedure.PEOPLE_STEPS));
    }
}
