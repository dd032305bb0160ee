package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewType;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A list is adjusted only through the procedure: items change only in a draft; an adjustment that
 * bears on the public is put out for public comment for the set period and every comment answered
 * before review; nothing is published without a lawful review of
 * exactly the content published; the effective date follows the version in force; one adjustment at a
 * time; another unit's list is not even seen; every step is audited.
 */
@FazhiIT
class ListAdjustmentIT extends ListsTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicConsultations participation;

    @Test
    void publishingWithoutALegalityReviewIsRefused() {
        ListVersion v = draft(unit("未审核"), 2, false);
        assertThatThrownBy(() -> publish(v.id(), today().plusDays(1))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("review-not-reviewed");
    }

    @Test
    void anAdjustmentBearingOnThePublicIsNotReviewedBeforePublicCommentHasRunAndEveryCommentIsAnswered() {
        ListVersion v = draft(unit("须参与"), 1, true);
        assertThatThrownBy(() -> submit(v.id())).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("participation-required");
        LocalDate earliest = as(fx.keeper(), () -> lists.earliestClose(today()));
        PublicConsultation window = as(fx.keeper(), () -> lists.openConsultation(v.id(),
                new ListConsultationRequest(earliest, null, null)));
        assertThat(window.kind()).isEqualTo(ConsultationKind.LIST_ADJUSTMENT);
        assertThat(window.minimumRule()).isEqualTo("LS-02");
        PublicComment comment = participation.comment(window.id(), new CommentRequest(null, "13800000000", null,
                "建议公布每项事项的办理时限。"));
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.addEntry(v.id(), power(code("CF"), "征求意见期间新增"))))
                .as("the items are frozen while out for comment").isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("not-drafting");
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.closeConsultation(v.id(), null)))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("consultation-too-early");

        clock.setDate(earliest.plusDays(1));
        as(fx.keeper(), () -> lists.closeConsultation(v.id(), null));
        assertThatThrownBy(() -> submit(v.id())).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("comments-undisposed");
        as(fx.keeper(), () -> participation.dispose(comment.id(), new DispositionRequest(Disposition.ADOPTED, null)));
        LegalityReview review = submit(v.id());
        assertThat(review.type()).isEqualTo(ReviewType.LIST_ADJUSTMENT);
        assertThat(reload(v.id()).status()).isEqualTo(ListVersionStatus.REVIEWING);
    }

    @Test
    void aWindowShorterThanTheSetPeriodNeedsItsReasonStated() {
        ListVersion v = draft(unit("缩短"), 1, true);
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.openConsultation(v.id(),
                new ListConsultationRequest(today().plusDays(1), null, null)))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("window-too-short");
        assertThat(as(fx.keeper(), () -> lists.openConsultation(v.id(), new ListConsultationRequest(today().plusDays(1),
                "上级要求限期完成清单调整", null))).shortenedReason()).isEqualTo("上级要求限期完成清单调整");
    }

    @Test
    void withdrawingAnAdjustmentTakesItsConsultationOffThePortal() {
        ListVersion v = draft(unit("撤回征求意见"), 1, true);
        PublicConsultation window = as(fx.keeper(), () -> lists.openConsultation(v.id(),
                new ListConsultationRequest(lists.earliestClose(today()), null, null)));
        as(fx.keeper(), () -> lists.withdraw(v.id(), new ListWithdrawalRequest("不再调整", null)));
        assertThat(participation.publicView(window.id())).isEmpty();
    }

    @Test
    void anAdjustmentWithoutParticipationNeedsTheReasonRecorded() {
        long unit = unit("无理由");
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit,
                ListKind.POWER, "调整", false, "  ")))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("noParticipationReason"));
    }

    @Test
    void anEmptyListIsNotSubmittedForReview() {
        ListVersion v = draft(unit("空清单"), 0, false);
        assertThatThrownBy(() -> submit(v.id())).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("list-empty");
    }

    @Test
    void itemsCannotBeEditedWhileTheListIsUnderReview() {
        ListVersion v = draft(unit("审核中"), 1, false);
        submit(v.id());
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.addEntry(v.id(), power(code("CF"), "新增事项"))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("not-drafting");
    }

    @Test
    void contentChangedAfterALawfulReviewMustBeReviewedAgainBeforePublication() {
        ListVersion v = lawful(draft(unit("审后改动"), 1, false).id());
        as(fx.keeper(), () -> lists.revise(v.id(), null));
        as(fx.keeper(), () -> lists.addEntry(v.id(), power(code("CF"), "审核后新增的事项")));
        assertThatThrownBy(() -> publish(v.id(), today().plusDays(1))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("review-content-changed");
    }

    @Test
    void aLawfulReviewOfTheSameContentLetsARevisedDraftBePublishedUnchanged() {
        ListVersion v = lawful(draft(unit("退回未改"), 1, false).id());
        as(fx.keeper(), () -> lists.revise(v.id(), null));
        ListVersion published = publish(v.id(), today().plusDays(2));
        assertThat(published.status()).isEqualTo(ListVersionStatus.PUBLISHED);
        assertThat(published.effectiveDate()).isEqualTo(today().plusDays(2));
    }

    @Test
    void lawfulOnceChangedIsNotPublishedUntilTheChangedContentIsReviewed() {
        ListVersion v = draft(unit("修改后合法"), 1, false);
        conclude(submit(v.id()).id(), ReviewOutcome.LAWFUL_WITH_CHANGES, List.of("补充追责情形"));
        assertThatThrownBy(() -> publish(v.id(), today().plusDays(1))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("review-changes-required");
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(v.unitId(),
                ListKind.POWER, "另起调整", false, "内部")))).isInstanceOf(RefusedException.class)
                .extracting("code").as("one adjustment at a time").isEqualTo("adjustment-open");
    }

    @Test
    void anUnlawfulListIsNotPublished() {
        ListVersion v = draft(unit("不合法"), 1, false);
        conclude(submit(v.id()).id(), ReviewOutcome.UNLAWFUL, List.of());
        assertThatThrownBy(() -> publish(v.id(), today().plusDays(1))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("review-unlawful");
    }

    @Test
    void theEffectiveDateIsNotInThePastNorBeforeTheVersionInForce() {
        long unit = unit("施行日期");
        ListVersion first = lawful(draft(unit, 1, false).id());
        assertThatThrownBy(() -> publish(first.id(), today().minusDays(1))).isInstanceOf(InvalidInputException.class);
        publish(first.id(), today().plusDays(30));
        ListVersion second = lawful(as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit,
                ListKind.POWER, "第二次调整", false, "内部"))).id());
        assertThatThrownBy(() -> publish(second.id(), today().plusDays(30))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("effectiveDate"));
        assertThat(publish(second.id(), today().plusDays(31)).versionNo()).isEqualTo(2);
    }

    @Test
    void aNewAdjustmentStartsFromTheVersionLastPublishedWithTheSameItems() {
        long unit = unit("沿用");
        ListVersion first = lawful(draft(unit, 3, false).id());
        publish(first.id(), today());
        ListVersion second = as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit, ListKind.POWER,
                "第二次调整", false, "内部")));
        assertThat(second.itemCount()).isEqualTo(3);
        assertThat(second.contentSha256()).isEqualTo(reload(first.id()).contentSha256());
        assertThat(as("fzb", () -> lists.allEntries(second.id()))).extracting(ListEntry::itemId)
                .containsExactlyElementsOf(as("fzb", () -> lists.allEntries(first.id())).stream()
                        .map(ListEntry::itemId).toList());
    }

    @Test
    void aStaleFormIsRefused() {
        ListVersion v = draft(unit("过期页面"), 1, false);
        int seen = v.version();
        as(fx.keeper(), () -> lists.addEntry(v.id(), power(code("CF"), "他人先添加的事项")));
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.addEntry(v.id(), new EntryRequest(code("CF"), "基于旧页面",
                PowerType.PENALTY, "《某法》", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, seen)))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aPowerItemWithoutLegalBasisIsRefusedNamingTheField() {
        ListVersion v = draft(unit("无依据"), 0, false);
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.addEntry(v.id(), new EntryRequest(code("CF"), "无依据的处罚",
                PowerType.PENALTY, " ", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("basisLaw"));
    }

    @Test
    void anotherUnitsListIsNotFoundAndItsKeeperCannotAdjustOurs() {
        ListVersion v = draft(unit("他单位"), 1, false);
        assertThatThrownBy(() -> as(fx.outsider(), () -> lists.version(v.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> lists.addEntry(v.id(), power(code("CF"), "越权添加"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> lists.startAdjustment(new AdjustmentRequest(v.unitId(),
                ListKind.SERVICE, "越权", false, "无")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("lingdao", () -> lists.addEntry(v.id(), power(code("CF"), "领导不能改"))))
                .as("leaders read, never change").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyStepIsAuditedWithTheVersion() {
        ListVersion v = draft(unit("审计"), 1, false);
        lawful(v.id());
        publish(v.id(), today().plusDays(1));
        List<String> actions = jdbc.sql("select action from audit_event where entity_type = 'list-version'"
                + " and entity_id = ? order by seq").param(String.valueOf(v.id())).query(String.class).list();
        assertThat(actions).contains("create", "edit", "submit-for-review", "review-concluded", "publish");
    }

    @Test
    void theCertificationAndServiceRulesNameTheirFields() {
        long unit = unit("证明服务");
        ListVersion cert = as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit,
                ListKind.CERTIFICATION, "证明事项清理", true, null)));
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.addEntry(cert.id(), new EntryRequest(code("ZM"),
                "居住证明", null, null, null, null, null, null, CertificationStatus.CANCELLED, "村委会", true, null, null,
                null, null, null, null, null, null)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactlyInAnyOrder("replacement", "notificationCommitment"));
        ListVersion service = as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit,
                ListKind.SERVICE, "服务事项梳理", false, "内部梳理")));
        assertThatThrownBy(() -> as(fx.keeper(), () -> lists.addEntry(service.id(), new EntryRequest(code("FW"),
                "企业设立登记", null, null, null, null, null, null, null, null, null, null, true, true, true, true, null,
                true, null)))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("timeLimitDays"));
        ListEntry startup = as(fx.keeper(), () -> lists.addEntry(service.id(), new EntryRequest(code("FW"),
                "企业设立登记", PowerType.PENALTY, null, null, null, null, null, null, null, null, null, true, true, true,
                true, 3, true, null)));
        assertThat(startup.powerType()).as("a field the kind does not use is dropped").isNull();
        assertThat(startup.timeLimitDays()).isEqualTo(3);
    }

    @Test
    void thePublishedListIsPublicAndAnAdjustmentOnItsWayIsNot() {
        long unit = unit("公开");
        ListVersion first = lawful(draft(unit, 2, false).id());
        publish(first.id(), today());
        ListVersion draft = as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit, ListKind.POWER,
                "调整中", false, "内部")));
        PublicLists.PublicList list = publicLists.list(first.listId());
        assertThat(list.history()).extracting(PublicLists.PublicVersion::id).containsExactly(first.id());
        assertThat(list.inForce().id()).isEqualTo(first.id());
        assertThatThrownBy(() -> publicLists.entries(draft.id(), null, org.fazhi.shared.PageQuery.of(0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThat(LocalDate.now(clock)).isEqualTo(today());
    }
}
