package org.fazhi.publicity.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.publicity.ActivityKind;
import org.fazhi.publicity.ActivityRequest;
import org.fazhi.publicity.TrainingAttendanceRequest;
import org.fazhi.publicity.CancelRequest;
import org.fazhi.publicity.DutyLine;
import org.fazhi.publicity.DutyRating;
import org.fazhi.publicity.DutyRequest;
import org.fazhi.publicity.DutyReviewRequest;
import org.fazhi.publicity.ExamKind;
import org.fazhi.publicity.ExamRequest;
import org.fazhi.publicity.Grassroots;
import org.fazhi.publicity.HeldRequest;
import org.fazhi.publicity.LawExam;
import org.fazhi.publicity.LiteratePersonRequest;
import org.fazhi.publicity.ModelVillageLevel;
import org.fazhi.publicity.ModelVillageRequest;
import org.fazhi.publicity.PublicityActivities;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.PublicityDuties;
import org.fazhi.publicity.ResultRequest;
import org.fazhi.publicity.TrainingKind;
import org.fazhi.publicity.TrainingRequest;
import org.fazhi.publicity.TrainingSession;
import org.fazhi.publicity.Trainings;
import org.fazhi.publicity.AnnouncementRequest;
import org.fazhi.publicity.VicePrincipalRequest;
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
 * A year of the demo county's legal publicity, loaded on an empty database through the real services as the
 * demo accounts and dated back from today: responsibility lists of the market regulator, the comprehensive
 * enforcement bureau and the justice bureau (the natural resources and education bureaus have none, so the
 * figure shows short), the market regulator's list reviewed; activities held (one for a line of the list),
 * one announced and one planned still to come, one cancelled; a training session for officers with one
 * absent, a qualification exam passed, failed and missed; a legal vice-principal, 法律明白人 in two villages and
 * a county model village. Every name is invented.
 */
@Component
@Order(190)
class DemoPublicity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublicity.class);

    private final PublicityDuties duties;
    private final PublicityActivities activities;
    private final Trainings trainings;
    private final Grassroots grassroots;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoPublicity(PublicityDuties duties, PublicityActivities activities, Trainings trainings, Grassroots grassroots,
            Units units, UserDirectory users, ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.duties = duties;
        this.activities = activities;
        this.trainings = trainings;
        this.grassroots = grassroots;
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
        if (!enabled || List.of("SFX", "SFX-SFJ", "SFX-SJJ", "SFX-ZHZF", "SFX-JYJ", "SFX-DH", "SFX-DH-QS", "SFX-XS-SL")
                .stream().anyMatch(c -> units.findByCode(c).isEmpty())
                || users.findByUsername("fzb").isEmpty()
                || jdbc.sql("select count(*) from publicity_activity").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> acting.run("fzb", () -> {
            load(LocalDate.now(clock));
            return null;
        }));
        log.info("Demo publicity loaded: {} list lines, {} activities, {} exam results",
                jdbc.sql("select count(*) from publicity_duty").query(Long.class).single(),
                jdbc.sql("select count(*) from publicity_activity").query(Long.class).single(),
                jdbc.sql("select count(*) from law_exam_result").query(Long.class).single());
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private void load(LocalDate today) {
        int year = today.getYear();
        long market = unit("SFX-SJJ");
        long zhzf = unit("SFX-ZHZF");
        long justice = unit("SFX-SFJ");
        DutyLine food = duties.addLine(new DutyRequest(market, year, "食品安全法、产品质量法", "食品安全与产品质量法律知识",
                "食品生产经营者、消费者", "以案释法、进市场集中宣传、执法过程中即时普法"));
        duties.addLine(new DutyRequest(market, year, "消费者权益保护法", "消费维权知识", "消费者",
                "3·15集中宣传、典型案例发布"));
        duties.addLine(new DutyRequest(zhzf, year, "城乡规划法、市容和环境卫生管理条例", "违法建设与市容管理法规",
                "沿街商户、村（居）民", "执法中普法、进社区宣讲"));
        duties.addLine(new DutyRequest(justice, year, "宪法、民法典", "宪法和民法典宣传", "全县干部群众",
                "宪法宣传周、民法典宣传月、法治文化阵地"));
        duties.review(new DutyReviewRequest(market, year, today, "县普法依法治理领导小组办公室",
                DutyRating.GOOD, "清单内容明确，以案释法开展较好；进市场宣传频次偏少。"));

        PublicityActivity a1 = activities.plan(new ActivityRequest(market,
                today.minusDays(60).getYear() == year ? food.id() : null, "食品安全进市场集中宣传",
                ActivityKind.CAMPAIGN, today.minusDays(60), today.minusDays(60), "东湖镇农贸市场", "经营户、赶集群众",
                "现场解答食品安全法律问题，发放宣传资料。", "《食品安全法》宣传折页"));
        activities.recordHeld(a1.id(), new HeldRequest(today.minusDays(60), 320, 1500, a1.version()));
        PublicityActivity a2 = activities.plan(new ActivityRequest(justice, null, "《我执法我普法》直播节目",
                ActivityKind.ONLINE, today.minusDays(20), today.minusDays(20), "县融媒体中心", "全县群众",
                "执法部门负责人在线讲解执法中常见法律问题。", null));
        activities.recordHeld(a2.id(), new HeldRequest(today.minusDays(20), 2600, 0, a2.version()));
        PublicityActivity a3 = activities.plan(new ActivityRequest(justice, null, "国家宪法日集中宣传",
                ActivityKind.CAMPAIGN, today.plusDays(10), today.plusDays(10), "县文化广场", "全县干部群众",
                "宪法宣誓、法律咨询、法治文艺演出。", "宪法读本"));
        activities.announce(a3.id(), new AnnouncementRequest(a3.version()));
        activities.plan(new ActivityRequest(zhzf, null, "市容管理法规进社区宣讲", ActivityKind.LECTURE,
                today.plusDays(30), today.plusDays(30), "东湖镇社区服务中心", "沿街商户", null, null));
        PublicityActivity a5 = activities.plan(new ActivityRequest(market, null, "消费维权知识讲座", ActivityKind.LECTURE,
                today.minusDays(5), today.minusDays(5), "县消费者协会", "消费者", null, null));
        activities.cancel(a5.id(), new CancelRequest("与县消协年度工作会议冲突，并入下月宣传活动。", a5.version()));

        TrainingSession s = trainings.hold(new TrainingRequest(zhzf, "行政执法人员岗位培训（行政处罚法）",
                TrainingKind.OFFICERS, today.minusDays(45), new BigDecimal("6.0"), "县行政中心会议室"));
        trainings.attend(s.id(), new TrainingAttendanceRequest("officer:ZF-001", "江执中", zhzf, true));
        trainings.attend(s.id(), new TrainingAttendanceRequest("officer:ZF-002", "钟秉公", zhzf, true));
        trainings.attend(s.id(), new TrainingAttendanceRequest("officer:ZF-003", "闻守则", zhzf, false));
        LawExam e = trainings.holdExam(new ExamRequest(justice, "行政执法资格考试", ExamKind.ENFORCEMENT_QUALIFICATION,
                today.minusDays(40), new BigDecimal("100"), new BigDecimal("60")));
        trainings.record(e.id(), new ResultRequest("officer:ZF-001", "江执中", zhzf, new BigDecimal("88"), false));
        trainings.record(e.id(), new ResultRequest("officer:ZF-002", "钟秉公", zhzf, new BigDecimal("55"), false));
        trainings.record(e.id(), new ResultRequest("officer:ZF-003", "闻守则", zhzf, null, true));

        grassroots.appoint(new VicePrincipalRequest(unit("SFX-JYJ"), "示范县第一中学", "秦明法", "示范县人民检察院",
                today.minusYears(1)));
        grassroots.addLiteratePerson(new LiteratePersonRequest(unit("SFX-DH-QS"), "贺知礼", "13800001111",
                today.minusYears(2)));
        grassroots.addLiteratePerson(new LiteratePersonRequest(unit("SFX-XS-SL"), "林守信", null, today.minusMonths(8)));
        grassroots.award(new ModelVillageRequest(unit("SFX-DH-QS"), ModelVillageLevel.COUNTY, year - 1,
                "示范县普法依法治理领导小组"));
    }
}
