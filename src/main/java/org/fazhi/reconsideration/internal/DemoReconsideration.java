package org.fazhi.reconsideration.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.reconsideration.AcceptanceRequest;
import org.fazhi.reconsideration.ActType;
import org.fazhi.reconsideration.AnswerRequest;
import org.fazhi.reconsideration.ApplicantType;
import org.fazhi.reconsideration.ApplicationRequest;
import org.fazhi.reconsideration.ApplicationWithdrawalRequest;
import org.fazhi.reconsideration.Applications;
import org.fazhi.reconsideration.ApprovalRequest;
import org.fazhi.reconsideration.Channel;
import org.fazhi.reconsideration.CopyRequest;
import org.fazhi.reconsideration.CorrectionNoticeRequest;
import org.fazhi.reconsideration.CorrectionReportRequest;
import org.fazhi.reconsideration.DecisionOutcome;
import org.fazhi.reconsideration.DecisionRequest;
import org.fazhi.reconsideration.HearingKind;
import org.fazhi.reconsideration.HearingRecordRequest;
import org.fazhi.reconsideration.HearingScheduleRequest;
import org.fazhi.reconsideration.IdType;
import org.fazhi.reconsideration.LetterKind;
import org.fazhi.reconsideration.LetterRequest;
import org.fazhi.reconsideration.MediationRequest;
import org.fazhi.reconsideration.NormdocReviewRequest;
import org.fazhi.reconsideration.NormdocReviews;
import org.fazhi.reconsideration.NormdocStepRequest;
import org.fazhi.reconsideration.OpinionLetter;
import org.fazhi.reconsideration.OpinionLetters;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.PublicApplicationRequest;
import org.fazhi.reconsideration.PublicApplications;
import org.fazhi.reconsideration.ReconsiderationBodies;
import org.fazhi.reconsideration.ReconsiderationBodyRequest;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.ReconsiderationCases;
import org.fazhi.reconsideration.RefusalRequest;
import org.fazhi.reconsideration.SuspensionEndRequest;
import org.fazhi.reconsideration.SuspensionGround;
import org.fazhi.reconsideration.SuspensionRequest;
import org.fazhi.reconsideration.TerminationGround;
import org.fazhi.reconsideration.TerminationRequest;
import org.fazhi.reconsideration.ViewsRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of reconsideration in the demo county, loaded after the normative documents on an empty
 * database, through the real services as the county justice bureau's reviewer (shencha) and the
 * agencies: the two bodies (示范县人民政府 handled by 示范县司法局, 邻县人民政府 by 邻县司法局) and cases in
 * every state — decided with each kind of outcome (one after a hearing, one with its period extended,
 * one simplified), mediated, settled, withdrawn after acceptance, terminated after 60 days of
 * suspension, refused as out of time, abandoned after an unanswered 补正, deemed accepted, suspended for
 * an incidental review of one of our normative documents and for force majeure, accepted and
 * awaiting the answer, awaiting 补正, just received on the portal, withdrawn before acceptance — and
 * opinion and suggestion letters, one corrected on time and one overdue. Every name is invented.
 */
@Component
@Order(130)
class DemoReconsideration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReconsideration.class);
    static final String COUNTY_BODY = "示范县人民政府";

    private final ReconsiderationBodies bodies;
    private final BodyStore bodyStore;
    private final Applications applications;
    private final ReconsiderationCases cases;
    private final NormdocReviews normdocs;
    private final OpinionLetters letters;
    private final PublicApplications portal;
    private final NormativeDocuments documents;
    private final WorkingCalendar calendar;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private LocalDate today;
    private int serial;

    DemoReconsideration(ReconsiderationBodies bodies, BodyStore bodyStore, Applications applications,
            ReconsiderationCases cases, NormdocReviews normdocs, OpinionLetters letters, PublicApplications portal,
            NormativeDocuments documents, WorkingCalendar calendar, Units units, UserDirectory users, ActingAs acting,
            PlatformTransactionManager transactions, Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.bodies = bodies;
        this.bodyStore = bodyStore;
        this.applications = applications;
        this.cases = cases;
        this.normdocs = normdocs;
        this.letters = letters;
        this.portal = portal;
        this.documents = documents;
        this.calendar = calendar;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || units.findByCode("SFX-SFJ").isEmpty() || units.findByCode("LX-SFJ").isEmpty()
                || List.of("fzb", "shencha", "linxian", "qicao").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || !bodyStore.all().isEmpty()) {
            return;
        }
        today = LocalDate.now(clock);
        tx.executeWithoutResult(s -> load());
        log.info("Demo reconsideration loaded: 2 bodies, {} applications", serial);
    }

    private void load() {
        long county = acting.run("fzb", () -> bodies.add(new ReconsiderationBodyRequest(unit("SFX"), unit("SFX-SFJ"),
                COUNTY_BODY))).id();
        long neighbour = acting.run("linxian", () -> bodies.add(new ReconsiderationBodyRequest(unit("LX"),
                unit("LX-SFJ"), "邻县人民政府"))).id();

        // 1. 撤销 after opinions heard; an opinion letter to the agency, its correction reported on time.
        ReconsiderationCase revoked = decided(county, "SFX-ZHZF", ActType.PENALTY, "对林小禾作出罚款5000元的行政处罚决定（示综执罚〔2025〕31号）",
                "林小禾", 320, ProcedureKind.ORDINARY, DecisionOutcome.REVOKED, "示政复决〔" + yearOf(280) + "〕1号", 280);
        OpinionLetter opinion = as(() -> letters.issue(revoked.id(), new LetterRequest(LetterKind.OPINION,
                unit("SFX-ZHZF"), "示政复意〔" + yearOf(279) + "〕1号", ago(279), ago(278),
                "你局在查处占道经营案件中未依法告知当事人陈述、申辩权利，请依法纠正并完善执法程序。")));
        acting.run("fzb", () -> letters.report(opinion.id(), new CorrectionReportRequest(ago(230),
                "已撤销原处罚决定，组织全体执法人员学习《行政处罚法》，修订告知书格式文本。", null)));

        // 2. 维持 in the simplified procedure (an on-the-spot fine of 200 yuan).
        ReconsiderationCase simple = received(county, "SFX-ZHZF", ActType.PENALTY, "当场作出的罚款200元决定", "周明远", 300,
                true, new BigDecimal("200"), Channel.POST);
        as(() -> applications.accept(simple.id(), new AcceptanceRequest(ago(298), ProcedureKind.SIMPLIFIED, false, null)));
        as(() -> cases.sendCopy(simple.id(), new CopyRequest(ago(297), null, null)));
        as(() -> cases.recordAnswer(simple.id(), new AnswerRequest(ago(294), "当事人在禁停路段停车，现场照片和执法记录仪视频为证。", null)));
        as(() -> cases.decide(simple.id(), new DecisionRequest(DecisionOutcome.UPHELD, "示政复决〔" + yearOf(285) + "〕2号",
                ago(285), "事实清楚，证据确凿，适用依据正确，程序合法，内容适当。", null)));

        // 3. 调解.
        ReconsiderationCase mediated = heard(county, "SFX-ZRZY", ActType.NATURAL_RESOURCE_RIGHTS,
                "林地使用权确认决定", "示范县绿源农业专业合作社", 260);
        as(() -> cases.mediate(mediated.id(), new MediationRequest("示政复调〔" + yearOf(230) + "〕1号", ago(230),
                "双方同意重新勘界，按照实测面积确认使用权范围。", null)));

        // 4. 和解 then withdrawal: terminated, resolved by settlement.
        ReconsiderationCase settled = heard(county, "SFX-SJJ", ActType.PENALTY, "没收违法所得决定", "陈守信", 240);
        as(() -> cases.terminate(settled.id(), new TerminationRequest(TerminationGround.SETTLED, ago(220),
                "双方达成和解，申请人撤回申请。", "示政复和〔" + yearOf(220) + "〕1号", "被申请人重新核定违法所得数额，申请人自愿撤回复议申请。",
                null)));

        // 5. Withdrawn after acceptance.
        ReconsiderationCase withdrawn = heard(county, "SFX-DH", ActType.OTHER, "责令限期拆除通知", "赵一帆", 200);
        as(() -> cases.terminate(withdrawn.id(), new TerminationRequest(TerminationGround.WITHDRAWN, ago(190),
                "申请人书面申请撤回。", null, null, null)));

        // 6. 确认违法 after a hearing the market bureau's head attended; a suggestion letter still unanswered.
        ReconsiderationCase afterHearing = accepted(county, "SFX-SJJ", ActType.COERCIVE_MEASURE, "查封经营场所的行政强制措施",
                "示范县百味餐饮店", 180);
        as(() -> cases.scheduleHearing(afterHearing.id(), new HearingScheduleRequest(ago(150), ago(170),
                "示范县司法局行政复议听证室", null)));
        as(() -> cases.recordHearing(afterHearing.id(), new HearingRecordRequest(true, "县市场监督管理局局长（演示）", null,
                null, true, "双方就查封程序和期限发表意见并质证。", null)));
        as(() -> cases.decide(afterHearing.id(), new DecisionRequest(DecisionOutcome.CONFIRMED_ILLEGAL,
                "示政复决〔" + yearOf(130) + "〕3号", ago(130), "查封超过法定期限，且已解除，确认违法。", null)));
        as(() -> letters.issue(afterHearing.id(), new LetterRequest(LetterKind.SUGGESTION, unit("SFX-SJJ"),
                "示政复建〔" + yearOf(129) + "〕1号", ago(129), ago(129), "建议规范查封扣押期限管理，建立到期提醒制度。")));

        // 7. 责令履行 within an extended period.
        ReconsiderationCase extended = heard(county, "SFX-XS", ActType.INACTION, "未答复农村宅基地审批申请", "孙禾苗", 150);
        as(() -> cases.extend(extended.id(), new ApprovalRequest(ago(100), "县司法局副局长（演示）", "需补充调取宅基地审批档案，情况复杂。",
                null)));
        as(() -> cases.decide(extended.id(), new DecisionRequest(DecisionOutcome.ORDERED_PERFORMANCE,
                "示政复决〔" + yearOf(70) + "〕4号", ago(70), "被申请人应当在三十日内依法作出审批决定。", null)));

        // 8. Refused as out of time (RC-01).
        ReconsiderationCase late = application(county, "SFX-SJJ", ActType.PENALTY, "警告决定", "钱慢行", 120, 210, false,
                null, Channel.COUNTER);
        as(() -> applications.refuse(late.id(), new RefusalRequest(ago(118), "申请超过法定申请期限，且无正当理由。", null, null)));

        // 9. An unanswered 补正: 视为放弃 once its period ran out (the system's step).
        ReconsiderationCase abandoned = received(county, "SFX-ZHZF", ActType.PENALTY, "扣押车辆决定", "吴未补", 100, false,
                null, Channel.POST);
        as(() -> applications.requestCorrection(abandoned.id(), new CorrectionNoticeRequest(
                "请补充提交被申请复议的行政行为决定书复印件和身份证明。", ago(99), null)));
        applications.correctionLapsed(abandoned.id());

        // 10. Deemed accepted (the system's step), then heard and decided.
        ReconsiderationCase deemed = received(county, "SFX-JYJ", ActType.LICENSING, "不予许可决定", "郑书香", 90, false,
                null, Channel.POST);
        applications.deemAccepted(deemed.id());
        as(() -> cases.sendCopy(deemed.id(), new CopyRequest(ago(80), null, null)));
        as(() -> cases.recordAnswer(deemed.id(), new AnswerRequest(ago(72), "申请人不符合许可条件，理由见答复书。", null)));
        as(() -> cases.recordViews(deemed.id(), new ViewsRequest(HearingKind.VIEWS, ago(66), null, "电话听取双方意见。", null)));
        as(() -> cases.decide(deemed.id(), new DecisionRequest(DecisionOutcome.UPHELD, "示政复决〔" + yearOf(45) + "〕5号",
                ago(45), "不予许可决定合法适当。", null)));

        // 11. Terminated after 60 days of suspension (the applicant died, no heir came forward).
        ReconsiderationCase died = heard(county, "SFX-DH", ActType.COMPENSATION, "不予赔偿决定", "王长安", 130);
        as(() -> cases.suspend(died.id(), new SuspensionRequest(SuspensionGround.APPLICANT_DIED, ago(100),
                "申请人死亡，其近亲属尚未确定是否参加行政复议。", null)));
        as(() -> cases.terminateAfterSuspension(died.id(), new SuspensionEndRequest(ago(35),
                "中止满六十日，近亲属仍未确定参加行政复议。", null)));

        // 12. Suspended for an incidental review of one of our normative documents.
        ReconsiderationCase review = heard(county, "SFX-SJJ", ActType.PENALTY, "依据规范性文件作出的罚款决定", "冯依规", 60);
        Long normdoc = acting.run("fzb", () -> documents.list(null, null, DocumentStatus.PUBLISHED, null, null,
                new PageQuery(0, 1)).items().stream().map(NormativeDocument::id).findFirst().orElse(null));
        as(() -> normdocs.open(review.id(), new NormdocReviewRequest("示范县有关规范性文件", "示范县人民政府", normdoc, true,
                ago(45), null)));
        as(() -> normdocs.notifyIssuer(review.id(), new NormdocStepRequest(ago(44), null, null, null, null)));
        as(() -> normdocs.recordIssuerAnswer(review.id(), new NormdocStepRequest(ago(38), null, null, null, null)));

        // 13. Suspended for force majeure: the decision clock is paused, never overdue while it lasts.
        ReconsiderationCase paused = heard(county, "SFX-ZHZF", ActType.PENALTY, "责令停产停业决定", "示范县宏达建材厂", 40);
        as(() -> cases.suspend(paused.id(), new SuspensionRequest(SuspensionGround.FORCE_MAJEURE, ago(20),
                "申请人所在地发生洪涝灾害，暂时无法参加行政复议。", null)));

        // 14. Accepted, the copy sent, the respondent's answer period running.
        ReconsiderationCase waiting = received(county, "SFX-SJJ", ActType.INFORMATION_DISCLOSURE, "政府信息公开申请答复",
                "李知情", workingDaysAgo(4), false, null, Channel.POST);
        as(() -> applications.accept(waiting.id(), new AcceptanceRequest(workingDay(3), ProcedureKind.SIMPLIFIED, false,
                null)));
        as(() -> cases.sendCopy(waiting.id(), new CopyRequest(workingDay(2), null, null)));

        // 15. Awaiting 补正.
        ReconsiderationCase correction = received(county, "SFX-ZRZY", ActType.OTHER, "不动产登记行为", "何补正",
                workingDaysAgo(2), false, null, Channel.COUNTER);
        as(() -> applications.requestCorrection(correction.id(), new CorrectionNoticeRequest(
                "请明确具体的行政复议请求，并补充不动产登记簿查询结果。", workingDay(1), null)));

        // 16. Withdrawn before acceptance.
        ReconsiderationCase before = received(county, "SFX-XS", ActType.OTHER, "村道建设补偿", "许先撤", 30, false, null,
                Channel.POST);
        as(() -> applications.withdraw(before.id(), new ApplicationWithdrawalRequest(ago(28), "申请人与乡政府协商解决，撤回申请。",
                null)));

        // 17. Just received on the portal (the acceptance review runs).
        portal.apply(new PublicApplicationRequest(county, ApplicantType.NATURAL_PERSON, "邓门户", IdType.ID_CARD,
                "430000199203040056", "13900000017", "示范县东湖镇青石村", null, unit("SFX-SJJ"), ActType.PENALTY,
                "对本人作出的罚款3000元决定", ago(25), ago(20), false, false, new BigDecimal("3000"), false, true, null,
                null, null, null, null, "撤销罚款决定", "本人未实施所称违法行为，现场照片不能证明违法事实。", null), List.of());
        serial++;

        // The neighbouring county's own case: out of every 示范县 account's scope.
        ReconsiderationCase theirs = acting.run("linxian", () -> applications.enter(request(neighbour, unit("LX-SFJ"),
                ActType.PENALTY, "邻县某局罚款决定", "邻县申请人", 50, 70, false, null, Channel.POST)).application());
        acting.run("linxian", () -> applications.accept(theirs.id(), new AcceptanceRequest(ago(48),
                ProcedureKind.ORDINARY, false, null)));
    }

    // ----- stages -----

    private ReconsiderationCase received(long body, String respondent, ActType type, String act, String applicant,
            int daysAgo, boolean onTheSpot, BigDecimal amount, Channel channel) {
        return application(body, respondent, type, act, applicant, daysAgo, daysAgo + 20, onTheSpot, amount, channel);
    }

    private ReconsiderationCase application(long body, String respondent, ActType type, String act, String applicant,
            int daysAgo, int knewDaysAgo, boolean onTheSpot, BigDecimal amount, Channel channel) {
        return as(() -> applications.enter(request(body, unit(respondent), type, act, applicant, daysAgo, knewDaysAgo,
                onTheSpot, amount, channel)).application());
    }

    /** Received and accepted in the ordinary procedure two days later. */
    private ReconsiderationCase accepted(long body, String respondent, ActType type, String act, String applicant,
            int daysAgo) {
        ReconsiderationCase c = received(body, respondent, type, act, applicant, daysAgo, false, null, Channel.POST);
        as(() -> applications.accept(c.id(), new AcceptanceRequest(ago(daysAgo - 2), ProcedureKind.ORDINARY, false,
                null)));
        as(() -> cases.sendCopy(c.id(), new CopyRequest(ago(daysAgo - 4), null, null)));
        as(() -> cases.recordAnswer(c.id(), new AnswerRequest(ago(daysAgo - 12),
                "被申请人提交书面答复及作出行政行为的证据、依据。", null)));
        return c;
    }

    /** Accepted, answered, and the parties' opinions heard. */
    private ReconsiderationCase heard(long body, String respondent, ActType type, String act, String applicant,
            int daysAgo) {
        ReconsiderationCase c = accepted(body, respondent, type, act, applicant, daysAgo);
        as(() -> cases.recordViews(c.id(), new ViewsRequest(HearingKind.VIEWS, ago(daysAgo - 15), null,
                "当面听取申请人和被申请人意见。", null)));
        return c;
    }

    private ReconsiderationCase decided(long body, String respondent, ActType type, String act, String applicant,
            int daysAgo, ProcedureKind procedure, DecisionOutcome outcome, String number, int decidedDaysAgo) {
        ReconsiderationCase c = heard(body, respondent, type, act, applicant, daysAgo);
        return as(() -> cases.decide(c.id(), new DecisionRequest(outcome, number, ago(decidedDaysAgo),
                "经审查，" + act + "存在主要事实不清、证据不足的问题。", null)));
    }

    private ApplicationRequest request(long body, long respondent, ActType type, String act, String applicant,
            int daysAgo, int knewDaysAgo, boolean onTheSpot, BigDecimal amount, Channel channel) {
        serial++;
        boolean person = !applicant.contains("合作社") && !applicant.contains("店") && !applicant.contains("厂");
        String id = person ? String.format("43000019%02d0101%04d", 70 + serial % 25, 1000 + serial)
                : String.format("9143000%011d", 70000000000L + serial);
        return new ApplicationRequest(body, channel, ago(daysAgo), null,
                person ? ApplicantType.NATURAL_PERSON : ApplicantType.LEGAL_PERSON, applicant,
                person ? IdType.ID_CARD : IdType.CREDIT_CODE, id, String.format("139000%05d", serial), "示范县城关镇",
                null, respondent, type, act, ago(knewDaysAgo + 2), ago(knewDaysAgo), onTheSpot, false, amount, false,
                true, null, null, null, null, null, "撤销或者变更" + act, "申请人认为" + act + "认定事实不清，适用依据错误。", null,
                null);
    }

    // ----- dates -----

    private LocalDate ago(int days) {
        return today.minusDays(days);
    }

    private String yearOf(int daysAgo) {
        return String.valueOf(ago(daysAgo).getYear());
    }

    /** How many calendar days back lies the working day {@code n} working days before today. */
    private int workingDaysAgo(int n) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(workingDay(n), today);
    }

    private LocalDate workingDay(int n) {
        LocalDate d = today;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return acting.run("shencha", work);
    }

    private long unit(String code) {
        return units.findByCode(code).map(Unit::id).orElseThrow();
    }
}
