package org.fazhi.litigation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.accountability.Accountabilities;
import org.fazhi.accountability.AccountabilityRequest;
import org.fazhi.accountability.ClearanceRequest;
import org.fazhi.accountability.DecisionRequest;
import org.fazhi.accountability.FaultKind;
import org.fazhi.accountability.Measure;
import org.fazhi.litigation.AppealRequest;
import org.fazhi.litigation.Appellant;
import org.fazhi.litigation.AppearanceRequest;
import org.fazhi.litigation.AppearanceRole;
import org.fazhi.litigation.CourtHearingRequest;
import org.fazhi.litigation.DefenceRequest;
import org.fazhi.litigation.EffectRequest;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.FulfilmentRequest;
import org.fazhi.litigation.JudgmentKind;
import org.fazhi.litigation.JudgmentOutcome;
import org.fazhi.litigation.JudgmentRequest;
import org.fazhi.litigation.JudicialSuggestions;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationCases;
import org.fazhi.litigation.LitigationRequest;
import org.fazhi.litigation.PlaintiffType;
import org.fazhi.litigation.Stage;
import org.fazhi.litigation.SuggestionIssuer;
import org.fazhi.litigation.SuggestionReplyRequest;
import org.fazhi.litigation.SuggestionRequest;
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
 * A year of suits against the demo county's agencies, loaded after reconsideration on an empty
 * database through the real services as the county 法治办 (fzb) and the neighbouring county's (linxian):
 * a suit lost and fulfilled after the bureau's head appeared; one won, a deputy head appearing; one
 * appealed by the plaintiff with its second instance pending; a township's judgment in its appeal
 * period; a judgment effective and awaiting fulfilment; a suit with a hearing to come (the summons
 * served in time); one where only an entrusted body's head came (not a 负责人, with the reason and the
 * approval); one just served with its answer due; and judicial suggestions replied, awaiting a reply,
 * and overdue; procuratorial suggestions replied and awaiting a reply; and the accountability that
 * followed: decided for the lost suit, open for the overdue reply, not pursued for the suit won. Every
 * name is invented.
 */
@Component
@Order(140)
class DemoLitigation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLitigation.class);
    static final String COURT = "示范县人民法院";
    static final String PROCURATORATE = "示范县人民检察院";

    private final LitigationCases cases;
    private final JudicialSuggestions suggestions;
    private final Accountabilities accountability;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private LocalDate today;
    private int serial;

    DemoLitigation(LitigationCases cases, JudicialSuggestions suggestions, Accountabilities accountability, Units units, UserDirectory users,
            ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.accountability = accountability;
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
        if (!enabled || units.findByCode("SFX-SJJ").isEmpty() || units.findByCode("LX-SFJ").isEmpty()
                || List.of("fzb", "linxian").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from litigation_case").query(Long.class).single() > 0) {
            return;
        }
        today = LocalDate.now(clock);
        tx.executeWithoutResult(s -> acting.run("fzb", this::load));
        tx.executeWithoutResult(s -> acting.run("linxian", () -> {
            suit("LX-SFJ", "邻县某公司", "行政许可", 40, 35);
        }));
        log.info("Demo litigation loaded: {} suits", serial);
    }

    private void load() {
        // 1. Lost, the bureau's head appeared, the judgment fulfilled and reported to the county government.
        LitigationCase lost = suit("SFX-SJJ", "示范县百味餐饮店", "行政处罚", 300, 295);
        defend(lost, 285);
        hearing(lost, 250, 260, AppearanceRole.HEAD, "县市场监督管理局局长（演示）", null, null);
        judged(lost, JudgmentOutcome.REVOKED, 220, true);
        effective(lost, 200);
        cases.recordFulfilment(lost.id(), new FulfilmentRequest(ago(180), "已撤销原处罚决定并退还罚款。", ago(175), null));

        // 2. Won, a deputy head appeared; nothing to perform.
        LitigationCase won = suit("SFX-ZHZF", "吴先生", "行政强制", 240, 236);
        defend(won, 226);
        hearing(won, 200, 210, AppearanceRole.DEPUTY, "县综合行政执法局副局长（演示）", null, null);
        judged(won, JudgmentOutcome.CLAIMS_DISMISSED, 170, false);
        effective(won, 150);
        cases.closeWithoutPerformance(won.id(), new EffectRequest(ago(150), null));

        // 3. Won at first instance, appealed by the plaintiff: the second instance is pending.
        LitigationCase first = suit("SFX-ZRZY", "示范县绿源农业专业合作社", "土地行政确认", 200, 196);
        defend(first, 186);
        hearing(first, 150, 160, AppearanceRole.LEADER_IN_CHARGE, "县自然资源局分管副局长（演示）", null, null);
        judged(first, JudgmentOutcome.CLAIMS_DISMISSED, 100, false);
        cases.appeal(first.id(), new AppealRequest(Appellant.OTHER_PARTY, ago(95), "示范市中级人民法院",
                "（" + ago(95).getYear() + "）示01行终" + (++serial) + "号", ago(90), null));

        // 4. A township's judgment in its appeal period.
        LitigationCase township = suit("SFX-DH", "东湖镇青石村村民", "行政协议", 120, 116);
        defend(township, 106);
        hearing(township, 60, 70, AppearanceRole.HEAD, "东湖镇镇长（演示）", null, null);
        judged(township, JudgmentOutcome.CONFIRMED_ILLEGAL, 5, false);

        // 5. Effective, to be fulfilled.
        LitigationCase toPerform = suit("SFX-JYJ", "示范县启明培训学校", "行政许可", 150, 146);
        defend(toPerform, 136);
        hearing(toPerform, 100, 108, AppearanceRole.DEPUTY, "县教育局副局长（演示）", null, null);
        judged(toPerform, JudgmentOutcome.ORDERED_PERFORMANCE, 60, true);
        effective(toPerform, 40);

        // 6. A hearing to come; the summons served in time.
        LitigationCase coming = suit("SFX-SJJ", "陈守信", "行政处罚", 20, 18);
        defend(coming, 10);
        cases.scheduleHearing(coming.id(), new CourtHearingRequest(today.plusDays(10), "第三审判庭", true, ago(1), null));

        // 7. Only an entrusted body's head came (not a 负责人): the reason and the approval; mediated, fulfilled.
        LitigationCase entrusted = suit("SFX-XS", "西山乡松林村村民", "行政给付", 90, 86);
        defend(entrusted, 76);
        hearing(entrusted, 30, 40, AppearanceRole.ENTRUSTED_BODY_HEAD, "乡农业综合服务站站长（演示）",
                "乡长参加防汛抢险，无法出庭。", "县人民政府（演示）");
        judged(entrusted, JudgmentOutcome.MEDIATED, 20, true);
        effective(entrusted, 20);
        cases.recordFulfilment(entrusted.id(), new FulfilmentRequest(ago(10), "已按调解书支付补助款。", ago(8), null));

        // 8. Just served: the answer is due.
        suit("SFX-ZHZF", "示范县宏达建材厂", "责令停产停业", 4, 3);

        // Judicial suggestions: replied on time, awaiting a reply, overdue.
        var replied = suggestions.receive(new SuggestionRequest(unit("SFX-ZHZF"), COURT, "示法建〔" + ago(160).getYear()
                + "〕" + (++serial) + "号", ago(160), "建议规范行政强制措施的告知程序。", won.id(), null, SuggestionIssuer.COURT));
        suggestions.reply(replied.id(), new SuggestionReplyRequest(ago(130), "已修订执法文书，组织执法人员培训。", null));
        suggestions.receive(new SuggestionRequest(unit("SFX-SJJ"), COURT, "示法建〔" + ago(10).getYear() + "〕"
                + (++serial) + "号", ago(10), "建议加强食品经营许可现场核查。", coming.id(), today.plusDays(20),
                SuggestionIssuer.COURT));
        var overdue = suggestions.receive(new SuggestionRequest(unit("SFX-ZRZY"), COURT, "示法建〔" + ago(80).getYear() + "〕"
                + (++serial) + "号", ago(80), "建议完善土地确权档案管理。", first.id(), null, SuggestionIssuer.COURT));
        // Procuratorial suggestions: a public-interest one replied to, one awaiting its reply.
        var recovered = suggestions.receive(new SuggestionRequest(unit("SFX-ZRZY"), PROCURATORATE,
                "示检行公建〔" + ago(100).getYear() + "〕" + (++serial) + "号", ago(100),
                "建议依法履行耕地保护监管职责，督促恢复被占耕地原状。", null, null, SuggestionIssuer.PROCURATORATE));
        suggestions.reply(recovered.id(), new SuggestionReplyRequest(ago(50), "已责令恢复耕地原状并完成验收。", null));
        suggestions.receive(new SuggestionRequest(unit("SFX-SJJ"), PROCURATORATE, "示检行建〔" + ago(20).getYear() + "〕"
                + (++serial) + "号", ago(20), "建议规范食品抽检不合格产品的后续处置。", null, null,
                SuggestionIssuer.PROCURATORATE));

        // Accountability: for the lost suit, decided (a warning and a written self-examination); for the
        // overdue reply to the court, open; for the suit won, nothing pursued.
        var fault = accountability.open(new AccountabilityRequest(LitigationCase.SUBJECT.name(), lost.id(),
                FaultKind.SUIT_LOST, "执法人员甲（演示）", "执法一中队队员", ago(170),
                "处罚决定认定事实的证据不足，被判决撤销。"));
        accountability.decide(fault.id(), new DecisionRequest(ago(60), "示法追〔" + ago(60).getYear() + "〕1号",
                List.of(Measure.WARNING, Measure.WRITTEN_SELF_EXAMINATION), "给予警告处分，责令作出书面检查。", null));
        accountability.open(new AccountabilityRequest("deadline", overdue.deadlineId(), FaultKind.OVERDUE_DUTY,
                "工作人员乙（演示）", "法规股股长", ago(5), "司法建议逾期未书面回复人民法院。"));
        var cleared = accountability.open(new AccountabilityRequest(LitigationCase.SUBJECT.name(), won.id(),
                FaultKind.ENFORCEMENT_FAULT, "执法人员丙（演示）", "执法二中队队员", ago(140), "当事人反映执法过程中未出示证件。"));
        accountability.clear(cleared.id(), new ClearanceRequest(ago(110), "经调取执法记录仪视频，已出示执法证件，反映不实。", null));
    }

    private LitigationCase suit(String unitCode, String plaintiff, String cause, int filedDaysAgo, int copyDaysAgo) {
        serial++;
        LocalDate filed = ago(filedDaysAgo);
        return cases.file(new LitigationRequest(unit(unitCode), Stage.FIRST_INSTANCE, null,
                unitCode.startsWith("LX") ? "邻县人民法院" : COURT,
                "（" + filed.getYear() + "）" + (unitCode.startsWith("LX") ? "邻" : "示") + "0101行初" + serial + "号",
                cause + "纠纷", plaintiff, plaintiff.contains("店") || plaintiff.contains("社") || plaintiff.contains("学校")
                        || plaintiff.contains("厂") || plaintiff.contains("公司") ? PlaintiffType.LEGAL_PERSON
                        : PlaintiffType.NATURAL_PERSON,
                "原告不服" + cause + "决定", FilingBasis.DIRECT, filed.minusDays(40), filed.minusDays(30), true, null, null,
                null, false, false, filed, ago(copyDaysAgo), false));
    }

    private void defend(LitigationCase c, int daysAgo) {
        cases.submitDefence(c.id(), new DefenceRequest(ago(daysAgo), "提交答辩状及作出行政行为的证据、依据。", null));
    }

    private void hearing(LitigationCase c, int hearingDaysAgo, int summonsDaysAgo, AppearanceRole role, String name,
            String reason, String approvedBy) {
        cases.scheduleHearing(c.id(), new CourtHearingRequest(ago(hearingDaysAgo), "第一审判庭", true, ago(summonsDaysAgo),
                null));
        cases.recordAppearance(c.id(), new AppearanceRequest(role, name, null, reason, approvedBy, null));
    }

    private void judged(LitigationCase c, JudgmentOutcome outcome, int servedDaysAgo, boolean perform) {
        cases.recordJudgment(c.id(), new JudgmentRequest(outcome == JudgmentOutcome.MEDIATED ? JudgmentKind.MEDIATION
                : JudgmentKind.JUDGMENT, outcome, c.caseNo().replace("行初", "行初判"), ago(servedDaysAgo), perform,
                "法院经审理作出裁判。", null));
    }

    private void effective(LitigationCase c, int daysAgo) {
        cases.becomeEffective(c.id(), new EffectRequest(ago(daysAgo), null));
    }

    private LocalDate ago(int days) {
        return today.minusDays(days);
    }

    private long unit(String code) {
        return units.findByCode(code).map(Unit::id).orElseThrow();
    }
}
