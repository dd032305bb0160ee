package org.fazhi.litigation;

import java.util.List;
import org.fazhi.litigation.internal.LitigationFacts;
import org.fazhi.litigation.internal.LitigationProcedure;
import org.fazhi.litigation.internal.LitigationSteps;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What comes next in a suit, and for each step whether the actor may take it now or why not. */
@Service
@Transactional(readOnly = true)
public class LitigationGuide {

    private final LitigationSteps steps;

    LitigationGuide(LitigationSteps steps) {
        this.steps = steps;
    }

    public Guide<LitigationStatus> of(long id) {
        return of(steps.read(id));
    }

    public Guide<LitigationStatus> of(LitigationFacts f) {
        LitigationCase c = f.c();
        String key;
        List<Object> args = List.of();
        switch (c.status()) {
            case PENDING -> {
                if (c.answerSubmittedOn() == null && c.complaintReceivedOn() != null) {
                    key = "litigation.next.defence";
                } else if (f.pendingHearing().isPresent()) {
                    key = "litigation.next.hearing";
                    args = List.of(f.pendingHearing().get().date());
                } else {
                    key = "litigation.next.judgment";
                }
            }
            case JUDGED -> {
                key = f.appealable() ? "litigation.next.appeal-or-effect" : "litigation.next.effect";
                args = List.of(f.appealDue() == null ? "-" : f.appealDue());
            }
            case EFFECTIVE -> key = Boolean.TRUE.equals(c.judgment().requiresPerformance())
                    ? "litigation.next.fulfil" : "litigation.next.close";
            case APPEALED -> key = "litigation.next.appealed";
            default -> key = "litigation.next.closed";
        }
        return new Guide<>(c.status(), key, args, LitigationProcedure.PROCEDURE.checks(f, LitigationProcedure.PEOPLE_STEPS));
    }
}
