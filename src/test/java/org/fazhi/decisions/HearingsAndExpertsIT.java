package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hearings (MD-03): the materials' last day counted back 7 days from the hearing and tracked on the
 * 督办台; a date too soon for it refused; the participants' list published in advance and the
 * materials delivered in time, or the hearing is not held. Expert argumentation (MD-04): an expert with
 * a direct interest in the matter is refused; each opinion is answered before the draft moves on. Opinion
 * polls for livelihood matters.
 */
@FazhiIT
class HearingsAndExpertsIT extends DecisionsTestBase {

    @Autowired
    Deadlines deadlines;

    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void theMaterialsLastDayIsSevenDaysBeforeTheHearingCountedBackAndADateTooSoonIsRefused() {
        on(TODAY);
        MajorDecision d = start("城区出租车运力调整", new DecisionAttributes(false, true, false, false, false), null);
        assertThat(hearings.lastDeliveryDay(LocalDate.of(2026, 4, 20))).isEqualTo(LocalDate.of(2026, 4, 13));
        refused(() -> as(fx.drafter(), () -> hearings.announce(d.id(), hearing(TODAY.plusDays(6)))), "hearing-too-soon");

        Hearing h = as(fx.drafter(), () -> hearings.announce(d.id(), hearing(TODAY.plusDays(7))));
        assertThat(h.lastDeliveryDay()).isEqualTo(TODAY);
        TrackedDeadline due = deadlines.find(h.deadlineId()).orElseThrow();
        assertThat(due.ruleId()).isEqualTo("MD-03");
        assertThat(due.dueDate()).isEqualTo(TODAY);
        refused(() -> as(fx.drafter(), () -> hearings.announce(d.id(), hearing(TODAY.plusDays(20)))),
                "hearing-announced");
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "hearing-pending");
    }

    @Test
    void aHearingIsHeldOnlyWithItsParticipantsPublishedAndItsMaterialsDeliveredInTime() {
        on(TODAY);
        MajorDecision d = start("景区门票价格调整", new DecisionAttributes(false, true, false, false, false), null);
        LocalDate date = LocalDate.of(2026, 4, 20);
        Hearing h = as(fx.drafter(), () -> hearings.announce(d.id(), hearing(date)));

        on(date);
        refused(() -> as(fx.drafter(), () -> hearings.hold(d.id(), held(date))), "participants-unpublished");
        on(LocalDate.of(2026, 4, 10));
        as(fx.drafter(), () -> hearings.publishParticipants(d.id(), participants()));
        on(LocalDate.of(2026, 4, 15));
        as(fx.drafter(), () -> hearings.deliverMaterials(d.id(), new DeliveryRequest(LocalDate.of(2026, 4, 14))));
        TrackedDeadline late = deadlines.find(h.deadlineId()).orElseThrow();
        assertThat(late.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(late.late()).isTrue();
        on(date);
        refused(() -> as(fx.drafter(), () -> hearings.hold(d.id(), held(date))), "materials-late");

        // announced again on a later date, with the materials in time
        as(fx.drafter(), () -> hearings.cancel(d.id(), new CancellationRequest("材料送达迟延，改期举行")));
        LocalDate later = LocalDate.of(2026, 5, 8);
        Hearing again = as(fx.drafter(), () -> hearings.announce(d.id(), hearing(later)));
        as(fx.drafter(), () -> hearings.publishParticipants(d.id(), participants()));
        as(fx.drafter(), () -> hearings.deliverMaterials(d.id(), new DeliveryRequest(date)));
        on(later);
        invalid(() -> as(fx.drafter(), () -> hearings.hold(d.id(), held(later.minusDays(1)))), "heldOn");
        Hearing done = as(fx.drafter(), () -> hearings.hold(d.id(), held(later)));
        assertThat(done.status()).isEqualTo(Hearing.HearingStatus.HELD);
        assertThat(done.transcript()).contains("听证笔录");
        assertThat(deadlines.find(again.deadlineId()).orElseThrow().late()).isFalse();
        assertThat(as(fx.drafter(), () -> guide.procedures(d.id()))).filteredOn(p -> p.procedure()
                == RequiredProcedure.HEARING).singleElement().satisfies(p -> assertThat(p.done()).isTrue());
        assertThat(hearings.publicHearings()).extracting(Hearing::id).contains(done.id()).doesNotContain(h.id());
    }

    @Test
    void anExpertWithADirectInterestInTheMatterIsRefusedAndEachOpinionIsAnswered() {
        on(TODAY);
        Expert engineer = as(fx.keeper(), () -> experts.add(new ExpertRequest(fx.government(), "测试专家甲", "给排水工程",
                "高级工程师", "省城建设计研究院", null)));
        Expert interested = as(fx.keeper(), () -> experts.add(new ExpertRequest(fx.government(), "测试专家乙", "水务管理",
                "教授", "某大学", "示范水务有限公司独立董事")));
        MajorDecision d = start("污水处理厂扩建", new DecisionAttributes(false, false, false, true, false),
                "示范水务有限公司\n项目沿线居民");

        refused(() -> as(fx.drafter(), () -> argumentations.record(d.id(), argumentation(interested.id(), true))),
                "expert-conflict");
        refused(() -> as(fx.drafter(), () -> argumentations.record(d.id(), argumentation(engineer.id(), false))),
                "expert-conflict");
        assertThat(as(fx.drafter(), () -> argumentations.ofDecision(d.id()))).isEmpty();

        Argumentation a = as(fx.drafter(), () -> argumentations.record(d.id(), argumentation(engineer.id(), true)));
        assertThat(a.opinions()).singleElement().satisfies(o -> assertThat(o.expertName()).isEqualTo("测试专家甲"));
        assertThat(a.versionId()).isEqualTo(d.currentVersionId());
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "expert-opinions-unanswered");
        as(fx.drafter(), () -> argumentations.answer(d.id(), a.opinions().get(0).id(), new AnswerRequest(
                ExpertOpinion.AnswerKind.ADOPTED, "已在第二条增加分期建设安排")));
        assertThat(as(fx.drafter(), () -> guide.of(d.id())).step("submit-for-review").allowed()).isTrue();
        assertThat(Experts.conflict(interested, List.of("示范水务有限公司"))).contains("示范水务有限公司");
        assertThat(Experts.conflict(engineer, List.of("示范水务有限公司"))).isEmpty();
    }

    @Test
    void aLivelihoodMatterIsPolledBeforeReview() {
        on(TODAY);
        MajorDecision d = start("中小学课后服务收费", new DecisionAttributes(false, false, true, false, false), null);
        refused(() -> as(fx.drafter(), () -> decisions.submitForReview(d.id())), "poll-required");
        invalid(() -> as(fx.drafter(), () -> polls.record(d.id(), new PollRequest("课后服务意愿调查", "问卷调查", 1200,
                TODAY.minusDays(5), TODAY.plusDays(1), "县统计调查队", "支持率78%"))), "endedOn");
        Poll p = as(fx.drafter(), () -> polls.record(d.id(), new PollRequest("课后服务意愿调查", "线上问卷与入户访问", 1200,
                TODAY.minusDays(20), TODAY.minusDays(5), "县统计调查队", "受访家长中支持开展课后服务的占78%")));
        assertThat(p.sampleSize()).isEqualTo(1200);
        assertThat(as(fx.drafter(), () -> guide.of(d.id())).step("submit-for-review").allowed()).isTrue();
    }

    private static HearingRequest hearing(LocalDate date) {
        return new HearingRequest(date, "县政府第二会议室", "县人民政府定于" + date + "举行听证会，现将有关事项公告如下。");
    }

    private static HearingRecordRequest held(LocalDate on) {
        return new HearingRecordRequest(on, "听证笔录：主持人宣布听证纪律，陈述人发言……", "多数参加人支持，建议分步实施");
    }

    private static ParticipantsRequest participants() {
        return new ParticipantsRequest(List.of(new ParticipantsRequest.Participant("王测试", "利害关系人代表", "城区居民"),
                new ParticipantsRequest.Participant("李测试", "专家", "县物价协会")));
    }

    private static ArgumentationRequest argumentation(long expertId, boolean noInterest) {
        return new ArgumentationRequest(Argumentation.Form.MEETING, TODAY, null, "县发展改革局", "专家论证会",
                List.of(new ArgumentationRequest.Opinion(expertId, "建议分期建设，控制投资规模。", noInterest)));
    }
}
