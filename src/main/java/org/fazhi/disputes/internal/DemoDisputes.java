package org.fazhi.disputes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.disputes.MediationAcceptanceRequest;
import org.fazhi.disputes.AdministrativeMediation;
import org.fazhi.disputes.AgreementRequest;
import org.fazhi.disputes.CaseIntakeRequest;
import org.fazhi.disputes.CaseSource;
import org.fazhi.disputes.ConfirmationOutcome;
import org.fazhi.disputes.ConfirmationRequest;
import org.fazhi.disputes.DeclineRequest;
import org.fazhi.disputes.DisputeCategory;
import org.fazhi.disputes.PetitionExtensionRequest;
import org.fazhi.disputes.FailureRequest;
import org.fazhi.disputes.AgreementFulfilmentRequest;
import org.fazhi.disputes.LegalAid;
import org.fazhi.disputes.LegalAidCase;
import org.fazhi.disputes.LegalAidClosingRequest;
import org.fazhi.disputes.LegalAidDecisionRequest;
import org.fazhi.disputes.LegalAidMatter;
import org.fazhi.disputes.LegalAidRequest;
import org.fazhi.disputes.LegalServicePoint;
import org.fazhi.disputes.LegalServices;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationCases;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.MediationOrgKind;
import org.fazhi.disputes.MediationOrgRequest;
import org.fazhi.disputes.MediationOrgs;
import org.fazhi.disputes.Mediator;
import org.fazhi.disputes.MediatorRequest;
import org.fazhi.disputes.PartyRequest;
import org.fazhi.disputes.PartySide;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionChannel;
import org.fazhi.disputes.PetitionDecisionRequest;
import org.fazhi.disputes.PetitionRequest;
import org.fazhi.disputes.Petitions;
import org.fazhi.disputes.ReceptionRequest;
import org.fazhi.disputes.PartyRefusalRequest;
import org.fazhi.disputes.ReplyOutcome;
import org.fazhi.disputes.PetitionReplyRequest;
import org.fazhi.disputes.ServicePointLevel;
import org.fazhi.disputes.ServicePointRequest;
import org.fazhi.disputes.StaffRequest;
import org.fazhi.disputes.TallyRequest;
import org.fazhi.disputes.VillageAdviserRequest;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of the demo county's mediation and legal-service work, loaded on an empty database through the
 * real services as the demo accounts and dated back from today: township, village, enterprise and
 * industry mediation committees (every village covered) with their mediators; mediation cases in every
 * state — agreements with the judicial-confirmation window applied for, waived, still open and run out,
 * fulfilled, a failure, a case declined, one in mediation, one waiting for screening, one a party refused;
 * administrative mediation staff (综合行政执法局 one short of SD-18); the county centre, township stations
 * and village rooms with monthly consultations; legal advisers for every village but 松林村 (so SD-19
 * shows short); legal aid in every state; petitions replied on time and late, not accepted, transferred,
 * extended, overdue and just received; leaders' reception days. Every name is invented.
 */
@Component
@Order(180)
class DemoDisputes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDisputes.class);

    private final MediationOrgs orgs;
    private final MediationCases cases;
    private final AdministrativeMediation administrative;
    private final LegalServices services;
    private final LegalAid aid;
    private final Petitions petitions;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoDisputes(MediationOrgs orgs, MediationCases cases, AdministrativeMediation administrative,
            LegalServices services, LegalAid aid, Petitions petitions, Units units, UserDirectory users,
            ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.orgs = orgs;
        this.cases = cases;
        this.administrative = administrative;
        this.services = services;
        this.aid = aid;
        this.petitions = petitions;
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
        if (!enabled || List.of("SFX", "SFX-SFJ", "SFX-ZFB", "SFX-SJJ", "SFX-ZHZF", "SFX-DH", "SFX-DH-TW", "SFX-DH-QS",
                "SFX-DH-LT", "SFX-XS", "SFX-XS-TW", "SFX-XS-SL").stream().anyMatch(c -> units.findByCode(c).isEmpty())
                || List.of("fzb", "donghu", "xishan").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from mediation_org").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        Committees c = acting.run("fzb", () -> committees(today));
        acting.run("donghu", () -> donghuCases(c, today));
        acting.run("xishan", () -> xishanCases(c, today));
        acting.run("fzb", () -> {
            staff(today);
            services(today);
            legalAid(today);
            petitions(today);
        });
        log.info("Demo disputes loaded: {} committees, {} cases, {} petitions",
                jdbc.sql("select count(*) from mediation_org").query(Long.class).single(),
                jdbc.sql("select count(*) from mediation_case").query(Long.class).single(),
                jdbc.sql("select count(*) from petition").query(Long.class).single());
    }

    private record Committees(MediationOrg donghu, Mediator donghuMediator, MediationOrg qingshi,
            Mediator qingshiMediator, MediationOrg xishan, Mediator xishanMediator) {
    }

    private Committees committees(LocalDate today) {
        LocalDate longAgo = today.minusYears(5);
        MediationOrg donghu = org("SFX-DH-TW", MediationOrgKind.TOWNSHIP, "东湖镇人民调解委员会", null, null, longAgo);
        Mediator dm = mediator(donghu, "陶和风", true, longAgo);
        mediator(donghu, "费守中", false, longAgo.plusYears(2));
        MediationOrg xishan = org("SFX-XS-TW", MediationOrgKind.TOWNSHIP, "西山乡人民调解委员会", null, null, longAgo);
        Mediator xm = mediator(xishan, "鲁安邻", true, longAgo);
        MediationOrg qingshi = org("SFX-DH-QS", MediationOrgKind.VILLAGE, "青石村人民调解委员会", null, null, longAgo);
        Mediator qm = mediator(qingshi, "柏善言", false, longAgo);
        MediationOrg liutang = org("SFX-DH-LT", MediationOrgKind.VILLAGE, "柳塘村人民调解委员会", null, null, longAgo);
        mediator(liutang, "葛和睦", false, longAgo);
        MediationOrg songlin = org("SFX-XS-SL", MediationOrgKind.VILLAGE, "松林村人民调解委员会", null, null, longAgo);
        mediator(songlin, "邝调和", false, longAgo);
        MediationOrg hengda = org("SFX-DH", MediationOrgKind.ENTERPRISE, "示范县恒达机械有限公司人民调解委员会", 620, null,
                today.minusDays(200));
        mediator(hengda, "滕协力", false, today.minusDays(200));
        org("SFX-DH", MediationOrgKind.ENTERPRISE, "示范县绿源食品有限公司人民调解委员会", 540, null, today.minusDays(90));
        MediationOrg medical = org("SFX-SFJ", MediationOrgKind.INDUSTRY, "示范县医疗纠纷人民调解委员会", null, "医疗",
                longAgo);
        mediator(medical, "岑济仁", true, longAgo);
        return new Committees(donghu, dm, qingshi, qm, xishan, xm);
    }

    private MediationOrg org(String unitCode, MediationOrgKind kind, String name, Integer staff, String sector,
            LocalDate since) {
        return orgs.create(new MediationOrgRequest(unit(unitCode), kind, name, staff, sector, since));
    }

    private Mediator mediator(MediationOrg org, String name, boolean fullTime, LocalDate since) {
        return orgs.addMediator(org.id(), new MediatorRequest(name, "0731-8866" + String.format("%04d",
                Math.floorMod(name.hashCode(), 10_000)), fullTime, since));
    }

    private MediationCase intake(MediationOrg org, LocalDate received, CaseSource source, DisputeCategory category,
            String summary, String applicant, String respondent) {
        List<PartyRequest> parties = respondent == null
                ? List.of(new PartyRequest(PartySide.APPLICANT, applicant, null, "13900000001", "东湖镇"))
                : List.of(new PartyRequest(PartySide.APPLICANT, applicant, null, "13900000001", "东湖镇"),
                        new PartyRequest(PartySide.RESPONDENT, respondent, null, "13900000002", "东湖镇"));
        return cases.intake(new CaseIntakeRequest(org.id(), received, source, category, summary, parties));
    }

    private MediationCase agreed(MediationOrg org, Mediator m, LocalDate received, DisputeCategory category,
            String summary, String applicant, String respondent, int daysToAgree) {
        MediationCase c = intake(org, received, CaseSource.APPLICATION, category, summary, applicant, respondent);
        cases.accept(c.id(), new MediationAcceptanceRequest(m.id(), received.plusDays(1), null));
        LocalDate signed = received.plusDays(daysToAgree);
        return cases.agree(c.id(), new AgreementRequest("双方当事人自愿达成如下协议：" + summary + "一事，按双方协商方案了结，"
                + "此后互不追究。", false, signed, signed, null));
    }

    private void donghuCases(Committees c, LocalDate today) {
        MediationCase fulfilled = agreed(c.qingshi(), c.qingshiMediator(), today.minusDays(200), DisputeCategory.NEIGHBOUR,
                "宅基地边界排水沟占用", "甘石头", "樊青禾", 6);
        cases.recordConfirmation(fulfilled.id(), new ConfirmationRequest(ConfirmationOutcome.APPLIED,
                fulfilled.agreementEffectiveOn().plusDays(12), "示范县人民法院", null, null));
        cases.recordFulfilment(fulfilled.id(), new AgreementFulfilmentRequest(fulfilled.agreementEffectiveOn().plusDays(20),
                "排水沟已按协议改道", null));

        MediationCase waived = agreed(c.donghu(), c.donghuMediator(), today.minusDays(150), DisputeCategory.LABOUR,
                "务工报酬结算", "蒲春生", "示范县某装修队", 9);
        cases.recordConfirmation(waived.id(), new ConfirmationRequest(ConfirmationOutcome.NOT_APPLYING,
                waived.agreementEffectiveOn().plusDays(3), null, "双方表示自觉履行，不申请司法确认", null));

        agreed(c.donghu(), c.donghuMediator(), today.minusDays(25), DisputeCategory.DAMAGES, "电动车碰撞赔偿", "乔晓光",
                "霍远山", 15);
        agreed(c.qingshi(), c.qingshiMediator(), today.minusDays(75), DisputeCategory.FAMILY, "赡养费分担", "冉秋月", "冉冬阳",
                10);

        MediationCase failed = intake(c.donghu(), today.minusDays(120), CaseSource.SCREENING, DisputeCategory.LAND,
                "承包地流转租金", "谷丰年", "示范县某合作社");
        cases.accept(failed.id(), new MediationAcceptanceRequest(c.donghuMediator().id(), today.minusDays(119), null));
        cases.fail(failed.id(), new FailureRequest(today.minusDays(100), "双方对租金标准分歧较大，经三次调解未能达成协议，"
                + "已告知当事人可申请仲裁或者向人民法院起诉", null));

        MediationCase declined = intake(c.donghu(), today.minusDays(100), CaseSource.APPLICATION, DisputeCategory.CONTRACT,
                "买卖合同货款", "祁长远", "示范县某建材店");
        cases.decline(declined.id(), new DeclineRequest(today.minusDays(99), "该纠纷已由人民法院立案受理，依法不再调解", null));

        MediationCase mediating = intake(c.donghu(), today.minusDays(20), CaseSource.SCREENING, DisputeCategory.NEIGHBOUR,
                "楼上漏水损坏", "尹清泉", "尤石安");
        cases.accept(mediating.id(), new MediationAcceptanceRequest(c.donghuMediator().id(), today.minusDays(18), null));

        intake(c.qingshi(), today.minusDays(3), CaseSource.APPLICATION, DisputeCategory.FAMILY, "分家析产", "闵东来", "闵西去");

        MediationCase refused = intake(c.donghu(), today.minusDays(5), CaseSource.REFERRAL, DisputeCategory.OTHER,
                "彩礼返还", "扈春燕", "鞠夏荷");
        long respondent = cases.parties(refused.id()).stream().filter(p -> p.side() == PartySide.RESPONDENT).findFirst()
                .orElseThrow().id();
        cases.recordRefusal(refused.id(), new PartyRefusalRequest(respondent, today.minusDays(4), "被申请人表示拒绝调解", null));
    }

    private void xishanCases(Committees c, LocalDate today) {
        agreed(c.xishan(), c.xishanMediator(), today.minusDays(260), DisputeCategory.LAND, "林地界址", "熊岭松", "卜溪流",
                12);
        MediationCase m = intake(c.xishan(), today.minusDays(12), CaseSource.APPLICATION, DisputeCategory.DAMAGES,
                "放养家禽毁损庄稼", "臧禾苗", "钮鸡鸣");
        cases.accept(m.id(), new MediationAcceptanceRequest(c.xishanMediator().id(), today.minusDays(11), null));
    }

    private void staff(LocalDate today) {
        LocalDate since = today.minusYears(1);
        administrative.add(new StaffRequest(unit("SFX-SJJ"), "穆公允", "法规科科长", since));
        administrative.add(new StaffRequest(unit("SFX-SJJ"), "詹持平", "法规科科员", since));
        administrative.add(new StaffRequest(unit("SFX-ZHZF"), "甄理顺", "法制股股长", since));
    }

    private void services(LocalDate today) {
        LocalDate opened = today.minusYears(3);
        LegalServicePoint centre = services.addPoint(new ServicePointRequest(unit("SFX"), ServicePointLevel.CENTRE,
                "示范县公共法律服务中心", "示范县政务服务中心一楼", "0731-88660012", opened));
        LegalServicePoint east = services.addPoint(new ServicePointRequest(unit("SFX-DH"), ServicePointLevel.STATION,
                "东湖镇公共法律服务工作站", "东湖镇便民服务中心", null, opened));
        LegalServicePoint west = services.addPoint(new ServicePointRequest(unit("SFX-XS"), ServicePointLevel.STATION,
                "西山乡公共法律服务工作站", "西山乡便民服务中心", null, opened));
        for (String village : List.of("SFX-DH-QS", "SFX-DH-LT", "SFX-XS-SL")) {
            services.addPoint(new ServicePointRequest(unit(village), ServicePointLevel.ROOM,
                    units.find(unit(village)).map(Unit::name).orElse("") + "公共法律服务工作室", null, null, opened));
        }
        int[] centreCounts = {21, 18, 26, 30, 24, 27, 22, 19, 25, 28, 23, 20};
        for (int month = 1; month <= today.getMonthValue(); month++) {
            services.tally(centre.id(), new TallyRequest(today.getYear(), month, centreCounts[month - 1]));
            services.tally(east.id(), new TallyRequest(today.getYear(), month, 3 + month % 4));
            services.tally(west.id(), new TallyRequest(today.getYear(), month, 2 + month % 3));
        }
        LocalDate from = today.minusDays(200);
        services.addAdviser(new VillageAdviserRequest(unit("SFX-DH-QS"), "左明律", "示范县正衡律师事务所", "0731-88661201",
                from, from.plusYears(1).minusDays(1)));
        services.addAdviser(new VillageAdviserRequest(unit("SFX-DH-LT"), "时守约", "示范县正衡律师事务所", "0731-88661202",
                from, from.plusYears(1).minusDays(1)));
        // 松林村's adviser's term ended last year and has not been renewed: SD-19 shows short
        services.addAdviser(new VillageAdviserRequest(unit("SFX-XS-SL"), "温如玉", "示范县明德律师事务所", "0731-88661301",
                today.minusYears(2), today.minusYears(1).minusDays(10)));
    }

    private void legalAid(LocalDate today) {
        long justice = unit("SFX-SFJ");
        aid.apply(new LegalAidRequest(justice, today.minusDays(2), "芮秋实", null, "13900000101",
                LegalAidMatter.CIVIL, "追索劳动报酬"));
        LegalAidCase granted = aid.apply(new LegalAidRequest(justice, today.minusDays(40), "幸安然", null, "13900000102",
                LegalAidMatter.CIVIL, "工伤赔偿"));
        aid.decide(granted.id(), new LegalAidDecisionRequest(true, today.minusDays(36), "示范县正衡律师事务所 左明律", null,
                null));
        LegalAidCase refused = aid.apply(new LegalAidRequest(justice, today.minusDays(60), "阙有余", null, null,
                LegalAidMatter.CIVIL, "商业合同纠纷"));
        aid.decide(refused.id(), new LegalAidDecisionRequest(false, today.minusDays(55), null,
                "申请人经济状况不符合法律援助条件", null));
        LegalAidCase closed = aid.apply(new LegalAidRequest(justice, today.minusDays(150), "郜小满", null, null,
                LegalAidMatter.CRIMINAL, "刑事辩护"));
        LegalAidCase assigned = aid.decide(closed.id(), new LegalAidDecisionRequest(true, today.minusDays(147),
                "示范县明德律师事务所 温如玉", null, null));
        aid.close(assigned.id(), new LegalAidClosingRequest(today.minusDays(40), "一审判决后结案", null));
    }

    private void petitions(LocalDate today) {
        long office = unit("SFX-ZFB");
        Petition onTime = petition(office, today.minusDays(150), PetitionChannel.VISIT, "秦守田", "征地补偿款发放", 1);
        petitions.accept(onTime.id(), decided(today.minusDays(145)));
        petitions.reply(onTime.id(), new PetitionReplyRequest(today.minusDays(100), ReplyOutcome.SUPPORTED,
                "经核查，补偿款已于答复之日前足额发放至信访人账户。", null));

        Petition late = petition(office, today.minusDays(140), PetitionChannel.LETTER, "贲大川", "小区道路修缮", 3);
        petitions.accept(late.id(), decided(today.minusDays(138)));
        petitions.reply(late.id(), new PetitionReplyRequest(today.minusDays(60), ReplyOutcome.PARTLY_SUPPORTED,
                "道路破损路段已纳入年度维修计划，其余诉求不予支持。", null));

        Petition notAccepted = petition(office, today.minusDays(110), PetitionChannel.ONLINE, "池平波", "民间借贷纠纷", 1);
        petitions.decline(notAccepted.id(), new PetitionDecisionRequest(today.minusDays(105),
                "该诉求属于民事纠纷，依法应当通过诉讼途径解决，已告知信访人向人民法院起诉", null, null));

        Petition transferred = petition(office, today.minusDays(80), PetitionChannel.PHONE, "汲清流", "企业排污", 1);
        petitions.transfer(transferred.id(), new PetitionDecisionRequest(today.minusDays(78), null, "示范市生态环境局示范县分局",
                null));

        Petition extended = petition(office, today.minusDays(55), PetitionChannel.VISIT, "堵长河", "安置房分配", 6);
        petitions.accept(extended.id(), decided(today.minusDays(50)));
        petitions.extend(extended.id(), new PetitionExtensionRequest(today.minusDays(3), "涉及多个部门，需联合核查，经县政府办公室主任批准延期",
                null));

        Petition overdue = petition(office, today.minusDays(95), PetitionChannel.LETTER, "宓春江", "退役军人待遇落实", 1);
        petitions.accept(overdue.id(), decided(today.minusDays(90)));

        petition(office, today.minusDays(2), PetitionChannel.ONLINE, "危远行", "农村公路养护", 1);

        for (int i = 0; i < 6; i++) {
            LocalDate held = today.minusDays(25 + 50L * i);
            petitions.addReception(new ReceptionRequest(unit("SFX"), held, i % 2 == 0 ? "常守信" : "顾平和",
                    i % 2 == 0 ? "县长" : "副县长", "示范县信访接待中心", 8 + i, 5 + i % 3, 3 + i % 2, null));
        }
    }

    private Petition petition(long unitId, LocalDate received, PetitionChannel channel, String name, String subject,
            int people) {
        return petitions.register(new PetitionRequest(unitId, received, channel, name, null, "13900000201", "示范县",
                people, subject, "请求依法解决" + subject + "问题。"));
    }

    private static PetitionDecisionRequest decided(LocalDate on) {
        return new PetitionDecisionRequest(on, null, null, null);
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }
}
