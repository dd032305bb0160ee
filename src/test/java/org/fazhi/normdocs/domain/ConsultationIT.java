package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.CommentRequest;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewedText;
import org.fazhi.shared.RefusedException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.ReviewStatus;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * Public consultation (SD-01): at least 7 working days on the official calendar, no earlier close,
 * no shorter window; comments tied to their version, each answered before the document moves on;
 * a document affecting rights and duties is consulted before review.
 */
@FazhiIT
class ConsultationIT extends NormdocsTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    List<ReviewTextSource> sources;


    /**
     * 2025-09-30 (Tue) + 7 working days, by hand from the 2025 notice: 10-01..10-08 are the National
     * Day and Mid-Autumn holidays; 10-09 (Thu) 1, 10-10 (Fri) 2, 10-11 (Sat, make-up working day) 3,
     * 10-12 (Sun) rest, 10-13 4, 10-14 5, 10-15 6, 10-16 (Thu) 7.
     */
    static final LocalDate OPENED = LocalDate.of(2025, 9, 30);
    static final LocalDate EARLIEST = LocalDate.of(2025, 10, 16);

    private CommentRequest comment(String text) {
        return new CommentRequest(null, "zhang@example.com", null, text);
    }

    @Test
    void theWindowLastsSevenWorkingDaysOnTheOfficialCalendarAcrossNationalDay() {
        assertThat(consultations.earliestClose(OPENED)).isEqualTo(EARLIEST);

        on(OPENED);
        NormativeDocument d = draft("国庆期间征求意见文件", true);
        refused(() -> as(fx.drafter(), () -> consultations.open(d.id(), EARLIEST.minusDays(1))), "window-too-short");
        assertThat(as(fx.drafter(), () -> consultations.ofDocument(d.id()))).isEmpty();
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.DRAFTING);

        PublicConsultation c = as(fx.drafter(), () -> consultations.open(d.id(), EARLIEST));
        assertThat(c.openedOn()).isEqualTo(OPENED);
        assertThat(c.earliestClose()).isEqualTo(EARLIEST);
        assertThat(c.versionId()).isEqualTo(d.currentVersionId());

        on(EARLIEST.minusDays(1));
        refused(() -> as(fx.drafter(), () -> consultations.close(d.id())), "consultation-too-early");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.CONSULTING);
        assertThat(as(fx.drafter(), () -> consultations.ofDocument(d.id())).get(0).open()).isTrue();

        // "not less than 7 working days" runs to the end of the 7th: closing during it is refused too
        on(EARLIEST);
        assertThatThrownBy(() -> as(fx.drafter(), () -> consultations.close(d.id())))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("consultation-too-early");
                    assertThat(e.args()).as("the last day, the number and the rule").containsExactly(EARLIEST, 7,
                            "SD-01");
                });
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.CONSULTING);

        on(EARLIEST.plusDays(1));
        PublicConsultation closed = as(fx.drafter(), () -> consultations.close(d.id()));
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedOn()).isEqualTo(EARLIEST.plusDays(1));
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.DRAFTING);
    }

    @Test
    void commentsAreTakenThroughTheClosingDayAndTheJobClosesTheWindowTheDayAfter() {
        on(OPENED);
        NormativeDocument d = draft("截止日意见文件", true);
        PublicConsultation c = as(fx.drafter(), () -> consultations.open(d.id(), LocalDate.of(2025, 10, 17)));
        assertThat(consultations.openToThePublic()).extracting(PublicConsultation::id).contains(c.id());
        PublicComment first = consultations.comment(c.id(), comment("第一条意见"));
        assertThat(first.versionId()).isEqualTo(d.currentVersionId());

        on(LocalDate.of(2025, 10, 17));
        consultations.closeDue();
        assertThat(reload(d.id()).status()).as("open through its closing day").isEqualTo(DocumentStatus.CONSULTING);
        consultations.comment(c.id(), comment("截止日当天的意见"));

        on(LocalDate.of(2025, 10, 18));
        refused(() -> consultations.comment(c.id(), comment("逾期意见")), "consultation-closed");
        consultations.closeDue();
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.DRAFTING);
        PublicConsultation after = as(fx.drafter(), () -> consultations.ofDocument(d.id())).get(0);
        assertThat(after.closedOn()).isEqualTo(LocalDate.of(2025, 10, 18));
        assertThat(as(fx.drafter(), () -> consultations.comments(d.id()))).hasSize(2);
        notFound(() -> consultations.comment(c.id(), comment("关闭后意见")));
    }

    @Test
    void aDraftNotOpenedToPublicCommentNeedsTheReasonAndTheReviewerReadsIt() {
        on(LocalDate.of(2025, 6, 3));
        invalid(() -> as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                "不征求意见无理由" + fx.tag(), false, "第一条 略。", null, null, " "))), "noConsultationReason",
                "normdocs.no-consultation.reason-required");
        NormativeDocument d = as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                "依法保密文件" + fx.tag(), false, "第一条 略。", null, null, "涉及国家秘密，依法不公开征求意见。")));
        assertThat(d.noConsultationReason()).isEqualTo("涉及国家秘密，依法不公开征求意见。");
        LegalityReview r = submit(d.id());
        ReviewTextSource texts = sources.stream().filter(x -> x.module().equals(NormativeDocument.MODULE)).findFirst()
                .orElseThrow();
        ReviewedText under = as(fx.reviewer(), () -> texts.text(NormativeDocument.SUBJECT.name(),
                String.valueOf(d.id()), r.subject().versionId())).orElseThrow();
        assertThat(under.participationNote()).isEqualTo("涉及国家秘密，依法不公开征求意见。");

        // a draft opened to comment has no such note, and the reason given with it is not kept
        NormativeDocument open = as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                "公开征求意见文件" + fx.tag(), true, "第一条 略。", null, null, "无需理由")));
        assertThat(open.noConsultationReason()).isNull();
        refused(() -> submit(open.id()), "consultation-required");
    }

    @Test
    void aDocumentAffectingRightsCannotGoToReviewWithoutAClosedConsultation() {
        on(LocalDate.of(2025, 6, 3));
        NormativeDocument d = draft("未征求意见文件", true);
        refused(() -> submit(d.id()), "consultation-required");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.DRAFTING);
        assertThat(as(fx.drafter(), () -> documents.reviews(d.id()))).isEmpty();

        as(fx.drafter(), () -> consultations.open(d.id(), LocalDate.of(2025, 6, 30)));
        refused(() -> submit(d.id()), "wrong-status");
        assertThat(as(fx.drafter(), () -> documents.reviews(d.id()))).isEmpty();
    }

    @Test
    void commentsWithoutADispositionBlockReviewAndDeliberation() {
        on(LocalDate.of(2025, 6, 3));
        NormativeDocument d = draft("意见未处理文件", true);
        PublicConsultation c = as(fx.drafter(), () -> consultations.open(d.id(), LocalDate.of(2025, 6, 12)));
        PublicComment a = consultations.comment(c.id(), comment("意见甲"));
        PublicComment b = as(fx.drafter(), () -> consultations.enterComment(d.id(),
                new CommentRequest("李四", "13912345678", "某合作社", "来信意见乙")));
        assertThat(b.source()).isEqualTo(PublicComment.CommentSource.STAFF);

        on(LocalDate.of(2025, 6, 13));
        as(fx.drafter(), () -> consultations.close(d.id()));
        refused(() -> submit(d.id()), "comments-undisposed");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.DRAFTING);

        invalid(() -> as(fx.drafter(), () -> consultations.dispose(a.id(),
                new DispositionRequest(Disposition.NOT_ADOPTED, " "))), "reason", "normdocs.disposition.reason-required");
        invalid(() -> as(fx.drafter(), () -> consultations.dispose(a.id(),
                new DispositionRequest(Disposition.PARTLY_ADOPTED, null))), "reason",
                "normdocs.disposition.reason-required");
        as(fx.drafter(), () -> consultations.dispose(a.id(), new DispositionRequest(Disposition.ADOPTED, null)));
        refused(() -> submit(d.id()), "comments-undisposed");
        as(fx.drafter(), () -> consultations.dispose(b.id(),
                new DispositionRequest(Disposition.NOT_ADOPTED, "与上位法规定不符")));

        AdoptionSummary summary = as(fx.drafter(), () -> consultations.summary(d.id()));
        assertThat(List.of(summary.total(), summary.adopted(), summary.notAdopted(), summary.undisposed()))
                .containsExactly(2, 1, 1, 0);
        AdoptionSummary published = consultations.publishedDispositions(c.id());
        assertThat(published.comments()).allSatisfy(pc -> {
            assertThat(pc.contact()).isNull();
            assertThat(pc.commenterName()).isNull();
            assertThat(pc.organisation()).isNull();
        });
        assertThat(consultations.byReceipt(b.receiptNo()).orElseThrow().contact()).isNull();

        var review = submit(d.id());
        assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
        on(LocalDate.of(2025, 6, 19));
        conclude(review.id(), org.fazhi.review.ReviewOutcome.LAWFUL, List.of());

        // not passed, consulted again on the same (reviewed) version: the new comment blocks deliberation
        as(fx.drafter(), () -> documents.deliberate(d.id(), new DeliberationRequest("镇政府常务会议", today(),
                DeliberationRequest.Decision.NOT_PASSED, "再次征求意见")));
        PublicConsultation again = as(fx.drafter(), () -> consultations.open(d.id(), LocalDate.of(2025, 6, 30)));
        consultations.comment(again.id(), comment("第二轮意见"));
        on(LocalDate.of(2025, 7, 1));
        as(fx.drafter(), () -> consultations.close(d.id()));
        refused(() -> deliberate(d.id()), "comments-undisposed");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.DRAFTING);
    }

    @Test
    void aDocumentThatNeedNotBeConsultedStillAnswersTheCommentsItGot() {
        on(LocalDate.of(2025, 6, 3));
        NormativeDocument d = draft("自愿征求意见文件", false);
        PublicConsultation c = as(fx.drafter(), () -> consultations.open(d.id(), LocalDate.of(2025, 6, 12)));
        consultations.comment(c.id(), comment("自愿征求的意见"));
        on(LocalDate.of(2025, 6, 13));
        as(fx.drafter(), () -> consultations.close(d.id()));
        refused(() -> submit(d.id()), "comments-undisposed");
    }

    @Test
    void withdrawingADocumentClosesItsWindowAndWithdrawsItsReview() {
        on(LocalDate.of(2025, 6, 3));
        NormativeDocument consulting = draft("征求意见中终止文件", true);
        PublicConsultation c = as(fx.drafter(), () -> consultations.open(consulting.id(), LocalDate.of(2025, 6, 20)));
        as(fx.drafter(), () -> documents.withdraw(consulting.id(), "上位法已修改，停止制定"));
        assertThat(reload(consulting.id()).status()).isEqualTo(DocumentStatus.WITHDRAWN);
        assertThat(consultations.openToThePublic()).extracting(PublicConsultation::id).doesNotContain(c.id());
        notFound(() -> consultations.comment(c.id(), comment("终止后的意见")));

        NormativeDocument reviewing = draft("审核中终止文件", false);
        var review = submit(reviewing.id());
        as(fx.drafter(), () -> documents.withdraw(reviewing.id(), "停止制定"));
        assertThat(reload(reviewing.id()).status()).isEqualTo(DocumentStatus.WITHDRAWN);
        assertThat(as(fx.reviewer(), () -> reviews.get(review.id())).status()).isEqualTo(ReviewStatus.WITHDRAWN);
        assertThat(as(fx.reviewer(), () -> reviews.queue())).extracting(r -> r.id()).doesNotContain(review.id());
        refused(() -> as(fx.drafter(), () -> documents.withdraw(reviewing.id(), "再次终止")), "wrong-status");
    }
}
