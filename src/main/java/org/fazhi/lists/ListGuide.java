package org.fazhi.lists;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.lists.internal.ListFacts;
import org.fazhi.lists.internal.ListFactsReader;
import org.fazhi.lists.internal.ListProcedure;
import org.fazhi.lists.internal.ListProcedure.Step;
import org.fazhi.lists.internal.ListStore;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What comes next for a version of a list, and for every step the acting user could take whether it
 * is allowed now or why not — from the same facts and gates the steps check.
 */
@Service
@Transactional(readOnly = true)
public class ListGuide {

    private final ListFactsReader facts;
    private final ListStore store;

    ListGuide(ListFactsReader facts, ListStore store) {
        this.facts = facts;
        this.store = store;
    }

    /** The guide of a version the actor may see (404 otherwise). */
    public Guide<ListVersionStatus> of(long versionId) {
        return of(facts.read(versionId));
    }

    /** The guide on facts already gathered. */
    public Guide<ListVersionStatus> of(ListFacts f) {
        ListVersion v = f.version();
        String key;
        List<Object> args = List.of();
        switch (v.status()) {
            case DRAFTING -> {
                if (v.itemCount() == 0) {
                    key = "lists.next.add-items";
                } else if (v.participationRequired() && !f.consulted()) {
                    key = "lists.next.participation";
                } else if (f.undisposed() > 0) {
                    key = "lists.next.dispose";
                    args = List.of(String.valueOf(f.undisposed()));
                } else if (ListProcedure.PROCEDURE.refusal(Step.PUBLISH, f).isEmpty()) {
                    key = "lists.next.publish";
                } else {
                    key = "lists.next.submit-for-review";
                }
            }
            case CONSULTING -> {
                var open = f.openConsultation().orElse(null);
                if (open != null && !f.today().isAfter(open.earliestClose())) {
                    key = "lists.next.consulting";
                    args = List.of(open.closesOn(), open.earliestClose());
                } else {
                    key = "lists.next.close-consultation";
                    args = List.of(open == null ? f.today() : open.closesOn());
                }
            }
            case REVIEWING -> {
                key = "lists.next.reviewing";
                args = List.of(f.openReview().map(r -> (Object) r.dueOn()).orElse("-"));
            }
            case REVIEWED -> {
                ReviewOutcome outcome = f.lastConcluded().map(r -> r.outcome()).orElse(null);
                key = outcome == ReviewOutcome.LAWFUL ? "lists.next.publish"
                        : outcome == ReviewOutcome.UNLAWFUL ? "lists.next.revise-unlawful" : "lists.next.revise-changes";
            }
            case PUBLISHED -> {
                LocalDate today = f.today();
                var inForce = store.inForce(v.listId(), today);
                if (v.effectiveDate().isAfter(today)) {
                    key = "lists.next.takes-effect";
                    args = List.of(v.effectiveDate());
                } else if (inForce.isPresent() && inForce.get().id() == v.id()) {
                    key = "lists.next.in-force";
                    args = List.of(v.effectiveDate());
                } else {
                    key = "lists.next.superseded";
                    args = List.of(inForce.map(x -> (Object) x.versionNo()).orElse("-"));
                }
            }
            default -> key = "lists.next.withdrawn";
        }
        return new Guide<>(v.status(), key, args, ListProcedure.PROCEDURE.checks(f, ListProcedure.PEOPLE_STEPS));
    }
}
