package org.fazhi.enforcement;

import java.util.List;
import org.fazhi.enforcement.internal.CaseFacts;
import org.fazhi.enforcement.internal.CaseFactsReader;
import org.fazhi.enforcement.internal.CaseProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the law asks next of a case, and for every step the acting user could take whether it is
 * allowed now or the reason it would be refused — computed by the procedure from the same facts and
 * gates the steps check, so the page never offers what the step refuses.
 */
@Service
@Transactional(readOnly = true)
public class CaseGuide {

    private final CaseFactsReader facts;

    CaseGuide(CaseFactsReader facts) {
        this.facts = facts;
    }

    /** The guide of a case the actor may see (404 otherwise). */
    public Guide<CaseStatus> of(long id) {
        return of(facts.read(id));
    }

    public Guide<CaseStatus> of(CaseFacts f) {
        Next next = next(f);
        return new Guide<>(f.status(), next.key(), next.args(),
                CaseProcedure.PROCEDURE.checks(f, CaseProcedure.PEOPLE_STEPS));
    }

    private record Next(String key, List<Object> args) {

        static Next of(String key, Object... args) {
            return new Next(key, List.of(args));
        }
    }

    private static Next next(CaseFacts f) {
        EnforcementCase c = f.c();
        Object due = f.decisionDeadline().map(d -> (Object) d.dueDate()).orElse("-");
        return switch (c.status()) {
            case INVESTIGATING -> investigating(f, due);
            case NOTIFIED -> notified(f, due);
            case IN_REVIEW -> Next.of("enforcement.next.in-review", f.reviews().stream()
                    .filter(r -> r.status().isOpen()).map(r -> r.dueOn() == null ? (Object) "-" : (Object) r.dueOn())
                    .findFirst().orElse("-"));
            case REVIEWED -> f.reviewGate().passed() ? beforeDecision(f, due)
                    : Next.of("enforcement.next.review-" + f.reviewGate().code());
            case DECIDED -> Next.of("enforcement.next.serve", c.decisionNo());
            case SERVED -> c.outcome() != null && c.outcome().executable()
                    && (c.penaltyType() == null || !c.penaltyType().executedOnService())
                    ? Next.of("enforcement.next.execute") : Next.of("enforcement.next.close");
            case EXECUTED -> Next.of("enforcement.next.close");
            case CLOSED -> f.missingStages().isEmpty() ? Next.of("enforcement.next.archive")
                    : Next.of("enforcement.next.complete-record", String.join(", ",
                            f.missingStages().stream().map(Enum::name).toList()));
            case ARCHIVED -> Next.of("enforcement.next.archived");
        };
    }

    private static Next investigating(CaseFacts f, Object due) {
        EnforcementCase c = f.c();
        if (f.exemption().isPresent() && (c.proposedOutcome() == null || f.adverseProposal())) {
            return Next.of("enforcement.next.exempt", f.exemption().get().description());
        }
        if (c.proposedOutcome() == null) {
            return Next.of("enforcement.next.investigate", due);
        }
        if (f.penaltyCase() || f.adverseProposal()) {
            return Next.of("enforcement.next.notify", due);
        }
        return beforeDecision(f, due);
    }

    private static Next notified(CaseFacts f, Object due) {
        EnforcementCase c = f.c();
        if (c.hearingRequestedOn() != null && c.hearingOn() == null) {
            return Next.of("enforcement.next.schedule-hearing");
        }
        if (c.hearingRequestedOn() != null && c.hearingHeldOn() == null) {
            return Next.of("enforcement.next.hold-hearing", c.hearingOn());
        }
        if (!f.partyWindowOver()) {
            return Next.of("enforcement.next.party-window", f.partyWindowEnds());
        }
        return beforeDecision(f, due);
    }

    private static Next beforeDecision(CaseFacts f, Object due) {
        if (f.reviewRequired() && !f.reviewGate().passed()) {
            return Next.of("enforcement.next.submit-for-review");
        }
        if (f.discussionRequired() && f.c().discussedOn() == null) {
            return Next.of("enforcement.next.discuss");
        }
        return Next.of("enforcement.next.decide", due);
    }
}
