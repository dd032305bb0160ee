package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.normdocs.VersionRequest.ChangeResponse;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "未经合法性审核或者经审核不合法的，不得提交集体审议": collective deliberation only after a passing
 * review of the current version; registration only after deliberation; publication only after
 * registration. A refused step changes nothing.
 */
@FazhiIT
class DeliberationGateIT extends NormdocsTestBase {

    @BeforeEach
    void standOnAWorkingDay() {
        on(LocalDate.of(2025, 6, 3));
    }

    private void refusedDeliberation(long id, String code) {
        DocumentStatus before = reload(id).status();
        int audited = auditActions(id).size();
        refused(() -> deliberate(id), code);
        assertThat(reload(id).status()).as("status unchanged").isEqualTo(before);
        assertThat(reload(id).deliberationMeeting()).isNull();
        assertThat(auditActions(id)).as("nothing audited").hasSize(audited);
    }

    private DocumentVersion revise(long id, Long answersReviewId, List<ChangeResponse> responses) {
        NormativeDocument d = reload(id);
        return as(fx.drafter(), () -> documents.addVersion(id, new VersionRequest(d.title(),
                "第一条 修改后的文本（第" + (d.currentVersionNo() + 1) + "稿）。", "起草说明", "制定依据", "按审核意见修改",
                answersReviewId, responses)));
    }

    @Test
    void deliberationWithoutAnyReviewIsRefused() {
        NormativeDocument d = draft("未审核文件", false);
        refusedDeliberation(d.id(), "review-not-reviewed");
    }

    @Test
    void deliberationWhileTheReviewIsPendingIsRefusedWithThatReason() {
        NormativeDocument d = draft("审核中文件", false);
        submit(d.id());
        refusedDeliberation(d.id(), "review-pending");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.REVIEWING);
    }

    @Test
    void deliberationAfterAnUnlawfulFindingIsRefused() {
        NormativeDocument d = draft("不合法文件", false);
        conclude(submit(d.id()).id(), ReviewOutcome.UNLAWFUL, List.of());
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.REVIEWED);
        refusedDeliberation(d.id(), "review-unlawful");
        // the text revised after the finding is labelled as such, not as a first draft
        var revised = as(fx.drafter(), () -> documents.addVersion(d.id(), new org.fazhi.normdocs.VersionRequest(
                "不合法文件修改稿", "第一条 修改后的条文。", null, null, "按审核意见重写", null, List.of())));
        assertThat(revised.purpose()).isEqualTo(org.fazhi.normdocs.DocumentVersion.VersionPurpose.REVISED_AFTER_REVIEW);
    }

    @Test
    void lawfulWithChangesIsRefusedUntilEveryChangeIsMadeInANewVersionThenAllowed() {
        NormativeDocument d = draft("修改后合法文件", false);
        LegalityReview review = conclude(submit(d.id()).id(), ReviewOutcome.LAWFUL_WITH_CHANGES,
                List.of("删除第三条关于罚款的规定", "明确申请材料清单"));
        refusedDeliberation(d.id(), "review-changes-pending");

        // a new version that does not answer the review: the changes are still pending
        revise(d.id(), null, List.of());
        refusedDeliberation(d.id(), "review-changes-pending");

        // answering only one of two changes is refused and stores no version
        int versions = as(fx.drafter(), () -> documents.versions(d.id())).size();
        invalid(() -> revise(d.id(), review.id(), List.of(new ChangeResponse(1, "已删除第三条"))), "changeResponses",
                "normdocs.review.change-unanswered");
        assertThat(as(fx.drafter(), () -> documents.versions(d.id()))).hasSize(versions);

        DocumentVersion v3 = revise(d.id(), review.id(),
                List.of(new ChangeResponse(1, "已删除第三条"), new ChangeResponse(2, "已在第五条列明")));
        assertThat(v3.answersReviewId()).isEqualTo(review.id());
        assertThat(as(fx.drafter(), () -> documents.deliberationGate(d.id())).passed()).isTrue();
        NormativeDocument deliberated = deliberate(d.id());
        assertThat(deliberated.status()).isEqualTo(DocumentStatus.DELIBERATED);
        assertThat(as(fx.drafter(), () -> documents.reviews(d.id())).get(0).requiredChanges())
                .allSatisfy(c -> assertThat(c.madeInVersionId()).isEqualTo(v3.id()));
    }

    @Test
    void changesMadeAndThenTheTextChangedAgainIsRefused() {
        NormativeDocument d = draft("修改后又改文件", false);
        LegalityReview review = conclude(submit(d.id()).id(), ReviewOutcome.LAWFUL_WITH_CHANGES,
                List.of("补充制定依据"));
        revise(d.id(), review.id(), List.of(new ChangeResponse(1, "已补充")));
        revise(d.id(), null, List.of());
        refusedDeliberation(d.id(), "review-version-not-reviewed");
    }

    @Test
    void textChangedAfterALawfulReviewIsRefusedUntilTheNewVersionIsReviewed() {
        NormativeDocument d = draft("合法后改稿文件", false);
        lawful(d.id());
        revise(d.id(), null, List.of());
        refusedDeliberation(d.id(), "review-version-not-reviewed");

        LegalityReview second = submit(d.id());
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.subject().versionNo()).isEqualTo(2);
        conclude(second.id(), ReviewOutcome.LAWFUL, List.of());
        assertThat(deliberate(d.id()).status()).isEqualTo(DocumentStatus.DELIBERATED);
    }

    @Test
    void aLawfulReviewOfTheCurrentVersionAllowsDeliberation() {
        NormativeDocument d = draft("合法文件", false);
        lawful(d.id());
        NormativeDocument deliberated = deliberate(d.id());
        assertThat(deliberated.status()).isEqualTo(DocumentStatus.DELIBERATED);
        assertThat(deliberated.deliberationDate()).isEqualTo(today());
    }

    @Test
    void aMeetingDatedBeforeTheReviewConcludedIsRefused() {
        NormativeDocument d = draft("审议日期早于审核文件", false);
        lawful(d.id());
        invalid(() -> as(fx.drafter(), () -> documents.deliberate(d.id(), new DeliberationRequest("镇政府常务会议",
                today().minusDays(1), DeliberationRequest.Decision.PASSED, null))), "date", "normdocs.date.before-review");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.REVIEWED);
    }

    @Test
    void aDeliberationThatDidNotPassSendsTheDraftBackAndCannotBeRegistered() {
        NormativeDocument d = draft("未通过审议文件", false);
        lawful(d.id());
        NormativeDocument back = as(fx.drafter(), () -> documents.deliberate(d.id(), new DeliberationRequest("镇政府常务会议",
                today(), DeliberationRequest.Decision.NOT_PASSED, "修改后再议")));
        assertThat(back.status()).isEqualTo(DocumentStatus.DRAFTING);
        refused(() -> register(d.id()), "not-deliberated");
    }

    @Test
    void registrationWithoutDeliberationIsRefused() {
        NormativeDocument d = draft("未审议文件", false);
        lawful(d.id());
        refused(() -> register(d.id()), "not-deliberated");
        NormativeDocument after = reload(d.id());
        assertThat(after.status()).isEqualTo(DocumentStatus.REVIEWED);
        assertThat(after.registrationNumber()).isNull();
    }

    @Test
    void publicationWithoutRegistrationIsRefused() {
        NormativeDocument draft = draft("未登记草稿", false);
        refused(() -> publish(draft.id()), "not-registered");

        NormativeDocument d = draft("未登记文件", false);
        lawful(d.id());
        deliberate(d.id());
        refused(() -> publish(d.id()), "not-registered");
        NormativeDocument after = reload(d.id());
        assertThat(after.status()).isEqualTo(DocumentStatus.DELIBERATED);
        assertThat(after.publicationDate()).isNull();
        assertThat(as(fx.drafter(), () -> filings.of(d.id()))).isEmpty();
    }

    @Test
    void publicationChecksItsDatesAndTheValidityPeriod() {
        NormativeDocument d = draft("有效期文件", false);
        lawful(d.id());
        deliberate(d.id());
        register(d.id());
        invalid(() -> as(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(today().plusDays(1),
                today().plusDays(1), null, null))), "publicationDate", "normdocs.publication-date.range");
        invalid(() -> as(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(today(), today().minusDays(1),
                null, null))), "effectiveDate", "normdocs.effective-date.before-publication");
        invalid(() -> as(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(today(), today(), 6, null))),
                "validityYears", "normdocs.validity-years.max");
        invalid(() -> as(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(today(), today(), 0, null))),
                "validityYears", "normdocs.validity-years.min");
        assertThat(reload(d.id()).status()).isEqualTo(DocumentStatus.REGISTERED);

        NormativeDocument p = as(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(today(),
                LocalDate.of(2025, 7, 1), 2, null)));
        assertThat(p.expiryDate()).isEqualTo(LocalDate.of(2027, 6, 30));
    }
}
