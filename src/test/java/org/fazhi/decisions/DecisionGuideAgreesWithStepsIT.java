package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.decisions.internal.DecisionProcedure;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A decision's page and its steps never disagree: for decisions in every state (drafting with nothing
 * done, drafting with a hearing ready to be held and an expert opinion unanswered, consulting, under
 * review, reviewed, tabled, decided, implementing with a milestone open, suspended, stopped, archived),
 * every step a person takes and users of every standing (the sponsoring unit's drafter, the deciding
 * government's 法治办, the review desk, another unit, the county 法治办), the guide offers a step exactly
 * when it succeeds with valid input, and a refusal gives the guide's reason. Each step runs in a
 * transaction that is rolled back. A step whose input names a part of the record (the procedure to
 * waive, the expert opinion to answer, the milestone to complete) is tried where the record has one.
 */
@FazhiIT
class DecisionGuideAgreesWithStepsIT extends DecisionsTestBase {

    static final LocalDate BUILT = LocalDate.of(2026, 6, 1);
    static final LocalDate HEARING = BUILT.plusDays(10);

    @Autowired
    TransactionTemplate transactions;

    private long meetingId;
    private long expertId;

    @Test
    void forEveryStateStepAndUserTheGuideOffersAStepExactlyWhenItSucceeds() {
        on(BUILT);
        Map<String, Long> byState = new LinkedHashMap<>();
        byState.put("drafting, nothing done", start("全要素决策", new DecisionAttributes(true, true, true, true, true),
                "示范水务有限公司").id());

        Expert expert = as(fx.keeper(), () -> experts.add(new ExpertRequest(fx.government(), "测试论证专家", "交通工程",
                "高级工程师", "省交通规划设计院", null)));
        expertId = expert.id();
        MajorDecision heard = start("公交线网优化", new DecisionAttributes(false, true, false, true, false), null);
        as(fx.drafter(), () -> hearings.announce(heard.id(), new HearingRequest(HEARING, "县政府第二会议室", "听证公告")));
        as(fx.drafter(), () -> hearings.publishParticipants(heard.id(), new ParticipantsRequest(List.of(
                new ParticipantsRequest.Participant("测试参加人", "乘客代表", "城东社区")))));
        as(fx.drafter(), () -> hearings.deliverMaterials(heard.id(), new DeliveryRequest(BUILT)));
        as(fx.drafter(), () -> argumentations.record(heard.id(), new ArgumentationRequest(Argumentation.Form.MEETING,
                BUILT, null, "县交通运输局", "论证会", List.of(new ArgumentationRequest.Opinion(expert.id(),
                        "建议分两期实施。", true)))));
        byState.put("drafting, hearing ready, opinion unanswered", heard.id());

        MajorDecision consulting = start("老旧小区改造", new DecisionAttributes(true, false, false, false, false), null);
        as(fx.drafter(), () -> decisions.openConsultation(consulting.id(), new DecisionConsultationRequest(
                participation.earliestClose(ConsultationKind.MAJOR_DECISION, BUILT, consulting.unitId()).plusDays(1),
                null)));
        byState.put("consulting", consulting.id());

        MajorDecision reviewing = start("停车收费调整", only(), null);
        as(fx.drafter(), () -> decisions.submitForReview(reviewing.id()));
        byState.put("reviewing", reviewing.id());
        byState.put("reviewed", reviewed("农贸市场布局").id());

        Meeting planned = as(fx.keeper(), () -> meetings.create(new MeetingRequest(fx.government(),
                MeetingKind.PLENARY, "县政府全体会议（比对）", HEARING, "县政府常务会议室")));
        meetingId = planned.id();
        MajorDecision tabled = reviewed("河道管理");
        as(fx.keeper(), () -> meetings.tableDecision(planned.id(), tabled.id()));
        byState.put("tabled", tabled.id());
        byState.put("decided", decided("公共自行车").id());

        MajorDecision implementing = decided("农村供水一体化");
        as(fx.drafter(), () -> decisions.publish(implementing.id(), publication()));
        as(fx.drafter(), () -> milestones.add(implementing.id(), new MilestoneRequest("完成管网改造", fx.sponsor(),
                BUILT.plusDays(40))));
        byState.put("implementing, milestone open", implementing.id());

        MajorDecision suspended = decided("城区限行");
        as(fx.drafter(), () -> decisions.publish(suspended.id(), publication()));
        as(fx.drafter(), () -> decisions.suspend(suspended.id(), new SuspensionRequest("情况紧急", "条例第三十八条")));
        byState.put("suspended", suspended.id());

        MajorDecision stopped = start("夜市设置", only(), null);
        as(fx.drafter(), () -> decisions.stop(stopped.id(), new StopRequest("上级政策调整")));
        byState.put("stopped", stopped.id());

        MajorDecision archived = decided("殡葬改革");
        as(fx.drafter(), () -> decisions.publish(archived.id(), publication()));
        Milestone reached = as(fx.drafter(), () -> milestones.add(archived.id(), new MilestoneRequest("完成站点建设",
                fx.sponsor(), BUILT.plusDays(5))));
        as(fx.drafter(), () -> milestones.complete(archived.id(), reached.id(), new CompletionRequest(BUILT, "已建成")));
        as(fx.drafter(), () -> milestones.report(archived.id(), new ProgressRequest(null, BUILT, 100, "全部完成")));
        as(fx.drafter(), () -> decisions.archive(archived.id(), new ArchiveRequest("JC-2026-001")));
        byState.put("archived", archived.id());

        assertThat(byState.values().stream().map(id -> as(fx.keeper(), () -> decisions.get(id)).status()).toList())
                .contains(DecisionStatus.values());

        on(HEARING);
        List<String> users = List.of(fx.drafter(), fx.keeper(), fx.reviewer(), fx.outsider(), "fzb");
        List<String> disagreements = new ArrayList<>();
        int allowed = 0;
        for (var entry : byState.entrySet()) {
            long id = entry.getValue();
            for (String user : users) {
                Guide<DecisionStatus> g;
                try {
                    g = as(user, () -> guide.of(id));
                } catch (NotFoundException e) {
                    g = null;
                }
                for (Step step : DecisionProcedure.PEOPLE_STEPS) {
                    Supplier<Object> attempt = as(fx.keeper(), () -> attempt(id, step));
                    if (attempt == null) {
                        continue;
                    }
                    String outcome = take(user, attempt);
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
                            disagreements.add(where + "guide offered it but the step gave " + outcome);
                        }
                    } else if (outcome.equals("forbidden")) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!outcome.equals("refused:" + check.code())) {
                        disagreements.add(where + "guide said " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("guide and step disagree").isEmpty();
        assertThat(allowed).as("allowed combinations exercised").isGreaterThanOrEqualTo(30);
    }

    private DecisionPublicationRequest publication() {
        return new DecisionPublicationRequest(today(), "县人民政府网站、政府公报", null);
    }

    /** A valid call of the step on the decision, or null where the record has nothing for it to name. */
    private Supplier<Object> attempt(long id, Step step) {
        LocalDate today = today();
        return switch (step) {
            case ADD_VERSION -> () -> decisions.addVersion(id, new DraftVersionRequest("修改稿",
                    "第一条 修改后的条文。\n第二条 本决定自公布之日起施行。", "修改说明", null, List.of()));
            case EDIT_ATTRIBUTES -> () -> decisions.editAttributes(id, new AttributesRequest(false, false, false, false,
                    false, null));
            case WAIVE -> guide.procedures(id).stream()
                    .filter(p -> p.required() && !p.satisfied() && p.procedure().waivable()).findFirst()
                    .<Supplier<Object>>map(p -> () -> decisions.waive(id, new WaiverRequest(p.procedure(), "依法不予公开")))
                    .orElse(null);
            case OPEN_CONSULTATION -> () -> decisions.openConsultation(id, new DecisionConsultationRequest(
                    participation.earliestClose(ConsultationKind.MAJOR_DECISION, today, decisions.get(id).unitId())
                            .plusDays(1), null));
            case CLOSE_CONSULTATION -> () -> decisions.closeConsultation(id);
            case ANNOUNCE_HEARING -> () -> hearings.announce(id, new HearingRequest(today.plusDays(20), "县政府第二会议室",
                    "听证公告"));
            case PUBLISH_PARTICIPANTS -> () -> hearings.publishParticipants(id, new ParticipantsRequest(List.of(
                    new ParticipantsRequest.Participant("测试参加人", "居民代表", null))));
            case DELIVER_MATERIALS -> () -> hearings.deliverMaterials(id, new DeliveryRequest(today));
            case HOLD_HEARING -> () -> hearings.hold(id, new HearingRecordRequest(today, "听证笔录：……", null));
            case CANCEL_HEARING -> () -> hearings.cancel(id, new CancellationRequest("改期"));
            case RECORD_POLL -> () -> polls.record(id, new PollRequest("意愿调查", "问卷", 500, today.minusDays(10),
                    today.minusDays(1), "县统计调查队", "支持率70%"));
            case RECORD_ARGUMENTATION -> () -> argumentations.record(id, new ArgumentationRequest(
                    Argumentation.Form.WRITTEN, today, null, "县政府办公室", null, List.of(
                            new ArgumentationRequest.Opinion(expertId, "同意。", true))));
            case ANSWER_EXPERT_OPINION -> argumentations.ofDecision(id).stream()
                    .flatMap(a -> a.opinions().stream()).filter(o -> o.answeredAt() == null).findFirst()
                    .<Supplier<Object>>map(o -> () -> argumentations.answer(id, o.id(), new AnswerRequest(
                            ExpertOpinion.AnswerKind.ADOPTED, "已采纳")))
                    .orElse(null);
            case RECORD_RISK_ASSESSMENT -> () -> risks.record(id, new RiskAssessmentRequest(null, "县社会稳定风险评估中心",
                    "风险点", RiskAssessment.RiskLevel.LOW, "措施", "预案", true, today));
            case SUBMIT_FOR_REVIEW -> () -> decisions.submitForReview(id);
            case TABLE -> () -> meetings.tableDecision(meetingId, id);
            case PUBLISH -> () -> decisions.publish(id, publication());
            case ADD_MILESTONE -> () -> milestones.add(id, new MilestoneRequest("节点", fx.sponsor(), today.plusDays(30)));
            case REPORT_PROGRESS -> () -> milestones.report(id, new ProgressRequest(null, today, 50, "按计划推进"));
            case COMPLETE_MILESTONE -> milestones.ofDecision(id).stream().filter(m -> !m.done()).findFirst()
                    .<Supplier<Object>>map(m -> () -> milestones.complete(id, m.id(), new CompletionRequest(today,
                            "已完成")))
                    .orElse(null);
            case EVALUATE -> () -> evaluations.evaluate(id, new DecisionEvaluationRequest(
                    DecisionEvaluation.Trigger.ORGAN_DEEMS_NECESSARY, fx.evaluator(), null, today, "评估报告",
                    DecisionEvaluation.Conclusion.CONTINUE));
            case SUSPEND -> () -> decisions.suspend(id, new SuspensionRequest("情况紧急", "条例第三十八条"));
            case RESUME -> () -> decisions.resume(id, new ResumptionRequest("情况消除"));
            case START_CHANGE -> () -> decisions.startChange(id, new ChangeRequest("实施条件变化", "调整稿",
                    "第一条 调整后的条文。", null));
            case STOP -> () -> decisions.stop(id, new StopRequest("不再推进"));
            case ARCHIVE -> () -> decisions.archive(id, new ArchiveRequest("JC-T"));
            default -> throw new IllegalArgumentException(step.name());
        };
    }

    private String take(String user, Supplier<Object> step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                step.get();
                return "done";
            } catch (RefusedException e) {
                return "refused:" + e.code();
            } catch (AccessDeniedException e) {
                return "forbidden";
            } catch (NotFoundException e) {
                return "not-found";
            } catch (InvalidInputException e) {
                return "invalid:" + e.fieldProblems();
            }
        }));
    }
}
