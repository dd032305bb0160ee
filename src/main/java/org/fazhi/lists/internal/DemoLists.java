package org.fazhi.lists.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.lists.AdjustmentRequest;
import org.fazhi.lists.EntryRequest;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListImport;
import org.fazhi.lists.ListImportReport;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListPublicationRequest;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.Lists;
import org.fazhi.lists.ListConsultationRequest;
import org.fazhi.lists.PowerType;
import org.fazhi.participation.CommentRequest;
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
 * The lists of the demo county, loaded after the demo locality and review desk on an empty database,
 * through the real services as the demo accounts: the market supervision bureau's 权责清单 loaded as
 * in force since last March and adjusted this year (one power added, one dropped, one basis changed,
 * reviewed by the justice bureau's desk and published today: two versions to compare); the
 * comprehensive enforcement bureau's list in force with an adjustment under review; the county's
 * licensing, certification (kept, cancelled, 告知承诺) and public service lists (handling modes, a
 * company start-up item), the service list with an adjustment out for public comment and a comment
 * from the portal. Legal bases are real laws; every name of a unit or person is invented.
 */
@Component
@Order(125)
class DemoLists implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLists.class);

    private final Lists lists;
    private final ListImport imports;
    private final LegalityReviews reviews;
    private final PublicConsultations participation;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoLists(Lists lists, ListImport imports, LegalityReviews reviews, PublicConsultations participation, Units units,
            UserDirectory users, ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.lists = lists;
        this.imports = imports;
        this.reviews = reviews;
        this.participation = participation;
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
        if (!enabled || List.of("SFX", "SFX-SJJ", "SFX-ZHZF").stream().anyMatch(c -> units.findByCode(c).isEmpty())
                || List.of("fzb", "qicao", "shencha").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from item_list").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMarch = LocalDate.of(today.getYear() - 1, 3, 1);
        long market = unit("SFX-SJJ");
        long zhzf = unit("SFX-ZHZF");
        long county = unit("SFX");
        acting.run("fzb", () -> {
            loaded(imports.loadInForce(market, ListKind.POWER, lastMarch, "示市监发〔上年〕3号公布的权责清单",
                    marketPowers()));
            loaded(imports.loadInForce(zhzf, ListKind.POWER, lastMarch, "示综执发〔上年〕1号公布的权责清单",
                    enforcementPowers()));
            loaded(imports.loadInForce(county, ListKind.LICENSING, lastMarch, "县政府公布的行政许可事项清单",
                    licensing()));
            loaded(imports.loadInForce(county, ListKind.CERTIFICATION, lastMarch, "证明事项清理结果（保留、取消、告知承诺）",
                    certifications()));
            loaded(imports.loadInForce(county, ListKind.SERVICE, lastMarch, "县政务服务事项清单", services()));
        });
        ListVersion adjusted = adjustMarketList(market, today);
        ListVersion reviewing = adjustEnforcementList(zhzf);
        PublicConsultation consulting = consultServiceList(county);
        log.info("Demo lists loaded: market bureau list adjusted to version {} ({}), enforcement bureau adjustment"
                + " under review ({}), county service list out for comment (consultation {})", adjusted.versionNo(),
                adjusted.id(), reviewing.id(), consulting.id());
    }

    /** Version 2 of the market bureau's list: one power added, one dropped, one basis changed; reviewed; published today. */
    private ListVersion adjustMarketList(long market, LocalDate today) {
        ListVersion draft = acting.run("qicao", () -> lists.startAdjustment(new AdjustmentRequest(market,
                ListKind.POWER, "根据《中华人民共和国反不正当竞争法》修订和机构职能调整，动态调整本局权责清单。", false,
                "依据上位法修订和职责划转作相应调整，不新设公民、法人和其他组织的义务。")));
        acting.run("qicao", () -> {
            List<ListEntry> entries = lists.allEntries(draft.id());
            ListEntry dropped = entries.stream().filter(e -> e.code().equals("SFX-SJJ-QT-001")).findFirst().orElseThrow();
            lists.removeEntry(draft.id(), dropped.itemId(), null);
            ListEntry changed = entries.stream().filter(e -> e.code().equals("SFX-SJJ-CF-003")).findFirst()
                    .orElseThrow();
            lists.changeEntry(draft.id(), changed.itemId(), new EntryRequest(changed.code(), changed.name(),
                    PowerType.PENALTY, "《中华人民共和国反不正当竞争法》（2025年修订）", "第二十二条", null,
                    changed.responsibilities(), changed.accountability(), null, null, null, null, null, null, null,
                    null, null, null, null));
            lists.addEntry(draft.id(), new EntryRequest("SFX-SJJ-CF-009", "对网络交易平台经营者未依法履行核验登记义务的处罚",
                    PowerType.PENALTY, "《中华人民共和国电子商务法》", "第八十条", null, RESPONSIBILITY, ACCOUNTABILITY,
                    null, null, null, null, null, null, null, null, null, null, null));
        });
        LegalityReview review = acting.run("qicao", () -> lists.submitForReview(draft.id(), null));
        acting.run("shencha", () -> reviews.conclude(review.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                "经审核，调整后的事项均有法律、法规依据，实施主体适格，调整程序符合规定。", List.of(),
                "调整事项较少，材料齐全，提前办结。", null)));
        return acting.run("qicao", () -> lists.publish(draft.id(), new ListPublicationRequest(today, null)));
    }

    /** An adjustment of the enforcement bureau's list, waiting at the review desk. */
    private ListVersion adjustEnforcementList(long zhzf) {
        ListVersion draft = acting.run("fzb", () -> lists.startAdjustment(new AdjustmentRequest(zhzf, ListKind.POWER,
                "承接乡镇综合执法赋权事项，增加对擅自占用城市绿地的处罚。", false, "属于部门之间职责划转，不直接涉及公民、法人和其他组织的权利义务。")));
        acting.run("fzb", () -> lists.addEntry(draft.id(), new EntryRequest("SFX-ZHZF-CF-006",
                "对擅自占用城市绿地的处罚", PowerType.PENALTY, "《城市绿化条例》", "第二十七条", null, RESPONSIBILITY,
                ACCOUNTABILITY, null, null, null, null, null, null, null, null, null, null, null)));
        acting.run("fzb", () -> lists.submitForReview(draft.id(), null));
        return acting.run("fzb", () -> lists.version(draft.id()));
    }

    /** An adjustment of the county's public service list out for public comment, with one comment from the portal. */
    private PublicConsultation consultServiceList(long county) {
        ListVersion draft = acting.run("fzb", () -> lists.startAdjustment(new AdjustmentRequest(county, ListKind.SERVICE,
                "推进“一窗受理”和“最多跑一次”，调整县政务服务事项的办理方式和承诺时限。", true, null)));
        acting.run("fzb", () -> {
            ListEntry building = lists.allEntries(draft.id()).stream().filter(e -> e.code().equals("SFX-FW-008"))
                    .findFirst().orElseThrow();
            lists.changeEntry(draft.id(), building.itemId(), new EntryRequest(building.code(), building.name(), null,
                    null, null, building.implementingUnitId(), null, null, null, null, null, null, true, true, true,
                    false, 10, false, null));
        });
        PublicConsultation c = acting.run("fzb", () -> lists.openConsultation(draft.id(),
                new ListConsultationRequest(lists.earliestClose(LocalDate.now(clock)).plusDays(5), null, null)));
        participation.comment(c.id(), new CommentRequest(null, "13800002222", null,
                "建议将民办学校设立审批也纳入“一窗受理”，并公布各环节的办理时限。"));
        return c;
    }

    static final String RESPONSIBILITY = "1.立案责任；2.调查取证责任；3.审查责任；4.告知责任；5.决定责任；6.送达责任；7.执行责任；8.其他法律法规规章规定应履行的责任。";
    static final String ACCOUNTABILITY = "因不履行或者不正确履行行政职责，有违法违规情形的，依照《中华人民共和国公务员法》《行政机关公务员处分条例》等规定追究相应责任。";

    private List<ListImport.Row> marketPowers() {
        List<ListImport.Row> rows = new ArrayList<>();
        power(rows, "SFX-SJJ-CF-001", "对生产经营不符合食品安全标准的食品的处罚", "行政处罚", "《中华人民共和国食品安全法》", "第一百二十四条");
        power(rows, "SFX-SJJ-CF-002", "对未取得食品经营许可从事食品经营活动的处罚", "行政处罚", "《中华人民共和国食品安全法》", "第一百二十二条");
        power(rows, "SFX-SJJ-CF-003", "对经营者实施混淆行为的处罚", "行政处罚", "《中华人民共和国反不正当竞争法》", "第十八条");
        power(rows, "SFX-SJJ-CF-004", "对经营者虚假宣传的处罚", "行政处罚", "《中华人民共和国反不正当竞争法》", "第二十条");
        power(rows, "SFX-SJJ-CF-005", "对销售不合格计量器具的处罚", "行政处罚", "《中华人民共和国计量法》", "第二十七条");
        power(rows, "SFX-SJJ-CF-006", "对未按规定办理年度报告的企业的处理", "行政处罚", "《企业信息公示暂行条例》", "第十七条");
        power(rows, "SFX-SJJ-QZ-001", "查封、扣押不符合食品安全标准的食品", "行政强制", "《中华人民共和国食品安全法》", "第一百一十条");
        power(rows, "SFX-SJJ-JC-001", "对食品生产经营者的监督检查", "行政检查", "《中华人民共和国食品安全法》", "第一百一十条");
        power(rows, "SFX-SJJ-JC-002", "对特种设备使用单位的监督检查", "行政检查", "《中华人民共和国特种设备安全法》", "第六十一条");
        power(rows, "SFX-SJJ-XK-001", "食品经营许可", "行政许可", "《中华人民共和国食品安全法》", "第三十五条");
        power(rows, "SFX-SJJ-QR-001", "企业登记（设立、变更、注销）", "行政确认", "《中华人民共和国市场主体登记管理条例》", "第三条");
        power(rows, "SFX-SJJ-QT-001", "个体工商户验照", "其他", "《个体工商户条例》（已修订，不再设定该事项）", "");
        return rows;
    }

    private List<ListImport.Row> enforcementPowers() {
        List<ListImport.Row> rows = new ArrayList<>();
        power(rows, "SFX-ZHZF-CF-001", "对擅自占用城市道路的处罚", "行政处罚", "《城市道路管理条例》", "第四十二条");
        power(rows, "SFX-ZHZF-CF-002", "对在城市道路两侧乱倒垃圾的处罚", "行政处罚", "《城市市容和环境卫生管理条例》", "第三十六条");
        power(rows, "SFX-ZHZF-CF-003", "对擅自设置大型户外广告的处罚", "行政处罚", "《城市市容和环境卫生管理条例》", "第三十六条");
        power(rows, "SFX-ZHZF-CF-004", "对未取得建设工程规划许可证进行建设的处罚", "行政处罚", "《中华人民共和国城乡规划法》", "第六十四条");
        power(rows, "SFX-ZHZF-CF-005", "对违反规定排放油烟的处罚", "行政处罚", "《中华人民共和国大气污染防治法》", "第一百一十八条");
        power(rows, "SFX-ZHZF-QZ-001", "强制拆除违法建筑", "行政强制", "《中华人民共和国城乡规划法》", "第六十八条");
        power(rows, "SFX-ZHZF-JC-001", "对市容环境卫生的监督检查", "行政检查", "《城市市容和环境卫生管理条例》", "第三十二条");
        return rows;
    }

    private List<ListImport.Row> licensing() {
        List<ListImport.Row> rows = new ArrayList<>();
        String[][] items = {
            {"SFX-XK-001", "食品经营许可", "《中华人民共和国食品安全法》", "第三十五条", "SFX-SJJ"},
            {"SFX-XK-002", "建设工程规划许可证核发", "《中华人民共和国城乡规划法》", "第四十条", "SFX-ZRZY"},
            {"SFX-XK-003", "民办学校办学许可", "《中华人民共和国民办教育促进法》", "第十二条", "SFX-JYJ"},
            {"SFX-XK-004", "城市建筑垃圾处置核准", "《国务院对确需保留的行政审批项目设定行政许可的决定》", "第101项", "SFX-ZHZF"},
            {"SFX-XK-005", "特种设备使用登记", "《中华人民共和国特种设备安全法》", "第三十三条", "SFX-SJJ"}};
        int n = 1;
        for (String[] i : items) {
            rows.add(new ListImport.Row(++n, Map.of("code", i[0], "name", i[1], "basis-law", i[2], "basis-article", i[3],
                    "unit", i[4])));
        }
        return rows;
    }

    private List<ListImport.Row> certifications() {
        List<ListImport.Row> rows = new ArrayList<>();
        String[][] items = {
            {"SFX-ZM-001", "出生医学证明", "《中华人民共和国母婴保健法》", "第二十三条", "县医疗卫生机构", "保留", "否", ""},
            {"SFX-ZM-002", "死亡医学证明", "《中华人民共和国人口与计划生育法》", "", "县医疗卫生机构", "保留", "否", ""},
            {"SFX-ZM-003", "无犯罪记录证明", "《中华人民共和国公务员法》", "第二十六条", "县公安局", "保留", "是", ""},
            {"SFX-ZM-004", "纳税情况证明", "《中华人民共和国税收征收管理法》", "", "县税务局", "保留", "是", ""},
            {"SFX-ZM-005", "居住证明", "", "", "村（居）民委员会", "取消", "否", "申请人书面承诺，部门通过户籍信息系统核查"},
            {"SFX-ZM-006", "亲属关系证明", "", "", "村（居）民委员会", "取消", "否", "部门间信息共享核查"},
            {"SFX-ZM-007", "无违法建筑证明", "", "", "乡镇人民政府", "取消", "否", "申请人书面承诺，综合执法部门事后核查"}};
        int n = 1;
        for (String[] i : items) {
            rows.add(new ListImport.Row(++n, Map.of("code", i[0], "name", i[1], "basis-law", i[2], "basis-article", i[3],
                    "cert-issuer", i[4], "cert-status", i[5], "commitment", i[6], "replacement", i[7])));
        }
        return rows;
    }

    private List<ListImport.Row> services() {
        List<ListImport.Row> rows = new ArrayList<>();
        String[][] items = {
            // code, name, unit, window, online, one trip, high frequency, days, start-up
            {"SFX-FW-001", "企业设立登记", "SFX-SJJ", "是", "是", "是", "是", "3", "是"},
            {"SFX-FW-002", "个体工商户注册登记", "SFX-SJJ", "是", "是", "是", "是", "1", "否"},
            {"SFX-FW-003", "食品经营许可证核发", "SFX-SJJ", "是", "是", "是", "是", "10", "否"},
            {"SFX-FW-004", "建设工程规划许可证核发", "SFX-ZRZY", "是", "否", "是", "否", "20", "否"},
            {"SFX-FW-005", "民办学校设立审批", "SFX-JYJ", "否", "否", "否", "否", "30", "否"},
            {"SFX-FW-006", "特种设备使用登记", "SFX-SJJ", "是", "是", "是", "否", "15", "否"},
            {"SFX-FW-007", "城市建筑垃圾处置核准", "SFX-ZHZF", "是", "是", "是", "否", "10", "否"},
            {"SFX-FW-008", "户外广告设施设置审批", "SFX-ZHZF", "否", "是", "否", "否", "15", "否"}};
        int n = 1;
        for (String[] i : items) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("code", i[0]);
            cells.put("name", i[1]);
            cells.put("unit", i[2]);
            cells.put("window", i[3]);
            cells.put("online", i[4]);
            cells.put("one-trip", i[5]);
            cells.put("high-frequency", i[6]);
            cells.put("time-limit", i[7]);
            cells.put("startup", i[8]);
            rows.add(new ListImport.Row(++n, cells));
        }
        return rows;
    }

    private static void power(List<ListImport.Row> rows, String code, String name, String type, String law,
            String article) {
        rows.add(new ListImport.Row(rows.size() + 2, Map.of("code", code, "name", name, "power-type", type,
                "basis-law", law, "basis-article", article, "responsibilities", RESPONSIBILITY, "accountability",
                ACCOUNTABILITY)));
    }

    private static void loaded(ListImportReport report) {
        if (!report.ok()) {
            throw new IllegalStateException("demo list refused: " + report.errors());
        }
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }
}
