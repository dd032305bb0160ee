package org.fazhi.disputes;

import java.util.List;
import org.fazhi.disputes.internal.PetitionFacts;
import org.fazhi.disputes.internal.PetitionFactsReader;
import org.fazhi.disputes.internal.PetitionProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 信访工作条例 asks next of a petition, and for every step whether the acting user may take it
 * now or why not — from the same facts and gates the steps check ({@code internal.PetitionProcedure}).
 */
@Service
@Transactional(readOnly = true)
public class PetitionGuide {

    private final PetitionFactsReader facts;
    private final org.fazhi.deadlines.Deadlines deadlines;

    PetitionGuide(PetitionFactsReader facts, org.fazhi.deadlines.Deadlines deadlines) {
        this.facts = facts;
        this.deadlines = deadlines;
    }

    public Guide<PetitionStatus> of(long id) {
        return of(facts.read(id));
    }

    public Guide<PetitionStatus> of(PetitionFacts f) {
        Petition p = f.petition();
        String key;
        List<Object> args = List.of();
        switch (p.status()) {
            case RECEIVED -> {
                key = "disputes.next.petition-decide";
                args = List.of(p.acceptanceDeadlineId() == null ? "-" : deadlines.find(p.acceptanceDeadlineId())
                        .map(d -> (Object) d.dueDate()).orElse("-"));
            }
            case ACCEPTED -> {
                key = "disputes.next.petition-reply";
                args = List.of(f.handling() == null ? "-" : f.handling().dueDate());
            }
            case NOT_ACCEPTED -> key = "disputes.next.petition-not-accepted";
            case TRANSFERRED -> key = "disputes.next.petition-transferred";
            default -> key = "disputes.next.petition-replied";
        }
        return new Guide<>(p.status(), key, args, PetitionProcedure.PROCEDURE.checks(f, PetitionProcedure.PEOPLE_STEPS));
    }
}
