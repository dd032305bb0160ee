package org.fazhi.reconsideration;

import java.util.List;
import org.fazhi.reconsideration.internal.CaseFacts;
import org.fazhi.reconsideration.internal.CaseFactsReader;
import org.fazhi.reconsideration.internal.CaseProcedure;
import org.fazhi.reconsideration.internal.ReconsiderationRules;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the law asks next of a case, and for every step the acting user could take whether it is
 * allowed now or the reason it would be refused — from the same facts and gates the steps check.
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
        ReconsiderationCase c = f.c();
        return switch (c.status()) {
            case RECEIVED -> {
                if (f.reviewDue() != null && f.today().isAfter(f.reviewDue())) {
                    yield Next.of("reconsideration.next.deemed", f.reviewDue(), ReconsiderationRules.ACCEPTANCE_REVIEW);
                }
                if (!c.window().ok()) {
                    yield Next.of("reconsideration.next.refuse-late", c.window().due(), c.window().ruleId());
                }
                yield Next.of("reconsideration.next.review", f.reviewDue() == null ? "-" : f.reviewDue());
            }
            case AWAITING_CORRECTION -> Next.of("reconsideration.next.correction",
                    f.correction() == null ? "-" : f.correction().dueDate());
            case ACCEPTED -> accepted(f);
            case SUSPENDED -> suspended(f);
            default -> Next.of("reconsideration.next.closed." + c.status().name());
        };
    }

    private static Next accepted(CaseFacts f) {
        ReconsiderationCase c = f.c();
        Object decisionDue = f.decision() == null ? "-" : f.decision().dueDate();
        if (c.answer().copySentOn() == null) {
            return Next.of("reconsideration.next.send-copy", decisionDue);
        }
        if (c.answer().receivedOn() == null && f.answer() != null && !f.today().isAfter(f.answer().dueDate())) {
            return Next.of("reconsideration.next.await-answer", f.answer().dueDate());
        }
        if (f.pendingHearing().isPresent()) {
            return Next.of("reconsideration.next.hold-hearing", f.pendingHearing().get().date());
        }
        if (!f.simplified() && !f.partiesHeard()) {
            return Next.of("reconsideration.next.hear-parties", decisionDue);
        }
        return Next.of("reconsideration.next.decide", decisionDue);
    }

    private static Next suspended(CaseFacts f) {
        ReconsiderationCase c = f.c();
        if (f.normdocOpen()) {
            return Next.of("reconsideration.next.normdoc");
        }
        if (c.suspensionGround() == SuspensionGround.NORMDOC_REVIEW) {
            return Next.of("reconsideration.next.resume");
        }
        if (c.suspensionGround() != null && c.suspensionGround().terminatesAfterSixtyDays() && f.suspension() != null
                && f.today().isAfter(f.suspension().dueDate())) {
            return Next.of("reconsideration.next.terminate-suspended", f.suspension().dueDate(),
                    ReconsiderationRules.SUSPENSION_TERMINATION);
        }
        return Next.of("reconsideration.next.suspended", c.suspendedOn());
    }
}
