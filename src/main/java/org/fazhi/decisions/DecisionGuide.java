package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.fazhi.decisions.internal.DecisionFacts;
import org.fazhi.decisions.internal.DecisionFactsReader;
import org.fazhi.decisions.internal.DecisionProcedure;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the law asks next of a decision, and for every step the acting user could take whether it is
 * allowed now or why not — from the same facts and gates the steps check — with the procedures its
 * attributes require and where each stands ({@link #procedures}).
 */
@Service
@Transactional(readOnly = true)
public class DecisionGuide {

    private final DecisionFactsReader facts;

    DecisionGuide(DecisionFactsReader facts) {
        this.facts = facts;
    }

    /** The guide of a decision the actor may see (404 otherwise). */
    public Guide<DecisionStatus> of(long id) {
        return of(facts.read(id));
    }

    /** The procedures of a decision the actor may see: required, done, or waived with the reason. */
    public List<ProcedureState> procedures(long id) {
        return facts.read(id).procedures();
    }

    /** The guide on facts already gathered (the page reads them once). */
    public Guide<DecisionStatus> of(DecisionFacts f) {
        Next next = next(f);
        return new Guide<>(f.status(), next.key(), next.args(),
                DecisionProcedure.PROCEDURE.checks(f, DecisionProcedure.PEOPLE_STEPS));
    }

    private record Next(String key, List<Object> args) {

        static Next of(String key, Object... args) {
            return new Next(key, List.of(args));
        }
    }

    private static Next next(DecisionFacts f) {
        LocalDate today = f.today();
        return switch (f.status()) {
            case DRAFTING -> beforeReview(f);
            case CONSULTING -> f.openConsultation().filter(c -> !today.isAfter(c.earliestClose()))
                    .map(c -> Next.of("decisions.next.consulting", c.closesOn(), c.earliestClose()))
                    .orElseGet(() -> Next.of("decisions.next.close-consultation"));
            case REVIEWING -> Next.of("decisions.next.reviewing", f.reviews().stream()
                    .filter(r -> r.status().isOpen()).map(LegalityReview::dueOn).filter(Objects::nonNull).findFirst()
                    .map(Object.class::cast).orElse("-"));
            case REVIEWED -> afterReview(f);
            case TABLED -> Next.of("decisions.next.tabled");
            case DECIDED -> Next.of("decisions.next.publish");
            case IMPLEMENTING -> f.milestones().isEmpty() ? Next.of("decisions.next.add-milestones")
                    : f.openMilestones() > 0 ? Next.of("decisions.next.implementing", String.valueOf(f.openMilestones()))
                    : Next.of("decisions.next.archive");
            case SUSPENDED -> Next.of("decisions.next.suspended");
            case ARCHIVED -> Next.of("decisions.next.archived");
            case STOPPED -> Next.of("decisions.next.stopped");
        };
    }

    private static Next beforeReview(DecisionFacts f) {
        for (ProcedureState p : f.procedures()) {
            if (p.procedure() == RequiredProcedure.LEGALITY_REVIEW
                    || p.procedure() == RequiredProcedure.COLLECTIVE_DECISION) {
                continue;
            }
            if (!p.satisfied()) {
                if (p.procedure() == RequiredProcedure.HEARING && f.activeHearing().isPresent()) {
                    return Next.of("decisions.next.hearing", f.activeHearing().get().hearingDate(),
                            f.activeHearing().get().lastDeliveryDay());
                }
                return Next.of("decisions.next.procedure." + p.procedure().name(), p.procedure().rule());
            }
        }
        if (f.activeHearing().isPresent()) {
            return Next.of("decisions.next.hearing", f.activeHearing().get().hearingDate(),
                    f.activeHearing().get().lastDeliveryDay());
        }
        if (f.undisposed() > 0) {
            return Next.of("decisions.next.dispose", String.valueOf(f.undisposed()));
        }
        if (f.unansweredOpinions() > 0) {
            return Next.of("decisions.next.answer-experts", String.valueOf(f.unansweredOpinions()));
        }
        if (f.latestRisk().map(r -> !r.controllable()).orElse(false)) {
            return Next.of("decisions.next.risk-uncontrollable");
        }
        return afterReview(f);
    }

    private static Next afterReview(DecisionFacts f) {
        if (f.reviewGate().passed()) {
            return Next.of("decisions.next.table");
        }
        return switch (f.reviewGate().code()) {
            case "changes-pending" -> Next.of("decisions.next.answer-changes");
            case "unlawful" -> Next.of("decisions.next.revise-unlawful");
            default -> Next.of("decisions.next.submit-for-review");
        };
    }
}
