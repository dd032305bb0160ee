package org.fazhi.tickets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.shared.PlatformClock;
import org.fazhi.tickets.FiledTicket;
import org.fazhi.tickets.Satisfaction;
import org.fazhi.tickets.TicketAssignmentRequest;
import org.fazhi.tickets.TicketExposureRequest;
import org.fazhi.tickets.TicketIntakeRequest;
import org.fazhi.tickets.TicketPauseRequest;
import org.fazhi.tickets.TicketRatingRequest;
import org.fazhi.tickets.TicketReplyRequest;
import org.fazhi.tickets.TicketResumeRequest;
import org.fazhi.tickets.TicketTransferRequest;
import org.fazhi.tickets.TicketType;
import org.fazhi.tickets.TicketUrgeRequest;
import org.fazhi.tickets.Tickets;
import org.fazhi.units.ActingAs;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.Units;
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
 * A year of the demo county's 12345 tickets, loaded on an empty database through the real services and
 * replayed on their days ({@link PlatformClock#standingOn}), so that every clock, gate and audit entry is the
 * one the step makes: closed satisfied (from the portal, rated there) and basically satisfied (at a phone
 * callback); transferred to the township and re-handled after a dissatisfied rating; a complaint paused for a
 * laboratory test, re-handled and closed dissatisfied, with a 舆情 entry; a suggestion from another system
 * answered late; a petition being handled; an overdue complaint urged (督办) with a 舆情 entry; one answered and
 * waiting for its callback, one paused, one just filed and not yet assigned. Every name is invented.
 */
@Component
@Order(185)
class DemoTickets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);
    private static final String DISPATCHER = "fzb";
    private static final String MARKET = "qicao";
    private static final String TOWNSHIP = "donghu";

    private final Tickets tickets;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private LocalDate today;

    DemoTickets(Tickets tickets, Units units, UserDirectory users, ActingAs acting, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.tickets = tickets;
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
        if (!enabled || !(clock instanceof PlatformClock) || units.findByCode("SFX-SJJ").isEmpty()
                || units.findByCode("SFX-DH").isEmpty()
                || List.of(DISPATCHER, MARKET, TOWNSHIP).stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from ticket").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        today = LocalDate.now(clock);
        long market = units.findByCode("SFX-SJJ").orElseThrow().id();
        long township = units.findByCode("SFX-DH").orElseThrow().id();

        // a portal complaint, answered in time and rated satisfied by the complainant on the portal
        FiledTicket a = portal(300, TicketType.COMPLAINT, "城关镇某路段流动摊贩无照经营", "城关镇人民路与建设路口");
        assign(a, 300, TicketType.COMPLAINT, market);
        reply(MARKET, a, 292, "经现场核查，已责令当事人停止无照经营，并引导其到便民市场设摊。");
        on(290, () -> tickets.rateOnPortal(a.receiptNo(), a.queryCode(),
                new TicketRatingRequest(Satisfaction.SATISFIED, "处理及时", null)));

        // a call for help, answered the next day, basically satisfied at the phone callback
        FiledTicket b = phone(250, TicketType.HELP, "咨询办理个体工商户年报的方式", "东湖镇");
        assign(b, 250, TicketType.HELP, township);
        reply(TOWNSHIP, b, 249, "已电话告知年报的网上办理途径和截止时间。");
        rate(b, 248, Satisfaction.BASICALLY_SATISFIED, "希望提供线下指导");

        // a noise complaint transferred to the township, dissatisfied, re-handled and then satisfied
        FiledTicket c = phone(200, TicketType.COMPLAINT, "夜间施工噪声扰民", "东湖镇青石村");
        assign(c, 200, TicketType.COMPLAINT, market);
        on(199, () -> acting.run(MARKET, () -> tickets.transfer(c.id(),
                new TicketTransferRequest(township, "施工地点在东湖镇辖区，属于乡镇管理事项", null))));
        reply(TOWNSHIP, c, 190, "已约谈施工单位，要求夜间停止高噪声作业。");
        rate(c, 188, Satisfaction.DISSATISFIED, "夜间仍有施工");
        reply(TOWNSHIP, c, 182, "联合执法人员夜间巡查，施工单位已调整作业时间并设置隔音屏障。");
        rate(c, 180, Satisfaction.SATISFIED, null);

        // a food complaint paused for a laboratory test, re-handled once and closed dissatisfied; in the media
        FiledTicket d = portal(150, TicketType.COMPLAINT, "超市销售的熟食疑似变质", "城关镇某超市");
        assign(d, 150, TicketType.COMPLAINT, market);
        on(147, () -> acting.run(MARKET, () -> tickets.pause(d.id(),
                new TicketPauseRequest("抽样送检，等待检验报告", day(147), null))));
        on(140, () -> acting.run(MARKET, () -> tickets.expose(d.id(), new TicketExposureRequest("本地生活论坛",
                "网友反映某超市熟食变质", null, day(141), "已关注，待检验结果公布"))));
        on(135, () -> acting.run(MARKET, () -> tickets.resume(d.id(), new TicketResumeRequest(day(135), null))));
        reply(MARKET, d, 133, "检验结果显示菌落总数超标，已立案查处并责令下架。");
        on(130, () -> tickets.rateOnPortal(d.receiptNo(), d.queryCode(),
                new TicketRatingRequest(Satisfaction.DISSATISFIED, "希望告知处罚结果", null)));
        reply(MARKET, d, 125, "已对该超市作出行政处罚，处罚决定已在门户公示。");
        rate(d, 122, Satisfaction.DISSATISFIED, "认为处罚过轻");

        // a suggestion sent by another system, answered after its period
        FiledTicket e = on(90, () -> tickets.submit(new TicketIntakeRequest(TicketType.SUGGESTION,
                "建议在农贸市场增设快检室", "建议在县农贸市场增设食品快速检测室，方便群众送检。", "县农贸市场", "李青禾",
                "13700001234", null, null), "demo-gov-service"));
        assign(e, 90, TicketType.SUGGESTION, market);
        reply(MARKET, e, 60, "已纳入明年农贸市场改造计划。");
        rate(e, 58, Satisfaction.SATISFIED, null);

        // a petition (信访事项) being handled on its 60-day period
        FiledTicket f = phone(40, TicketType.PETITION, "反映征地补偿款发放问题", "西山乡松林村");
        assign(f, 40, TicketType.PETITION, township);

        // an overdue complaint, urged by the rule-of-law office, in the media
        FiledTicket g = phone(30, TicketType.COMPLAINT, "小区电梯多次困人", "城关镇某小区");
        assign(g, 30, TicketType.COMPLAINT, market);
        on(20, () -> acting.run(MARKET, () -> tickets.expose(g.id(), new TicketExposureRequest("县融媒体中心",
                "小区电梯频繁故障 居民出行受困", null, day(20), null))));
        on(10, () -> acting.run(DISPATCHER, () -> tickets.urge(g.id(),
                new TicketUrgeRequest("已超过办理期限，请三日内答复诉求人并报送处理结果"))));

        // answered, waiting for its callback
        FiledTicket h = portal(8, TicketType.HELP, "咨询食品经营许可证延续手续", "东湖镇");
        assign(h, 8, TicketType.HELP, township);
        reply(TOWNSHIP, h, 6, "已告知延续申请的材料和办理地点。");

        // paused for a test
        FiledTicket j = phone(5, TicketType.COMPLAINT, "购买的电动车充电器发热", "城关镇");
        assign(j, 5, TicketType.COMPLAINT, market);
        on(3, () -> acting.run(MARKET, () -> tickets.pause(j.id(),
                new TicketPauseRequest("委托检测机构检测", day(3), null))));

        // just filed, waiting to be assigned
        portal(1, TicketType.COMPLAINT, "路灯损坏多日未修", "城关镇文化路");
        log.info("Demo tickets loaded: 10 tickets in every state");
    }

    private FiledTicket portal(int daysAgo, TicketType type, String title, String where) {
        return on(daysAgo, () -> tickets.file(new TicketIntakeRequest(type, title, title + "，请有关部门处理。", where,
                "周明轩", "13800002222", null, "示范县城关镇")));
    }

    private FiledTicket phone(int daysAgo, TicketType type, String title, String where) {
        return on(daysAgo, () -> acting.run(DISPATCHER, () -> tickets.receive(new TicketIntakeRequest(type, title,
                "来电反映：" + title + "。", where, "吴佳宁", "13900003333", "110101199001011237", "示范县东湖镇"))));
    }

    private void assign(FiledTicket t, int daysAgo, TicketType type, long unit) {
        on(daysAgo, () -> acting.run(DISPATCHER, () -> tickets.assign(t.id(),
                new TicketAssignmentRequest(type, unit, null))));
    }

    private void reply(String user, FiledTicket t, int daysAgo, String text) {
        on(daysAgo, () -> acting.run(user, () -> tickets.reply(t.id(), new TicketReplyRequest(text, day(daysAgo),
                null))));
    }

    private void rate(FiledTicket t, int daysAgo, Satisfaction s, String note) {
        on(daysAgo, () -> acting.run(DISPATCHER, () -> tickets.rate(t.id(), new TicketRatingRequest(s, note, null))));
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private <T> T on(int daysAgo, Supplier<T> work) {
        return ((PlatformClock) clock).standingOn(day(daysAgo), work);
    }
}
