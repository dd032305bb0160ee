package org.fazhi.inspections.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.inspections.InspectionItem;
import org.fazhi.inspections.InspectionPlan;
import org.fazhi.inspections.InspectionTask;
import org.fazhi.inspections.ItemRequest;
import org.fazhi.inspections.ObjectRequest;
import org.fazhi.inspections.PlanRequest;
import org.fazhi.inspections.RandomInspections;
import org.fazhi.inspections.ResultRequest;
import org.fazhi.inspections.TaskResult;
import org.fazhi.shared.PlatformClock;
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
 * Random inspections in the demo county, loaded after the demo enforcement agencies on an empty
 * database, through the real services as the demo officer zhifa1: the comprehensive enforcement
 * bureau's items list (outdoor advertising, catering fumes), a roster of invented shops and restaurants,
 * a plan drawn and its results published, a plan drawn with its inspections under way and a plan not
 * yet drawn. Each step is replayed on its day (the platform clock stands on it), so the plans show the
 * days they were drawn, inspected and published. The draws are real draws: their pools, seeds and
 * digests are on the portal and can be recomputed.
 */
@Component
@Order(145)
class DemoInspections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);
    private static final String OFFICER = "zhifa1";

    private final RandomInspections inspections;
    private final Agencies agencies;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoInspections(RandomInspections inspections, Agencies agencies, Units units, UserDirectory users,
            ActingAs acting, JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.inspections = inspections;
        this.agencies = agencies;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || units.findByCode("SFX-ZHZF").isEmpty() || users.findByUsername(OFFICER).isEmpty()
                || jdbc.sql("select count(*) from inspection_item").query(Long.class).single() > 0) {
            return;
        }
        long unit = units.findByCode("SFX-ZHZF").orElseThrow().id();
        List<Long> agencyIds = jdbc.sql("select id from enforcement_agency where unit_id = :u order by id")
                .param("u", unit).query(Long.class).list();
        if (agencyIds.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> acting.run(OFFICER, () -> load(unit, agencyIds.get(0))));
    }

    private void load(long unit, long agencyId) {
        Agency agency = agencies.get(agencyId);
        LocalDate today = LocalDate.now(clock);
        LocalDate listed = today.minusDays(45);
        List<InspectionItem> items = on(listed, () -> roster(unit));
        InspectionItem ads = items.get(0);
        InspectionItem fumes = items.get(1);
        int year = today.getYear();

        // drawn, inspected and published
        InspectionPlan first = on(today.minusDays(32), () -> inspections.plan(new PlanRequest(agency.id(), fumes.id(),
                year + "年餐饮服务单位油烟排放随机抽查", today.minusDays(30), today, 2)));
        on(today.minusDays(30), () -> inspections.draw(first.id(), first.version()));
        List<InspectionTask> tasks = inspections.tasks(first.id());
        TaskResult[] results = {TaskResult.NO_PROBLEM, TaskResult.PROBLEM_CORRECTED};
        String[] findings = {null, "油烟净化设施未按规定清洗，已责令七日内清洗并提交清洗记录。"};
        for (int i = 0; i < tasks.size(); i++) {
            LocalDate inspected = today.minusDays(20 - 6L * i);
            long task = tasks.get(i).id();
            int k = i % 2;
            on(inspected, () -> inspections.recordResult(first.id(), task, new ResultRequest(results[k], findings[k],
                    inspected, inspections.plan(first.id()).version())));
        }
        on(today.minusDays(2), () -> inspections.publishResults(first.id(), inspections.plan(first.id()).version()));

        // drawn, inspections under way
        InspectionPlan second = on(today.minusDays(5), () -> inspections.plan(new PlanRequest(agency.id(), ads.id(),
                year + "年第四季度户外广告设施随机抽查", today.minusDays(3), today.plusDays(25), null)));
        on(today.minusDays(3), () -> inspections.draw(second.id(), second.version()));
        InspectionTask firstTask = inspections.tasks(second.id()).get(0);
        on(today.minusDays(1), () -> inspections.recordResult(second.id(), firstTask.id(), new ResultRequest(
                TaskResult.NO_PROBLEM, null, today.minusDays(1), inspections.plan(second.id()).version())));

        // planned, not yet drawn
        inspections.plan(new PlanRequest(agency.id(), fumes.id(), (year + 1) + "年第一季度餐饮服务单位油烟排放随机抽查",
                LocalDate.of(year + 1, 1, 5), LocalDate.of(year + 1, 3, 31), 2));
        audit.action("demo-data", "inspections", "load", Map.of("plans", 3));
        log.info("Demo random inspections loaded: 2 items, a roster, a plan published, one under way, one planned");
    }

    /** The items list and the roster of shops and restaurants. */
    private List<InspectionItem> roster(long unit) {
        InspectionItem ads = inspections.addItem(new ItemRequest(unit, "ZHZF-SJ-01", "户外广告设施设置情况检查",
                "《城市市容和环境卫生管理条例》第十一条；《示范县户外广告设施管理办法》第二十条", "临街商户", new BigDecimal("20"), 2,
                "现场检查"));
        InspectionItem fumes = inspections.addItem(new ItemRequest(unit, "ZHZF-SJ-02", "餐饮服务单位油烟排放检查",
                "《中华人民共和国大气污染防治法》第八十一条", "餐饮服务单位", new BigDecimal("25"), 1, "现场检查、委托检测"));
        String[][] shops = {
            {"示范县福满楼餐饮有限公司", "91340100MA2DEMO001", "东湖镇人民路18号"},
            {"示范县川味轩酒家", "92340100MA2DEMO002", "东湖镇解放路66号"},
            {"示范县江南小厨餐馆", "92340100MA2DEMO003", "东湖镇文化路9号"},
            {"示范县好再来面馆", "92340100MA2DEMO004", "东湖镇建设路120号"},
            {"示范县一品香快餐店", "92340100MA2DEMO005", "东湖镇环城路3号"},
            {"示范县老街坊烧烤店", "92340100MA2DEMO006", "东湖镇老街27号"},
            {"示范县聚贤阁饭店", "91340100MA2DEMO007", "西山乡松林路5号"},
            {"示范县田园农家乐", "92340100MA2DEMO008", "西山乡松林村二组"}};
        for (String[] s : shops) {
            inspections.addObject(new ObjectRequest(unit, "餐饮服务单位", s[0], s[1], s[2]));
        }
        String[][] stores = {
            {"示范县新华书店东湖门市部", "91340100MA2DEMO101", "东湖镇人民路1号"},
            {"示范县百家惠超市", "92340100MA2DEMO102", "东湖镇解放路12号"},
            {"示范县明亮眼镜店", "92340100MA2DEMO103", "东湖镇文化路30号"},
            {"示范县阳光通讯器材店", "92340100MA2DEMO104", "东湖镇建设路45号"},
            {"示范县雅居家具城", "91340100MA2DEMO105", "东湖镇环城路88号"},
            {"示范县童趣玩具店", "92340100MA2DEMO106", "东湖镇人民路52号"},
            {"示范县金鼎珠宝行", "92340100MA2DEMO107", "东湖镇解放路90号"},
            {"示范县绿源农资经营部", "92340100MA2DEMO108", "西山乡集镇街2号"},
            {"示范县宏达五金店", "92340100MA2DEMO109", "西山乡集镇街15号"},
            {"示范县美丽人生美容院", "92340100MA2DEMO110", "东湖镇文化路41号"}};
        for (String[] s : stores) {
            inspections.addObject(new ObjectRequest(unit, "临街商户", s[0], s[1], s[2]));
        }
        return List.of(ads, fumes);
    }

    private <T> T on(LocalDate day, Supplier<T> work) {
        return clock instanceof PlatformClock replay ? replay.standingOn(day, work) : work.get();
    }
}
