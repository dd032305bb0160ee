package org.fazhi.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.fazhi.normdocs.domain.NormdocsFixture;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.review.ReviewType;
import org.fazhi.review.internal.ReviewProcedure;
import org.fazhi.review.internal.ReviewProcedure.Step;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewer's page and the desk's steps never disagree: for requests in every state (received,
 * awaiting materials, concluded, withdrawn), every step on the page and users of every standing (the
 * desk's reviewer, the submitting drafter, the county 法治办, a leader, a reviewer of another unit),
 * the page offers a step exactly when it succeeds with valid input, and a refusal gives the page's
 * reason. Each step runs in a transaction that is rolled back.
 */
@FazhiIT
class ReviewGuideAgreesWithStepsIT {

    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime());

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    TransactionTemplate transactions;

    private NormdocsFixture fx;
    private LegalAdviser adviser;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void forEveryStateStepAndUserThePageOffersAStepExactlyWhenItSucceeds() {
        clock.setDate(LocalDate.of(2025, 9, 26));
        fx = NormdocsFixture.create(ctx);
        adviser = fx.adviser(ctx, "顾问", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        Map<String, LegalityReview> requests = new LinkedHashMap<>();
        requests.put("received", submit("收到"));
        LegalityReview waiting = submit("待补材料");
        clock.setDate(LocalDate.of(2025, 9, 29));
        as(fx.reviewer(), () -> reviews.requestMaterials(waiting.id(), "请补充制定依据"));
        requests.put("awaiting materials", waiting);
        LegalityReview lawful = submit("合法");
        as(fx.reviewer(), () -> reviews.conclude(lawful.id(), conclusion(ReviewOutcome.LAWFUL, List.of())));
        requests.put("concluded lawful", lawful);
        LegalityReview changes = submit("修改后合法");
        as(fx.reviewer(), () -> reviews.conclude(changes.id(),
                conclusion(ReviewOutcome.LAWFUL_WITH_CHANGES, List.of("删除第三条。"))));
        requests.put("concluded with changes", changes);
        LegalityReview withdrawn = submit("撤回");
        as(fx.drafter(), () -> reviews.withdraw(withdrawn.id(), "文本需重写"));
        requests.put("withdrawn", withdrawn);

        List<String> users = List.of(fx.reviewer(), fx.drafter(), "fzb", "lingdao", fx.outsideReviewer());
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : requests.entrySet()) {
            long id = entry.getValue().id();
            for (String user : users) {
                Guide<ReviewStatus> g = guideAs(user, id);
                for (Step step : ReviewProcedure.PAGE_STEPS) {
                    String outcome = take(user, entry.getValue(), step);
                    String where = entry.getKey() + " / " + Procedure.name(step) + " / " + user + ": ";
                    if (g == null) {
                        if (!outcome.equals("not-found") && !outcome.equals("forbidden")) {
                            disagreements.add(where + "page 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(Procedure.name(step));
                    if (check.allowed()) {
                        allowed++;
                        if (!outcome.equals("done")) {
                            disagreements.add(where + "page offered it but the step gave " + outcome);
                        }
                    } else if (!outcome.equals("refused:" + check.code())) {
                        disagreements.add(where + "page said " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("page and step disagree").isEmpty();
        assertThat(allowed).as("allowed combinations exercised").isGreaterThanOrEqualTo(6);
    }

    private LegalityReview submit(String title) {
        long n = SUBJECTS.incrementAndGet();
        ReviewSubject subject = new ReviewSubject("reviewtest", "text", "g" + n, title, n, 1, "0".repeat(64), null);
        return as(fx.drafter(), () -> reviews.submit(new SubmissionRequest(ReviewType.NORMATIVE_DOCUMENT, subject,
                fx.town(), fx.town())));
    }

    private static ConclusionRequest conclusion(ReviewOutcome outcome, List<String> changes) {
        return new ConclusionRequest(outcome, "经审核，" + outcome + "。", changes, "领导交办，急需出台");
    }

    private Guide<ReviewStatus> guideAs(String user, long id) {
        try {
            return as(user, () -> reviews.guide(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    private String take(String user, LegalityReview r, Step step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                attempt(r, step).get();
                return "done";
            } catch (RefusedException e) {
                return "refused:" + e.code();
            } catch (AccessDeniedException e) {
                return "forbidden";
            } catch (NotFoundException e) {
                return "not-found";
            }
        }));
    }

    private Supplier<Object> attempt(LegalityReview r, Step step) {
        long id = r.id();
        return switch (step) {
            case CONCLUDE -> () -> reviews.conclude(id, conclusion(ReviewOutcome.LAWFUL, List.of()));
            case CONSULT_ADVISER -> () -> reviews.consult(id, adviser.id(), LocalDate.now(clock), "同意审核意见。");
            case REQUEST_MATERIALS -> () -> reviews.requestMaterials(id, "请补充起草说明");
            case RECEIVE_MATERIALS -> () -> reviews.materialsReceived(id);
            case WITHDRAW -> () -> reviews.withdraw(id, "不再送审");
            case ANSWER_CHANGE -> () -> reviews.markChangeMade(id, 1, r.subject().versionId() + 1, "已删除");
        };
    }

    private <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }
}
