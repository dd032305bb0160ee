package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * Collective decision (MD-07): a draft is tabled only with a passing review of its exact version and
 * its materials, which the topic keeps; the head of government speaks last or the record is refused; a
 * decision against the majority needs the head's stated reason and the dissent is kept; every topic of
 * a 常务会议, major decision or not, carries its own legality review — deliberation and closing the
 * meeting are refused without it.
 */
@FazhiIT
class MeetingsIT extends DecisionsTestBase {

    @Test
    void aDraftIsTabledOnlyWithAPassingReviewOfItsExactVersionAndTheTopicKeepsTheMaterials() {
        on(LocalDate.of(2026, 4, 1));
        Meeting m = meeting(MeetingKind.EXECUTIVE);
        MajorDecision unreviewed = start("城区绿地系统规划", only(), null);
        refused(() -> as(fx.keeper(), () -> meetings.tableDecision(m.id(), unreviewed.id())), "review-not-reviewed");
        assertThat(as(fx.keeper(), () -> meetings.get(m.id())).topics()).isEmpty();

        MajorDecision d = reviewed("城区路灯节能改造");
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        assertThat(t.kind()).isEqualTo(MeetingTopic.TopicKind.MAJOR_DECISION);
        assertThat(t.decisionVersionId()).isEqualTo(d.currentVersionId());
        assertThat(t.materials()).contains("第一条 为了城区路灯节能改造").contains("经审查，决策草案合法。");
        assertThat(as(fx.keeper(), () -> decisions.get(d.id())).status()).isEqualTo(DecisionStatus.TABLED);
        refused(() -> as(fx.drafter(), () -> decisions.addVersion(d.id(), new DraftVersionRequest("改稿", "第一条 改。",
                "说明", null))), "wrong-status");

        as(fx.keeper(), () -> meetings.removeTopic(m.id(), t.id(), "会前协调未完成"));
        assertThat(as(fx.keeper(), () -> decisions.get(d.id())).status()).isEqualTo(DecisionStatus.REVIEWED);
    }

    @Test
    void theHeadOfGovernmentSpeaksLastOrTheRecordIsRefused() {
        on(LocalDate.of(2026, 4, 2));
        Meeting m = meeting(MeetingKind.EXECUTIVE);
        MajorDecision d = reviewed("乡镇污水管网建设");
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        reviewTopic(m.id(), t.id());
        Meeting held = attended(m.id());
        long head = held.head().id();
        long deputyA = held.attendees().get(1).id();
        long deputyB = held.attendees().get(2).id();

        refused(() -> as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(
                List.of(speech(deputyA, MeetingTopic.Stance.AGREE), speech(head, MeetingTopic.Stance.AGREE),
                        speech(deputyB, MeetingTopic.Stance.AGREE)), MeetingTopic.TopicOutcome.PASSED, null, null))),
                "head-not-last");
        refused(() -> as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(
                List.of(speech(deputyA, MeetingTopic.Stance.AGREE), speech(deputyB, MeetingTopic.Stance.AGREE)),
                MeetingTopic.TopicOutcome.PASSED, null, null))), "head-not-last");
        assertThat(as(fx.keeper(), () -> meetings.get(m.id())).topics().get(0).speeches()).isEmpty();

        MeetingTopic decided = as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(),
                new DeliberationRecordRequest(List.of(speech(deputyA, MeetingTopic.Stance.AGREE),
                        speech(deputyB, MeetingTopic.Stance.AGREE), speech(head, MeetingTopic.Stance.AGREE)),
                        MeetingTopic.TopicOutcome.PASSED, null, "原则通过，由县自然资源局组织实施。")));
        assertThat(decided.speeches()).extracting(MeetingSpeech::name).containsExactly("测试副县长甲", "测试副县长乙",
                "测试县长");
        assertThat(decided.speeches().get(2).head()).isTrue();
        MajorDecision after = as(fx.keeper(), () -> decisions.get(d.id()));
        assertThat(after.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(after.decidedVersionId()).isEqualTo(t.decisionVersionId());
        assertThat(after.decidedTopicId()).isEqualTo(t.id());
        Meeting closed = as(fx.keeper(), () -> meetings.close(m.id()));
        assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void aDecisionAgainstTheMajorityNeedsTheHeadsStatedReasonAndTheDissentIsKept() {
        on(LocalDate.of(2026, 4, 3));
        Meeting m = meeting(MeetingKind.PLENARY);
        MajorDecision d = reviewed("县城老旧市场改造");
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        Meeting held = attended(m.id());
        long head = held.head().id();
        long deputyA = held.attendees().get(1).id();
        long deputyB = held.attendees().get(2).id();
        List<DeliberationRecordRequest.Speech> speeches = List.of(speech(deputyA, MeetingTopic.Stance.DISAGREE),
                speech(deputyB, MeetingTopic.Stance.DISAGREE), speech(head, MeetingTopic.Stance.AGREE));

        refused(() -> as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(
                speeches, MeetingTopic.TopicOutcome.PASSED, " ", null))), "against-majority-without-reason");
        MeetingTopic decided = as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(),
                new DeliberationRecordRequest(speeches, MeetingTopic.TopicOutcome.PASSED,
                        "市场危房问题突出，汛期前必须完成改造，资金缺口由县财政统筹解决。", null)));
        assertThat(decided.majority()).isEqualTo(MeetingTopic.Stance.DISAGREE);
        assertThat(decided.headReason()).contains("汛期前必须完成改造");
        assertThat(decided.speeches()).filteredOn(MeetingSpeech::dissent).extracting(MeetingSpeech::name)
                .containsExactly("测试副县长甲", "测试副县长乙");
        assertThat(as(fx.keeper(), () -> decisions.get(d.id())).status()).isEqualTo(DecisionStatus.DECIDED);
    }

    @Test
    void everyTopicOfAnExecutiveMeetingCarriesALegalityReviewBeforeItIsDeliberatedAndTheMeetingClosed() {
        on(LocalDate.of(2026, 4, 6));
        Meeting m = meeting(MeetingKind.EXECUTIVE);
        MeetingTopic other = as(fx.keeper(), () -> meetings.addTopic(m.id(), new TopicRequest(
                "关于调整县政府工作规则的议题", fx.government(), "县政府工作规则（修订稿）：第一条 为规范县政府工作……")));
        Meeting held = attended(m.id());
        long head = held.head().id();
        DeliberationRecordRequest record = new DeliberationRecordRequest(List.of(speech(held.attendees().get(1).id(),
                MeetingTopic.Stance.AGREE), speech(head, MeetingTopic.Stance.AGREE)), MeetingTopic.TopicOutcome.PASSED,
                null, null);

        refused(() -> as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), other.id(), record)),
                "topic-unreviewed");
        refused(() -> as(fx.keeper(), () -> meetings.close(m.id())), "topic-unreviewed");
        assertThat(as(fx.keeper(), () -> meetings.overview(m.id())).allowed(other.id(), "record-deliberation"))
                .isFalse();

        // the review is submitted before the meeting; here the meeting is still open on the day
        Meeting second = meeting(MeetingKind.EXECUTIVE);
        MeetingTopic reviewedTopic = as(fx.keeper(), () -> meetings.addTopic(second.id(), new TopicRequest(
                "关于县政府法律顾问聘任的议题", fx.desk(), "拟聘任律师事务所担任县政府法律顾问。")));
        reviewTopic(second.id(), reviewedTopic.id());
        Meeting secondHeld = attended(second.id());
        as(fx.keeper(), () -> meetings.recordDeliberation(second.id(), reviewedTopic.id(), new DeliberationRecordRequest(
                List.of(speech(secondHeld.attendees().get(1).id(), MeetingTopic.Stance.AGREE),
                        speech(secondHeld.head().id(), MeetingTopic.Stance.AGREE)), MeetingTopic.TopicOutcome.PASSED,
                null, null)));
        assertThat(as(fx.keeper(), () -> meetings.close(second.id())).status()).isEqualTo(MeetingStatus.CLOSED);

        // a plenary meeting's topic needs no topic review of its own
        Meeting plenary = meeting(MeetingKind.PLENARY);
        MeetingTopic plain = as(fx.keeper(), () -> meetings.addTopic(plenary.id(), new TopicRequest("关于年度工作报告的议题",
                fx.government(), "县政府年度工作报告（讨论稿）")));
        Meeting plenaryHeld = attended(plenary.id());
        as(fx.keeper(), () -> meetings.recordDeliberation(plenary.id(), plain.id(), new DeliberationRecordRequest(
                List.of(speech(plenaryHeld.head().id(), MeetingTopic.Stance.AGREE)), MeetingTopic.TopicOutcome.PASSED,
                null, null)));
        assertThat(as(fx.keeper(), () -> meetings.close(plenary.id())).status()).isEqualTo(MeetingStatus.CLOSED);
        notFound(() -> as(fx.outsider(), () -> meetings.overview(m.id())));
    }

    static DeliberationRecordRequest.Speech speech(long attendee, MeetingTopic.Stance stance) {
        return new DeliberationRecordRequest.Speech(attendee, stance, stance == MeetingTopic.Stance.AGREE ? "同意。"
                : "不同意，建议暂缓。");
    }
}
