package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.lists.internal.ListProcedure;
import org.fazhi.lists.internal.ListProcedure.Step;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide on a list version's page and the steps never disagree: for versions in every state (and
 * the states the gates tell apart: empty, public comment owed, running, run, or with a comment unanswered, reviewed lawful, with changes or
 * unlawful, revised after a lawful review), every step a person takes and users of every standing (the
 * department's keeper, the county 法治办 above it, the desk's reviewer, a leader, another department's
 * keeper), "the guide says allowed" holds exactly when the step succeeds with valid input, and a refused
 * step is refused with the guide's reason. Each step runs in a transaction rolled back afterwards.
 */
@FazhiIT
class ListGuideAgreesWithStepsIT extends ListsTestBase {

    @Autowired
    ListGuide guide;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PublicConsultations participation;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);

        static Outcome refused(String code) {
            return new Outcome("refused", code);
        }
    }

    @Test
    void forEveryStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        Map<String, ListVersion> versions = versionsInEveryState();
        List<String> users = List.of(fx.keeper(), "fzb", "shencha", "lingdao", fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : versions.entrySet()) {
            long id = entry.getValue().id();
            for (String user : users) {
                Guide<ListVersionStatus> g = guideAs(user, id);
                for (Step step : ListProcedure.PEOPLE_STEPS) {
                    Outcome outcome = take(user, id, step);
                    String where = entry.getKey() + " / " + ListProcedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(ListProcedure.name(step));
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "step forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!outcome.kind().equals("refused") || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("guide and step disagree").isEmpty();
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(15);
    }

    private Map<String, ListVersion> versionsInEveryState() {
        Map<String, ListVersion> v = new LinkedHashMap<>();
        v.put("drafting, empty", draft(unit("空"), 0, false));
        v.put("drafting, participation owed", draft(unit("待参与"), 1, true));
        ListVersion reviewing = draft(unit("审核中"), 1, false);
        submit(reviewing.id());
        v.put("reviewing", reload(reviewing.id()));
        v.put("reviewed lawful", lawful(draft(unit("合法"), 1, false).id()));
        ListVersion changes = draft(unit("修改后合法"), 1, false);
        conclude(submit(changes.id()).id(), ReviewOutcome.LAWFUL_WITH_CHANGES, List.of("补充依据条款"));
        v.put("reviewed, changes required", reload(changes.id()));
        ListVersion unlawful = draft(unit("不合法"), 1, false);
        conclude(submit(unlawful.id()).id(), ReviewOutcome.UNLAWFUL, List.of());
        v.put("reviewed unlawful", reload(unlawful.id()));
        ListVersion revised = lawful(draft(unit("退回"), 1, false).id());
        as(fx.keeper(), () -> lists.revise(revised.id(), null));
        v.put("drafting after a lawful review", reload(revised.id()));
        ListVersion published = lawful(draft(unit("已公布"), 1, false).id());
        publish(published.id(), today());
        v.put("published", reload(published.id()));
        ListVersion withdrawn = draft(unit("已撤回"), 1, false);
        as(fx.keeper(), () -> lists.withdraw(withdrawn.id(), new ListWithdrawalRequest("不再调整", null)));
        v.put("withdrawn", reload(withdrawn.id()));
        // the states that need time: a window run to its end, and a comment left unanswered after it
        ListVersion ran = draft(unit("征求意见期满"), 1, true);
        as(fx.keeper(), () -> lists.openConsultation(ran.id(), new ListConsultationRequest(
                lists.earliestClose(today()), null, null)));
        ListVersion unanswered = draft(unit("意见未答复"), 1, true);
        PublicConsultation window = as(fx.keeper(), () -> lists.openConsultation(unanswered.id(),
                new ListConsultationRequest(lists.earliestClose(today()), null, null)));
        participation.comment(window.id(), new CommentRequest(null, "13800000001", null, "建议补充办理时限。"));
        clock.setDate(lists.earliestClose(today()).plusDays(1));
        as(fx.keeper(), () -> lists.closeConsultation(unanswered.id(), null));
        v.put("consulting, window run", reload(ran.id()));
        ListVersion fresh = draft(unit("征求意见中"), 1, true);
        as(fx.keeper(), () -> lists.openConsultation(fresh.id(), new ListConsultationRequest(
                lists.earliestClose(today()), null, null)));
        v.put("consulting, window not run", reload(fresh.id()));
        v.put("drafting, consulted, a comment unanswered", reload(unanswered.id()));
        assertThat(v.values()).extracting(ListVersion::status).contains(ListVersionStatus.values());
        return v;
    }

    private Guide<ListVersionStatus> guideAs(String user, long id) {
        try {
            return as(user, () -> guide.of(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Outcome take(String user, long id, Step step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                attempt(id, step).get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return Outcome.refused(e.code());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            }
        }));
    }

    private Supplier<Object> attempt(long id, Step step) {
        return switch (step) {
            case EDIT -> () -> lists.addEntry(id, power(code("G"), "引导一致性检查事项"));
            case OPEN_CONSULTATION -> () -> lists.openConsultation(id, new ListConsultationRequest(
                    lists.earliestClose(today()), null, null));
            case CLOSE_CONSULTATION -> () -> lists.closeConsultation(id, null);
            case SUBMIT_FOR_REVIEW -> () -> lists.submitForReview(id, null);
            case REVISE -> () -> lists.revise(id, null);
            case PUBLISH -> () -> lists.publish(id, new ListPublicationRequest(today().plusDays(1), null));
            case WITHDRAW -> () -> lists.withdraw(id, new ListWithdrawalRequest("不再调整", null));
            default -> throw new IllegalArgumentException("not a step people take: " + step);
        };
    }
}
