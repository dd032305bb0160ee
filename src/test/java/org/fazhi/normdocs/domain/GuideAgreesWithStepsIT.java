package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.participation.CommentRequest;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DocumentGuide;
import org.fazhi.normdocs.DocumentNumbers;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.CorrectionRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.FilingReviewRequest;
import org.fazhi.normdocs.FilingReviewResult;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.Supersession;
import org.fazhi.normdocs.SupersessionRequest;
import org.fazhi.normdocs.Supersessions;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.normdocs.internal.DocumentProcedure;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
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
 * The guide on the document page and the steps never disagree: for documents in every state (and in
 * the states a gate distinguishes: consulted or not, comments answered or not, review passed, failed
 * or with changes pending, filed or not, in force or repealed), for every step a person takes and
 * for users of every standing (the drafting office, the county 法治办 that registers, the desk's
 * reviewer, a leader, a reviewer of another unit), "the guide says allowed" holds exactly when the
 * step succeeds with valid input, and a refused step is refused with the guide's reason. Each step
 * is taken in a transaction that is rolled back, so every combination starts from the same state.
 */
@FazhiIT
class GuideAgreesWithStepsIT extends NormdocsTestBase {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    @Autowired
    DocumentGuide guide;
    @Autowired
    DocumentNumbers numbers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Supersessions supersessions;

    /** A document in force that any step naming an amended document may name. */
    private NormativeDocument inForce;

    /** What taking a step gave: success, a refusal with its code, no access (403) or not found (404). */
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
        on(START);
        inForce = published("被修改的现行文件");
        Map<String, NormativeDocument> documents = documentsInEveryState();
        List<String> users = List.of(fx.drafter(), "fzb", fx.reviewer(), "lingdao", fx.outsideReviewer());
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        int allowed = 0;
        for (var entry : documents.entrySet()) {
            long id = entry.getValue().id();
            for (String user : users) {
                Guide<DocumentStatus> g = guideAs(user, id);
                for (Step step : DocumentProcedure.PEOPLE_STEPS) {
                    Outcome outcome = take(user, id, step);
                    String name = DocumentProcedure.name(step);
                    String where = entry.getKey() + " / " + name + " / " + user + ": ";
                    checked++;
                    if (g == null) {
                        // outside the user's scope: 404, unless the role alone already forbids the step
                        // (403 for any id, so nothing is learnt about the record)
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(name);
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
        assertThat(checked).isEqualTo(documents.size() * users.size() * DocumentProcedure.PEOPLE_STEPS.size());
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(20);
    }

    /** Documents standing in each state the gates tell apart, built through the real steps. */
    private Map<String, NormativeDocument> documentsInEveryState() {
        Map<String, NormativeDocument> docs = new LinkedHashMap<>();
        docs.put("drafting", draft("起草中", false));
        docs.put("drafting, affects rights, not consulted", draft("未征求意见", true));

        NormativeDocument ran = draft("征求意见期满", true);
        as(fx.drafter(), () -> consultations.open(ran.id(), consultations.earliestClose(today())));

        NormativeDocument unanswered = draft("意见未答复", true);
        var window = as(fx.drafter(), () -> consultations.open(unanswered.id(), consultations.earliestClose(today())));
        consultations.comment(window.id(), new CommentRequest("公众", "13800000000", null, "建议删除第二条。"));

        NormativeDocument reviewing = draft("审核中", false);
        submit(reviewing.id());
        docs.put("reviewing", reload(reviewing.id()));

        NormativeDocument lawful = draft("审核合法", false);
        lawful(lawful.id());
        docs.put("reviewed lawful", reload(lawful.id()));

        NormativeDocument unlawful = draft("审核不合法", false);
        conclude(submit(unlawful.id()).id(), ReviewOutcome.UNLAWFUL, List.of());
        docs.put("reviewed unlawful", reload(unlawful.id()));

        NormativeDocument changes = draft("修改后合法", false);
        conclude(submit(changes.id()).id(), ReviewOutcome.LAWFUL_WITH_CHANGES, List.of("删除第二条。"));
        docs.put("reviewed, changes pending", reload(changes.id()));

        NormativeDocument deliberated = draft("已审议", false);
        lawful(deliberated.id());
        deliberate(deliberated.id());
        docs.put("deliberated", reload(deliberated.id()));

        NormativeDocument registered = draft("已登记", false);
        lawful(registered.id());
        deliberate(registered.id());
        register(registered.id());
        docs.put("registered", reload(registered.id()));

        NormativeDocument identifiers = as(fx.drafter(), () -> documents.create(new org.fazhi.normdocs.DraftRequest(
                fx.body().id(), null, null, "含个人信息" + fx.tag(), false,
                "第一条 联系电话13900001111。", "说明", "依据", "内部工作规范")));
        lawful(identifiers.id());
        deliberate(identifiers.id());
        register(identifiers.id());
        docs.put("registered, text with identifiers, public copy not cleared", reload(identifiers.id()));

        docs.put("published, filing due", published("已公布待备案"));

        NormativeDocument filed = published("已备案");
        as(fx.drafter(), () -> filings.file(filed.id(), filing()));
        docs.put("published, filed", reload(filed.id()));

        NormativeDocument toCorrect = published("备案审查要求纠正");
        as(fx.drafter(), () -> filings.file(toCorrect.id(), filing()));
        as(fx.drafter(), () -> filings.recordReview(toCorrect.id(), new FilingReviewRequest(
                FilingReviewResult.CORRECTION_REQUESTED, today(), "第五条超越权限，请予纠正。")));
        docs.put("published, filed, correction requested", reload(toCorrect.id()));

        NormativeDocument passed = published("备案审查通过");
        as(fx.drafter(), () -> filings.file(passed.id(), filing()));
        as(fx.drafter(), () -> filings.recordReview(passed.id(), new FilingReviewRequest(
                FilingReviewResult.PASSED, today(), null)));
        docs.put("published, filed, review passed", reload(passed.id()));

        NormativeDocument repealed = published("已废止");
        as(fx.drafter(), () -> cleanups.repeal(repealed.id(), "已被新文件替代"));
        docs.put("published, repealed", reload(repealed.id()));

        NormativeDocument withdrawn = draft("已终止", false);
        as(fx.drafter(), () -> documents.withdraw(withdrawn.id(), "上级已出台统一规定"));
        docs.put("withdrawn", reload(withdrawn.id()));

        // the steps are tried after the windows opened at the start have run their minimum period; one
        // window is opened on that day, so it has not
        on(consultations.earliestClose(START).plusDays(1));
        as(fx.drafter(), () -> consultations.close(unanswered.id()));
        docs.put("drafting, consulted, a comment unanswered", reload(unanswered.id()));
        NormativeDocument fresh = draft("新开征求意见", true);
        as(fx.drafter(), () -> consultations.open(fresh.id(), consultations.earliestClose(today())));
        docs.put("consulting, window not run", reload(fresh.id()));
        docs.put("consulting, window run", reload(ran.id()));
        assertThat(docs.values()).extracting(NormativeDocument::status).contains(DocumentStatus.values());
        return docs;
    }

    private Guide<DocumentStatus> guideAs(String user, long id) {
        try {
            return as(user, () -> guide.of(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Takes the step with valid input as {@code user}, in a transaction rolled back afterwards. */
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
        LocalDate today = today();
        return switch (step) {
            case ADD_VERSION -> () -> documents.addVersion(id, new VersionRequest("修订稿", "第一条 修订后的条文。", "说明",
                    "依据", "按意见修改", null, List.of()));
            case OPEN_CONSULTATION -> () -> consultations.open(id, consultations.earliestClose(today));
            case CLOSE_CONSULTATION -> () -> consultations.close(id);
            case SUBMIT_FOR_REVIEW -> () -> documents.submitForReview(id);
            case DELIBERATE -> () -> documents.deliberate(id, new DeliberationRequest("常务会议", today,
                    DeliberationRequest.Decision.PASSED, null));
            case REGISTER -> () -> documents.register(id, numbers.suggest(id));
            case PUBLISH -> () -> documents.publish(id, new PublicationRequest(today, today, null, null));
            case WITHDRAW -> () -> documents.withdraw(id, "不再制定");
            case FILE -> () -> filings.file(id, filing());
            case RECORD_FILING_REVIEW -> () -> filings.recordReview(id, new FilingReviewRequest(
                    FilingReviewResult.CORRECTION_REQUESTED, today, "请予纠正。"));
            case RECORD_CORRECTION -> () -> filings.recordCorrection(id, new CorrectionRequest(today, "已修改第五条并报告。"));
            case EVALUATE -> () -> cleanups.evaluate(id, new Cleanups.EvaluationRequest(today, "评估组", "实施良好",
                    CleanupVerdict.CONTINUE, null));
            case REPEAL -> () -> cleanups.repeal(id, "已被新文件替代");
            case CLEAR_PUBLIC_COPY -> () -> documents.clearPublicCopy(id);
            case NAME_SUPERSEDED -> () -> supersessions.name(id, new SupersessionRequest(inForce.id(),
                    Supersession.Kind.AMENDS));
            default -> throw new IllegalArgumentException("not a step people take: " + step);
        };
    }

    private FilingRequest filing() {
        return new FilingRequest("县人民政府", today(), "BA-1", true, "附件另行报送");
    }
}
