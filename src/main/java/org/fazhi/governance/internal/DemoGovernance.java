package org.fazhi.governance.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.governance.AssessmentWeights;
import org.fazhi.governance.CompletionRequest;
import org.fazhi.governance.DecisionNoteRequest;
import org.fazhi.governance.DutyStatementRequest;
import org.fazhi.governance.Evidence;
import org.fazhi.governance.Finding;
import org.fazhi.governance.FindingRequest;
import org.fazhi.governance.GroupMember;
import org.fazhi.governance.GroupRequest;
import org.fazhi.governance.Inspection;
import org.fazhi.governance.InspectionKind;
import org.fazhi.governance.InspectionRequest;
import org.fazhi.governance.LeadingGroup;
import org.fazhi.governance.LeadingGroups;
import org.fazhi.governance.MeetingKind;
import org.fazhi.governance.MeetingRequest;
import org.fazhi.governance.MemberRequest;
import org.fazhi.governance.MemberRole;
import org.fazhi.governance.PlanIssueRequest;
import org.fazhi.governance.PlanKind;
import org.fazhi.governance.PlanRequest;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.PlanTasks;
import org.fazhi.governance.ProgressRequest;
import org.fazhi.governance.Rectifications;
import org.fazhi.governance.RuleOfLawInspections;
import org.fazhi.governance.RuleOfLawMeetings;
import org.fazhi.governance.WeightRequest;
import org.fazhi.governance.WorkPlan;
import org.fazhi.governance.WorkPlans;
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
 * A year of the demo county's rule-of-law government work, loaded on an empty database through the
 * real services as the demo accounts, dated back from today: the county's and 东湖镇's leading groups with
 * one principal's 述法 recorded and one missing; the county's annual work points issued some ten months
 * ago with tasks done on time, done late, waiting for confirmation, overdue in progress, overdue not
 * started (to be urged on the 督办台), running and cancelled; meetings and study sessions (the county
 * one study session short of SD-09); a county inspection of 东湖镇 and the county's self-inspection with
 * findings closed, waiting for acceptance and overdue; the assessment weights (东湖镇's below SD-14).
 * Every name is invented.
 */
@Component
@Order(170)
class DemoGovernance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

    private final LeadingGroups groups;
    private final WorkPlans plans;
    private final PlanTasks tasks;
    private final RuleOfLawMeetings meetings;
    private final RuleOfLawInspections inspections;
    private final Rectifications rectifications;
    private final AssessmentWeights weights;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoGovernance(LeadingGroups groups, WorkPlans plans, PlanTasks tasks, RuleOfLawMeetings meetings,
            RuleOfLawInspections inspections, Rectifications rectifications, AssessmentWeights weights, Units units,
            UserDirectory users, ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.groups = groups;
        this.plans = plans;
        this.tasks = tasks;
        this.meetings = meetings;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.weights = weights;
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
        if (!enabled || List.of("SFX", "SFX-SFJ", "SFX-SJJ", "SFX-ZHZF", "SFX-ZFB", "SFX-DH", "SFX-DH-QS").stream()
                .anyMatch(c -> units.findByCode(c).isEmpty())
                || List.of("fzb", "qicao", "shencha", "zhifa1", "donghu").stream()
                        .anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from work_plan").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = today.minusDays(290);
        int year = issued.getYear();
        leadingGroups(year, today);
        WorkPlan plan = plan(year, issued, today);
        meetings(today);
        int findings = inspections(today);
        acting.run("fzb", () -> {
            weights.save(new WeightRequest(unit("SFX"), year, new BigDecimal("1000"), new BigDecimal("120"),
                    "示范县年度综合目标考核办法", "法治建设分值单列"));
            weights.save(new WeightRequest(unit("SFX-DH"), year, new BigDecimal("100"), new BigDecimal("8"),
                    "东湖镇年度目标考核细则", null));
        });
        log.info("Demo governance loaded: plan {} with {} tasks, {} findings", plan.id(),
                acting.run("fzb", () -> plans.tasks(plan.id())).size(), findings);
    }

    private void leadingGroups(int year, LocalDate today) {
        acting.run("fzb", () -> {
            LeadingGroup g = groups.save(new GroupRequest(unit("SFX"), year, "示范县法治政府建设领导小组", unit("SFX-SFJ"),
                    "办公室设在县司法局，司法局局长兼任办公室主任", "示办发〔" + year + "〕3号", today.minusDays(300)));
            GroupMember secretary = groups.addMember(g.id(), new MemberRequest(MemberRole.LEADER, "周守仁", "县委书记", true));
            groups.addMember(g.id(), new MemberRequest(MemberRole.LEADER, "林正言", "县委副书记、县长", true));
            groups.addMember(g.id(), new MemberRequest(MemberRole.DEPUTY, "许承法", "县委常委、常务副县长", false));
            groups.addMember(g.id(), new MemberRequest(MemberRole.MEMBER, "贺公平", "县市场监督管理局局长", false));
            groups.addMember(g.id(), new MemberRequest(MemberRole.MEMBER, "蒋执中", "县综合行政执法局局长", false));
            groups.addMember(g.id(), new MemberRequest(MemberRole.MEMBER, "邱文理", "东湖镇党委书记", false));
            groups.addMember(g.id(), new MemberRequest(MemberRole.OFFICE_DIRECTOR, "陶明律", "县司法局局长", false));
            groups.addMember(g.id(), new MemberRequest(MemberRole.CONTACT, "孟依法", "县司法局法治督察科科长", false));
            groups.recordStatement(g.id(), new DutyStatementRequest(secretary.id(), today.minusDays(3),
                    "县委常委会年度述职述法会议", "报告履行推进法治建设第一责任人职责情况：主持召开专题会议部署法治政府建设，"
                            + "带头学法，督促整改督察发现的问题。"), evidence("述法报告").get(0));
        });
        acting.run("donghu", () -> {
            LeadingGroup g = groups.save(new GroupRequest(unit("SFX-DH"), year, "东湖镇法治政府建设领导小组",
                    unit("SFX-DH"), "办公室设在镇党政办，日常工作由镇法治办负责", null, today.minusDays(280)));
            groups.addMember(g.id(), new MemberRequest(MemberRole.LEADER, "邱文理", "镇党委书记", true));
            groups.addMember(g.id(), new MemberRequest(MemberRole.DEPUTY, "梁安民", "镇党委副书记、镇长", true));
            groups.addMember(g.id(), new MemberRequest(MemberRole.OFFICE_DIRECTOR, "韩乡安", "镇党政办主任", false));
        });
    }

    private WorkPlan plan(int year, LocalDate issued, LocalDate today) {
        String[][] rows = {
            {"1", "开展行政规范性文件专项清理，公布清理结果", "SFX-SFJ", "SFX-ZFB", "-150"},
            {"2", "落实行政执法“三项制度”，按时公示行政处罚决定", "SFX-SJJ", "", "-100"},
            {"3", "编制并动态调整综合行政执法权责清单", "SFX-ZHZF", "", "-30"},
            {"4", "开展证明事项清理，推行证明事项告知承诺制", "SFX-SJJ", "", "-20"},
            {"5", "推进一村（社区）一法律顾问全覆盖", "SFX-DH", "", "-10"},
            {"6", "组织年度行政执法人员法律知识考试", "SFX-SFJ", "", "25"},
            {"7", "完善重大行政决策事项目录管理", "SFX-ZFB", "", "60"},
            {"8", "开展民主法治示范村创建", "SFX-DH", "SFX-SFJ", "40"}};
        WorkPlan plan = acting.run("fzb", () -> plans.create(new PlanRequest(unit("SFX"), year, PlanKind.ANNUAL_POINTS,
                "示范县" + year + "年法治政府建设工作要点", "示法治办发〔" + year + "〕1号")));
        List<WorkPlans.Row> table = new ArrayList<>();
        int n = 1;
        for (String[] r : rows) {
            table.add(new WorkPlans.Row(++n, r[0], r[1], units.findByCode(r[2]).orElseThrow().name(),
                    r[3].isEmpty() ? "" : units.findByCode(r[3]).orElseThrow().name(),
                    today.plusDays(Long.parseLong(r[4]))));
        }
        acting.run("fzb", () -> {
            var report = plans.loadTasks(plan.id(), table, null);
            if (!report.ok()) {
                throw new IllegalStateException("demo plan refused: " + report.errors());
            }
            plans.issue(plan.id(), new PlanIssueRequest(issued));
        });
        List<PlanTask> list = acting.run("fzb", () -> plans.tasks(plan.id()));
        done(list.get(0), "shencha", today.minusDays(160), "已清查规范性文件43件，继续有效35件、修改5件、废止3件，清理结果已公布。");
        done(list.get(1), "qicao", today.minusDays(90), "已建立行政处罚决定公示台账，全部决定在7个工作日内公示。");
        acting.run("zhifa1", () -> tasks.requestClosure(list.get(2).id(), new CompletionRequest(today.minusDays(35),
                "已完成权责清单调整稿并报送县司法局合法性审核。", null), evidence("权责清单调整稿")));
        acting.run("qicao", () -> tasks.reportProgress(list.get(3).id(), new ProgressRequest(
                "已梳理本系统证明事项17项，拟保留9项、取消8项，告知承诺事项清单正在起草。", null), evidence("证明事项梳理表")));
        acting.run("shencha", () -> tasks.reportProgress(list.get(5).id(), new ProgressRequest(
                "考试方案已印发，题库已更新，定于下月组织考试。", null), List.of()));
        acting.run("fzb", () -> tasks.cancel(list.get(6).id(), new DecisionNoteRequest(
                "并入县政府办公室年度重大行政决策事项目录编制工作统一推进。", null)));
        return plan;
    }

    private void done(PlanTask t, String user, LocalDate on, String text) {
        acting.run(user, () -> tasks.requestClosure(t.id(), new CompletionRequest(on, text, null), evidence("完成情况")));
        acting.run("fzb", () -> tasks.confirm(t.id(), new DecisionNoteRequest("材料齐全，同意销号。", null)));
    }

    private void meetings(LocalDate today) {
        acting.run("fzb", () -> {
            meeting("SFX", MeetingKind.SPECIAL_MEETING, today.minusDays(285), "部署年度法治政府建设重点工作",
                    "县委书记、县长、县委常委、副县长，各乡镇和县直部门主要负责人", 46);
            meeting("SFX", MeetingKind.STUDY_SESSION, today.minusDays(250), "学习《中华人民共和国行政复议法》",
                    "县政府领导班子成员", 11);
            meeting("SFX", MeetingKind.STUDY_SESSION, today.minusDays(160), "学习《优化营商环境条例》",
                    "县政府领导班子成员", 10);
            meeting("SFX", MeetingKind.STUDY_SESSION, today.minusDays(70), "学习《中华人民共和国民法典》合同编",
                    "县政府领导班子成员", 11);
            meeting("SFX", MeetingKind.HEARING_ATTENDANCE, today.minusDays(120), "旁听一起行政协议纠纷案庭审",
                    "县政府领导班子成员及县直部门负责人", 24);
        });
        acting.run("donghu", () -> {
            for (int i = 0; i < 4; i++) {
                meeting("SFX-DH", MeetingKind.STUDY_SESSION, today.minusDays(270 - i * 60L), "镇党委理论学习中心组法治专题学习",
                        "镇领导班子成员", 9);
            }
            meeting("SFX-DH", MeetingKind.SPECIAL_MEETING, today.minusDays(275), "部署全镇法治建设工作",
                    "镇领导班子成员、各村党支部书记", 21);
        });
    }

    private void meeting(String unit, MeetingKind kind, LocalDate on, String topic, String participants, int count) {
        meetings.record(new MeetingRequest(unit(unit), kind, on, topic, participants, count,
                "会议围绕" + topic + "进行，与会人员交流了学习体会，会议对下一步工作作出安排。", "县政府第一会议室"),
                evidence("签到表"));
    }

    private int inspections(LocalDate today) {
        Inspection visit = acting.run("fzb", () -> inspections.record(new InspectionRequest(unit("SFX"), unit("SFX-DH"),
                InspectionKind.INSPECTION, null, today.minusDays(110), "县委依法治县办督察组",
                "对东湖镇法治政府建设情况开展实地督察，查阅资料、个别谈话，反馈问题3个。")));
        Finding published = finding(visit, "SFX-DH", "重大行政决策事项目录未向社会公布", "镇党政办负责人", today.minusDays(50));
        Finding publicity = finding(visit, "SFX-DH", "行政执法决定公示不及时", "镇综合执法队负责人", today.plusDays(20));
        finding(visit, "SFX-DH-QS", "村规民约未经合法性审查", "村委会主任", today.minusDays(15));
        acting.run("donghu", () -> {
            rectifications.submitRectification(published.id(), new CompletionRequest(today.minusDays(60),
                    "已编制并在镇政府网站公布本年度重大行政决策事项目录。", null), evidence("目录公布截图"));
            rectifications.submitRectification(publicity.id(), new CompletionRequest(today.minusDays(2),
                    "已建立执法决定公示台账，补充公示决定6件。", null), evidence("公示台账"));
        });
        acting.run("fzb", () -> rectifications.accept(published.id(), new DecisionNoteRequest("整改到位，予以销号。", null)));

        Inspection self = acting.run("fzb", () -> inspections.record(new InspectionRequest(unit("SFX"), unit("SFX"),
                InspectionKind.SELF_INSPECTION, 1, today.minusDays(160), "县法治政府建设领导小组办公室",
                "上半年法治政府建设工作自查。")));
        Finding filing = finding(self, "SFX-SJJ", "规范性文件备案材料不全", "县市场监管局法规科负责人", today.minusDays(120));
        acting.run("qicao", () -> rectifications.submitRectification(filing.id(), new CompletionRequest(
                today.minusDays(125), "已补报起草说明和制定依据。", null), evidence("补报材料")));
        acting.run("fzb", () -> rectifications.accept(filing.id(), new DecisionNoteRequest(null, null)));
        acting.run("donghu", () -> {
            inspections.record(new InspectionRequest(unit("SFX-DH"), unit("SFX-DH"), InspectionKind.SELF_INSPECTION, 1,
                    today.minusDays(165), "镇法治办", "上半年自查。"));
            inspections.record(new InspectionRequest(unit("SFX-DH"), unit("SFX-DH"), InspectionKind.SELF_INSPECTION, 2,
                    today.minusDays(5), "镇法治办", "下半年自查。"));
        });
        return 4;
    }

    private Finding finding(Inspection i, String owner, String description, String person, LocalDate due) {
        return acting.run("fzb", () -> inspections.addFinding(i.id(), new FindingRequest(description, unit(owner),
                person, "明确责任人，制定整改方案，限期整改到位。", due)));
    }

    private static List<Evidence> evidence(String name) {
        return List.of(new Evidence(new ByteArrayInputStream((name + "（演示材料）").getBytes(StandardCharsets.UTF_8)),
                name + ".txt", "text/plain"));
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }
}
