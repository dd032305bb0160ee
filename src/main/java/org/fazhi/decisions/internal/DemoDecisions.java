package org.fazhi.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.decisions.AnswerRequest;
import org.fazhi.decisions.ApprovalRequest;
import org.fazhi.decisions.Argumentation;
import org.fazhi.decisions.ArgumentationRequest;
import org.fazhi.decisions.Argumentations;
import org.fazhi.decisions.AttendanceRequest;
import org.fazhi.decisions.CatalogItem;
import org.fazhi.decisions.CatalogItemRequest;
import org.fazhi.decisions.CatalogRequest;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.DecisionCatalogs;
import org.fazhi.decisions.DecisionConsultationRequest;
import org.fazhi.decisions.DecisionCriterion;
import org.fazhi.decisions.DecisionEvaluation;
import org.fazhi.decisions.DecisionEvaluationRequest;
import org.fazhi.decisions.DecisionEvaluations;
import org.fazhi.decisions.DecisionPublicationRequest;
import org.fazhi.decisions.DecisionRequest;
import org.fazhi.decisions.DeliberationRecordRequest;
import org.fazhi.decisions.DeliveryRequest;
import org.fazhi.decisions.Expert;
import org.fazhi.decisions.ExpertOpinion;
import org.fazhi.decisions.ExpertRequest;
import org.fazhi.decisions.Experts;
import org.fazhi.decisions.GovernmentMeetings;
import org.fazhi.decisions.HearingRequest;
import org.fazhi.decisions.Hearings;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.MajorDecisions;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingKind;
import org.fazhi.decisions.MeetingRequest;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.decisions.MilestoneRequest;
import org.fazhi.decisions.Milestones;
import org.fazhi.decisions.ParticipantsRequest;
import org.fazhi.decisions.ProgressRequest;
import org.fazhi.decisions.RiskAssessment;
import org.fazhi.decisions.RiskAssessmentRequest;
import org.fazhi.decisions.RiskAssessments;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's major decisions of the year, loaded on an empty database through the real
 * services as the demo accounts (the county's 法治办 keeps the catalog and the meetings, the market
 * bureau's drafter sponsors, the justice bureau's reviewer reviews): the county's catalog approved by
 * the county party committee and published, and decisions in every state — one out for public comment
 * with a comment on an article, one with a hearing announced and its participants published, one
 * argued by an expert and assessed for risk, one reviewed, one decided at a 全体会议 with the head of
 * government speaking last, one published and being implemented with its milestones, one evaluated
 * after implementation. Every name is invented.
 */
@Component
@Order(150)
class DemoDecisions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

    private final DecisionCatalogs catalogs;
    private final MajorDecisions decisions;
    private final Hearings hearings;
    private final Experts experts;
    private final Argumentations argumentations;
    private final RiskAssessments risks;
    private final GovernmentMeetings meetings;
    private final Milestones milestones;
    private final DecisionEvaluations evaluations;
    private final PublicConsultations participation;
    private final LegalityReviews reviews;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoDecisions(DecisionCatalogs catalogs, MajorDecisions decisions, Hearings hearings, Experts experts,
            Argumentations argumentations, RiskAssessments risks, GovernmentMeetings meetings, Milestones milestones,
            DecisionEvaluations evaluations, PublicConsultations participation, LegalityReviews reviews, Units units,
            UserDirectory users, ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.catalogs = catalogs;
        this.decisions = decisions;
        this.hearings = hearings;
        this.experts = experts;
        this.argumentations = argumentations;
        this.risks = risks;
        this.meetings = meetings;
        this.milestones = milestones;
        this.evaluations = evaluations;
        this.participation = participation;
        this.reviews = reviews;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || List.of("SFX", "SFX-SJJ", "SFX-SFJ").stream()
                .anyMatch(c -> units.findByCode(c).isEmpty())
                || List.of("fzb", "qicao", "shencha").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from decision_catalog").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        long county = unit("SFX");
        long market = unit("SFX-SJJ");
        DecisionCatalog catalog = acting.run("fzb", () -> {
            DecisionCatalog c = catalogs.create(new CatalogRequest(county, today.getYear(),
                    "示范县人民政府" + today.getYear() + "年度重大行政决策事项目录"));
            catalogs.addItem(c.id(), item("示范县农贸市场布局规划", market, 1, DecisionCriterion.PLAN));
            catalogs.addItem(c.id(), item("示范县城区经营性停车收费标准调整", market, 2, DecisionCriterion.PUBLIC_INTEREST));
            catalogs.addItem(c.id(), item("示范县食品小作坊集中加工区建设", market, 2, DecisionCriterion.PUBLIC_PROJECT));
            catalogs.addItem(c.id(), item("示范县预付式消费风险防范措施", market, 3, DecisionCriterion.PUBLIC_POLICY));
            catalogs.addItem(c.id(), item("示范县农村集贸市场升级改造方案", market, 3, DecisionCriterion.PUBLIC_PROJECT));
            catalogs.addItem(c.id(), item("示范县城区菜市场冷链设施建设", market, 4, DecisionCriterion.PUBLIC_PROJECT));
            catalogs.addItem(c.id(), item("示范县电动自行车充电设施建设管理办法", market, 4, DecisionCriterion.PUBLIC_POLICY));
            catalogs.recordApproval(c.id(), new ApprovalRequest("中共示范县委员会", "县委常委会会议纪要（演示）",
                    today));
            return catalogs.publish(c.id());
        });
        java.util.Map<String, CatalogItem> items = new java.util.HashMap<>();
        acting.run("fzb", () -> catalogs.items(catalog.id())).forEach(i -> items.put(i.title(), i));

        MajorDecision implemented = decided(plain(items.get("示范县农贸市场布局规划")), today);
        MajorDecision evaluated = decided(plain(items.get("示范县农村集贸市场升级改造方案")), today);
        MajorDecision decided = decided(plain(items.get("示范县电动自行车充电设施建设管理办法")), today);
        reviewed(plain(items.get("示范县食品小作坊集中加工区建设")));
        MajorDecision consulting = start(items.get("示范县预付式消费风险防范措施"), true, false, false, false, false);
        MajorDecision hearing = start(items.get("示范县城区经营性停车收费标准调整"), false, true, false, false, false);
        MajorDecision argued = start(items.get("示范县城区菜市场冷链设施建设"), false, false, false, true, true);

        acting.run("qicao", () -> {
            PublicConsultation c = decisions.openConsultation(consulting.id(), new DecisionConsultationRequest(
                    participation.earliestClose(ConsultationKind.MAJOR_DECISION, today, consulting.unitId())
                            .plusDays(2), null));
            participation.enterComment(c.id(), new CommentRequest("示范县消费者协会（来函）", "xiaoxie@example.org",
                    "示范县消费者协会", "建议第二条明确经营者停业时退还预付款的期限。", 2));

            hearings.announce(hearing.id(), new HearingRequest(today.plusDays(21), "示范县人民政府第二会议室",
                    "示范县人民政府定于" + today.plusDays(21) + "就城区经营性停车收费标准调整举行听证会，"
                            + "现将听证事项、参加人名单和有关材料公告如下。"));
            hearings.publishParticipants(hearing.id(), new ParticipantsRequest(List.of(
                    new ParticipantsRequest.Participant("林晓禾", "消费者代表", "城东社区"),
                    new ParticipantsRequest.Participant("顾子安", "经营者代表", "示范县停车场经营企业"),
                    new ParticipantsRequest.Participant("任秋实", "人大代表", "示范县人大常委会"))));
            hearings.deliverMaterials(hearing.id(), new DeliveryRequest(today));
            return null;
        });

        Expert engineer = acting.run("fzb", () -> experts.add(new ExpertRequest(county, "陶守拙", "食品安全、工程建设",
                "高级工程师", "省食品工程设计院（演示）", null)));
        acting.run("qicao", () -> {
            Argumentation a = argumentations.record(argued.id(), new ArgumentationRequest(Argumentation.Form.MEETING,
                    today, market, null, "论证会认为选址可行，建议分期建设。", List.of(new ArgumentationRequest.Opinion(
                            engineer.id(), "建议加工区按功能分区布局，污水预处理设施与主体工程同步建设。", true))));
            argumentations.answer(argued.id(), a.opinions().get(0).id(), new AnswerRequest(
                    ExpertOpinion.AnswerKind.ADOPTED, "已在方案第三部分增加污水预处理设施同步建设的要求。"));
            risks.record(argued.id(), new RiskAssessmentRequest(market, null, "选址周边居民对异味、噪声的担忧。",
                    RiskAssessment.RiskLevel.MEDIUM, "设置防护距离，建设除臭设施，施工期公示。", "设立投诉专线，异常情况24小时内处置。",
                    true, today));
            return null;
        });

        acting.run("qicao", () -> {
            decisions.publish(implemented.id(), new DecisionPublicationRequest(today, "示范县人民政府网站、政府公报",
                    "示政发〔" + today.getYear() + "〕（演示）1号"));
            milestones.add(implemented.id(), new MilestoneRequest("完成城区农贸市场选址公示", market, today.plusDays(30)));
            milestones.add(implemented.id(), new MilestoneRequest("完成首批农贸市场改造", market, today.plusDays(120)));
            milestones.report(implemented.id(), new ProgressRequest(null, today, 10, "规划已印发，选址工作已启动。"));

            decisions.publish(evaluated.id(), new DecisionPublicationRequest(today, "示范县人民政府网站",
                    "示政发〔" + today.getYear() + "〕（演示）2号"));
            var m = milestones.add(evaluated.id(), new MilestoneRequest("完成五个集贸市场改造", market, today));
            milestones.complete(evaluated.id(), m.id(), new org.fazhi.decisions.CompletionRequest(today,
                    "五个集贸市场已改造完成并投入使用。"));
            milestones.report(evaluated.id(), new ProgressRequest(m.id(), today, 100, "改造全部完成。"));
            evaluations.evaluate(evaluated.id(), new DecisionEvaluationRequest(
                    DecisionEvaluation.Trigger.ORGAN_DEEMS_NECESSARY, null, "省城某大学公共政策研究院（演示）", today,
                    "改造后市场环境明显改善，群众满意度较高；部分市场停车位不足。", DecisionEvaluation.Conclusion.ADJUST));
            return null;
        });
        log.info("Demo major decisions loaded: catalog {}, {} decisions (consulting {}, hearing {}, decided {})",
                catalog.id(), 7, consulting.id(), hearing.id(), decided.id());
    }

    private static CatalogItemRequest item(String title, long sponsor, int quarter, DecisionCriterion criterion) {
        return new CatalogItemRequest(title, sponsor, quarter, List.of(criterion), null);
    }

    /** A decision whose attributes require only legality review and the collective decision. */
    private MajorDecision plain(CatalogItem item) {
        return start(item, false, false, false, false, false);
    }

    private MajorDecision start(CatalogItem item, boolean affectsPublic, boolean majorPublicInterest,
            boolean livelihood, boolean technical, boolean stabilityRisk) {
        return acting.run("qicao", () -> decisions.create(new DecisionRequest(item.id(), null, affectsPublic,
                majorPublicInterest, livelihood, technical, stabilityRisk, null,
                "第一条 为了" + item.title() + "，结合本县实际，制定本方案。\n"
                        + "第二条 县市场监督管理局负责组织实施，有关部门按照职责分工配合。\n"
                        + "第三条 本方案自公布之日起施行。",
                "起草说明：" + item.title() + "（演示）。")));
    }

    private MajorDecision reviewed(MajorDecision d) {
        LegalityReview r = acting.run("qicao", () -> decisions.submitForReview(d.id()));
        acting.run("shencha", () -> reviews.conclude(r.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                "经审查，决策草案符合法律法规规定，程序完备。", List.of(), "材料齐全，提前办结")));
        return acting.run("qicao", () -> decisions.get(d.id()));
    }

    private int meetingNo = 0;

    /** Reviewed and passed at a 全体会议 of the county government held today, the head speaking last. */
    private MajorDecision decided(MajorDecision d, LocalDate today) {
        reviewed(d);
        long county = unit("SFX");
        return acting.run("fzb", () -> {
            meetingNo++;
            Meeting m = meetings.create(new MeetingRequest(county, MeetingKind.PLENARY,
                    "示范县人民政府第" + meetingNo + "次全体会议（演示）", today, "县政府常务会议室"));
            MeetingTopic t = meetings.tableDecision(m.id(), d.id());
            Meeting held = meetings.recordAttendance(m.id(), new AttendanceRequest(List.of(
                    new AttendanceRequest.Attendee("周正言", "县长", true, true),
                    new AttendanceRequest.Attendee("许明达", "常务副县长", false, true),
                    new AttendanceRequest.Attendee("冯知远", "副县长", false, true))));
            meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(List.of(
                    new DeliberationRecordRequest.Speech(held.attendees().get(1).id(), MeetingTopic.Stance.AGREE,
                            "同意，建议加快实施。"),
                    new DeliberationRecordRequest.Speech(held.attendees().get(2).id(), MeetingTopic.Stance.AGREE,
                            "同意。"),
                    new DeliberationRecordRequest.Speech(held.head().id(), MeetingTopic.Stance.AGREE,
                            "同意，由县市场监督管理局牵头抓好落实。")),
                    MeetingTopic.TopicOutcome.PASSED, null, "会议原则通过。"));
            meetings.close(m.id());
            return decisions.get(d.id());
        });
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }
}
