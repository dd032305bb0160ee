package org.fazhi.suggestions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.shared.PlatformClock;
import org.fazhi.suggestions.AnswerCategory;
import org.fazhi.suggestions.AnswerRequest;
import org.fazhi.suggestions.AssignRequest;
import org.fazhi.suggestions.ExtensionRequest;
import org.fazhi.suggestions.FeedbackRequest;
import org.fazhi.suggestions.OpinionRequest;
import org.fazhi.suggestions.RegisterRequest;
import org.fazhi.suggestions.Satisfaction;
import org.fazhi.suggestions.SuggestionKind;
import org.fazhi.suggestions.Suggestions;
import org.fazhi.suggestions.VersionRequest;
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
 * A year of the demo county's suggestions and proposals, loaded on an empty database through the real
 * services, each step replayed on its own day (the clock stands on it): answered in each category (A, B, C),
 * satisfied and basically satisfied, one dissatisfied and handled again, one dissatisfied and being handled
 * again now, one answered late, one overdue, one with the longer limit, one difficult, one answered and
 * awaiting feedback, one in progress and one registered but not yet assigned. The county's 法治办 (fzb)
 * coordinates; the market regulation bureau's clerk (qicao) answers for her bureau. Every name is invented.
 */
@Component
@Order(185)
class DemoSuggestions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSuggestions.class);
    private static final String COORDINATOR = "fzb";
    private static final String CLERK = "qicao";

    private final Suggestions suggestions;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private LocalDate today;

    DemoSuggestions(Suggestions suggestions, Units units, UserDirectory users, ActingAs acting, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.suggestions = suggestions;
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
        if (!enabled || List.of("SFX", "SFX-SJJ", "SFX-ZHZF", "SFX-ZRZY", "SFX-JYJ").stream()
                .anyMatch(c -> units.findByCode(c).isEmpty())
                || List.of(CLERK, COORDINATOR).stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from suggestion").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        today = LocalDate.now(clock);
        long county = unit("SFX");
        long market = unit("SFX-SJJ");
        long zhzf = unit("SFX-ZHZF");
        long land = unit("SFX-ZRZY");
        long education = unit("SFX-JYJ");

        // A: answered on time, satisfied, published
        long a = registered(county, SuggestionKind.NPC_SUGGESTION, "第101号", "李明哲等3名代表",
                "关于加强农贸市场食品安全快速检测的建议", false, 340);
        assign(a, market, List.of(zhzf), false, 330);
        opinion(COORDINATOR, a, zhzf, "综合执法局将配合开展市场周边流动摊贩整治。", 320);
        answer(CLERK, a, AnswerCategory.A, "已在全县8个农贸市场设立快检室，每日公示检测结果。", 300);
        feedback(CLERK, a, Satisfaction.SATISFIED, 290);
        publish(CLERK, a, 285);

        // B: answered late, basically satisfied, published
        long b = registered(county, SuggestionKind.NPC_SUGGESTION, "第102号", "周雅琴代表",
                "关于加快农村宅基地确权颁证的建议", false, 310);
        assign(b, land, List.of(), false, 300);
        answer(COORDINATOR, b, AnswerCategory.B, "已将剩余村组的确权颁证工作列入明年计划，分批推进。", 190);
        feedback(COORDINATOR, b, Satisfaction.BASICALLY_SATISFIED, 180);
        publish(COORDINATOR, b, 175);

        // C, dissatisfied, handled again, answered B, satisfied, published
        long c = registered(county, SuggestionKind.CPPCC_PROPOSAL, "第15号", "赵启明委员",
                "关于改善乡村学校寄宿条件的提案", false, 290);
        assign(c, education, List.of(), false, 280);
        answer(COORDINATOR, c, AnswerCategory.C, "受资金条件限制，留作今后改善寄宿条件时参考。", 220);
        feedback(COORDINATOR, c, Satisfaction.DISSATISFIED, 210);
        answer(COORDINATOR, c, AnswerCategory.B, "已争取专项资金，西山乡中心校宿舍改造列入本年计划并已开工。", 150);
        feedback(COORDINATOR, c, Satisfaction.SATISFIED, 140);
        publish(COORDINATOR, c, 138);

        // difficult (6 months from 交办), a co-unit's opinion, answered, awaiting the feedback form
        long d = registered(county, SuggestionKind.NPC_SUGGESTION, "第103号", "孙立新等5名代表",
                "关于统筹城区占道经营综合治理的建议", false, 210);
        assign(d, zhzf, List.of(market), true, 200);
        opinion(CLERK, d, market, "市场监管局将对临街商户开展证照规范检查，配合划定疏导点。", 180);
        answer(COORDINATOR, d, AnswerCategory.A, "已划定6处临时疏导点，城区占道经营投诉同比下降四成。", 30);

        // about normative documents: answered on time, satisfied, published
        long e = registered(county, SuggestionKind.NPC_SUGGESTION, "第106号", "吴秋实代表",
                "关于清理涉企行政规范性文件中限制竞争条款的建议", true, 130);
        assign(e, market, List.of(), false, 120);
        answer(CLERK, e, AnswerCategory.A, "已对本局现行有效的规范性文件开展专项清理，修改2件、废止1件。", 70);
        feedback(CLERK, e, Satisfaction.SATISFIED, 60);
        publish(CLERK, e, 58);

        // not answered: past its limit, overdue on the 督办台
        long f = registered(county, SuggestionKind.CPPCC_PROPOSAL, "第16号", "钱思源委员",
                "关于规范电动自行车销售和改装的提案", false, 160);
        assign(f, market, List.of(), false, 150);

        // C, dissatisfied: being handled again now, on a new clock
        long g = registered(county, SuggestionKind.CPPCC_PROPOSAL, "第18号", "郑晓岚等2名委员",
                "关于增加城区学前教育学位的提案", false, 200);
        assign(g, education, List.of(land), false, 190);
        opinion(COORDINATOR, g, land, "自然资源局将在控规调整中预留幼儿园用地。", 170);
        answer(COORDINATOR, g, AnswerCategory.C, "受用地条件限制，需结合城区控规调整以后解决。", 100);
        feedback(COORDINATOR, g, Satisfaction.DISSATISFIED, 60);

        // the longer limit, explained before the first ended; in progress
        long h = registered(county, SuggestionKind.CPPCC_PROPOSAL, "第17号", "冯嘉禾委员",
                "关于推进历史遗留不动产登记问题化解的提案", false, 70);
        assign(h, land, List.of(), false, 60);
        on(COORDINATOR, 30, () -> suggestions.extend(h, new ExtensionRequest(
                "涉及多个部门和历史档案调取，已事先向提案人说明，将在六个月内办理完毕。", null)));

        // in progress, a co-unit's opinion still owed
        long i = registered(county, SuggestionKind.NPC_SUGGESTION, "第104号", "陈远航代表",
                "关于加强校园周边食品经营监管的建议", false, 45);
        assign(i, market, List.of(education), false, 40);

        // registered, not yet assigned
        registered(county, SuggestionKind.NPC_SUGGESTION, "第105号", "韩书宁代表",
                "关于完善城区公共停车设施的建议", false, 5);
        log.info("Demo suggestions loaded: 10 suggestions and proposals of the year");
    }

    private long registered(long county, SuggestionKind kind, String number, String proposers, String title,
            boolean normdocs, int daysAgo) {
        LocalDate on = day(daysAgo);
        String session = kind == SuggestionKind.NPC_SUGGESTION ? "示范县第十八届人民代表大会" + on.getYear() + "年会议"
                : "政协示范县第十届委员会" + on.getYear() + "年会议";
        return on(COORDINATOR, daysAgo, () -> suggestions.register(new RegisterRequest(county, kind, number, session,
                on.getYear(), proposers, "13900001111", title, title.replace("关于", "建议") + "。具体意见见正文。", on,
                normdocs))).id();
    }

    private void assign(long id, long lead, List<Long> coUnits, boolean difficult, int daysAgo) {
        on(COORDINATOR, daysAgo, () -> suggestions.assign(id, new AssignRequest(lead, coUnits, day(daysAgo),
                difficult, null)));
    }

    private void opinion(String user, long id, long unit, String text, int daysAgo) {
        on(user, daysAgo, () -> suggestions.opinion(id, new OpinionRequest(unit, text, day(daysAgo), null)));
    }

    private void answer(String user, long id, AnswerCategory category, String text, int daysAgo) {
        on(user, daysAgo, () -> suggestions.answer(id, new AnswerRequest(category, text, day(daysAgo), null, null)));
    }

    private void feedback(String user, long id, Satisfaction s, int daysAgo) {
        on(user, daysAgo, () -> suggestions.feedback(id, new FeedbackRequest(s,
                s.satisfied() ? null : "答复未解决实际问题，请继续办理。", day(daysAgo), null)));
    }

    private void publish(String user, long id, int daysAgo) {
        on(user, daysAgo, () -> suggestions.publish(id, new VersionRequest(null)));
    }

    private <T> T on(String user, int daysAgo, Supplier<T> work) {
        return acting.run(user, () -> clock instanceof PlatformClock p ? p.standingOn(day(daysAgo), work) : work.get());
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }
}
