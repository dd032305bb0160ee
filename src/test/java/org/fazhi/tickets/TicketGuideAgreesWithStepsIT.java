package org.fazhi.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.fazhi.tickets.internal.TicketProcedure;
import org.fazhi.tickets.internal.TicketProcedure.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide of a ticket never disagrees with the steps: for tickets in every state, every step and users of
 * every standing (the dispatcher, the handling unit's clerk and its 法治办, a leader, another unit's clerk), "the
 * guide says allowed" holds exactly when the step succeeds with valid input, and a refused step is refused with
 * the guide's reason. Each step runs in a transaction rolled back afterwards.
 */
@FazhiIT
class TicketGuideAgreesWithStepsIT extends TicketsTestBase {

    @Autowired
    TransactionTemplate transactions;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);
    }

    @Test
    void forEveryTicketStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        on("2026-06-01");
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("new", called(TicketType.COMPLAINT, "待交办").id());
        Ticket overdue = assigned(TicketType.HELP, "已超期");
        on("2026-06-15");
        byState.put("handling complaint", assigned(TicketType.COMPLAINT, "办理中").id());
        byState.put("handling petition", assigned(TicketType.PETITION, "信访办理中").id());
        byState.put("overdue", overdue.id());
        long paused = assigned(TicketType.COMPLAINT, "中止").id();
        as(fx.clerk(), () -> tickets.pause(paused, new TicketPauseRequest("送检", today(), null)));
        byState.put("paused", paused);
        long replied = assigned(TicketType.COMPLAINT, "已答复").id();
        as(fx.clerk(), () -> tickets.reply(replied, new TicketReplyRequest("已处理", today(), null)));
        byState.put("replied", replied);
        long rehandled = assigned(TicketType.COMPLAINT, "重办后答复").id();
        as(fx.clerk(), () -> tickets.reply(rehandled, new TicketReplyRequest("已处理", today(), null)));
        as(TicketsFixture.DISPATCHER, () -> tickets.rate(rehandled,
                new TicketRatingRequest(Satisfaction.DISSATISFIED, null, null)));
        as(fx.clerk(), () -> tickets.reply(rehandled, new TicketReplyRequest("再次处理", today(), null)));
        byState.put("replied after re-handling", rehandled);
        long closed = assigned(TicketType.HELP, "已办结").id();
        as(fx.clerk(), () -> tickets.reply(closed, new TicketReplyRequest("已答复", today(), null)));
        as(TicketsFixture.DISPATCHER, () -> tickets.rate(closed,
                new TicketRatingRequest(Satisfaction.SATISFIED, null, null)));
        byState.put("closed", closed);

        List<String> users = List.of(TicketsFixture.DISPATCHER, fx.clerk(), fx.second(), fx.leader(), fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : byState.entrySet()) {
            long id = entry.getValue();
            for (String user : users) {
                Guide<?> g;
                try {
                    g = as(user, () -> guide.of(id));
                } catch (NotFoundException e) {
                    g = null;
                }
                for (Step step : TicketProcedure.PEOPLE_STEPS) {
                    Outcome outcome = take(user, attempt(id, step));
                    String where = entry.getKey() + " / " + Procedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(Procedure.name(step));
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!check.code().startsWith("role")) {
                            disagreements.add(where + "forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!"refused".equals(outcome.kind()) || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(10);
        assertThat(disagreements).as("guide and step disagree").isEmpty();
    }

    /**
     * Valid input for each step. The callback's rating takes CLOSE or REOPEN by the rating: REOPEN is a
     * dissatisfied rating that must send the ticket back, and one that closes it instead is the refusal of
     * TK-04 (re-handled once).
     */
    private Supplier<Object> attempt(long id, Step step) {
        return switch (step) {
            case ASSIGN -> () -> tickets.assign(id, new TicketAssignmentRequest(TicketType.COMPLAINT, fx.dept(), null));
            case TRANSFER -> () -> tickets.transfer(id, new TicketTransferRequest(fx.other(), "属于邻局职责", null));
            case PAUSE -> () -> tickets.pause(id, new TicketPauseRequest("送检", today(), null));
            case RESUME -> () -> tickets.resume(id, new TicketResumeRequest(today(), null));
            case REPLY -> () -> tickets.reply(id, new TicketReplyRequest("答复", today(), null));
            case CLOSE -> () -> tickets.rate(id, new TicketRatingRequest(Satisfaction.SATISFIED, null, null));
            case REOPEN -> () -> {
                Ticket t = tickets.rate(id, new TicketRatingRequest(Satisfaction.DISSATISFIED, null, null));
                if (t.status() == TicketStatus.CLOSED) {
                    throw new RefusedException("rehandled-once", "tickets.refused.rehandled-once");
                }
                return t;
            };
            case URGE -> () -> tickets.urge(id, new TicketUrgeRequest("请尽快办理"));
        };
    }

    private Outcome take(String user, Supplier<Object> step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                step.get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return new Outcome("refused", e.code());
            } catch (InvalidInputException e) {
                return new Outcome("invalid", e.fieldProblems().toString());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            }
        }));
    }
}
