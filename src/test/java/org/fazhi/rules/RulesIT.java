package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The rules catalog: public reading, locality overrides by the right people only, audited. */
@FazhiIT
class RulesIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RulesCatalog catalog;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    /** A date far in the future, different on every run, so that overrides never collide or touch other tests. */
    static LocalDate uniqueFutureDate() {
        return LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
    }

    @Test
    void theCatalogIsPublicAndHoldsEveryRule() {
        assertThat(mvc.get().uri("/api/v1/rules")).hasStatusOk().bodyJson().extractingPath("$.length()")
                .isEqualTo(81);
        var gi = assertThat(mvc.get().uri("/api/v1/rules/GI-01")).hasStatusOk().bodyJson();
        gi.extractingPath("$.amount").isEqualTo(20);
        gi.extractingPath("$.extension").isEqualTo(20);
        gi.extractingPath("$.unit").isEqualTo("WORKING_DAYS");
        assertThat(mvc.get().uri("/api/v1/rules?area=行政复议")).hasStatusOk().bodyJson().extractingPath("$.length()")
                .isEqualTo(9);
    }

    @Test
    void anUnknownRuleIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/rules/XX-99")).hasStatus(404).bodyJson().extractingPath("$.status")
                .isEqualTo(404);
    }

    @Test
    void theCatalogAnswersPeriodsAndThresholds() {
        assertThat(catalog.period("ND-02", RuleTerm.MAX_AMOUNT, LocalDate.of(2024, 1, 1)))
                .isEqualTo(org.fazhi.shared.Period.workingDays(15));
        assertThat(catalog.period("MD-02", RuleTerm.AMOUNT, LocalDate.of(2024, 1, 1)))
                .isEqualTo(org.fazhi.shared.Period.calendarDays(30, true));
        assertThat(catalog.threshold("TS-03", LocalDate.of(2024, 1, 1))).isEqualByComparingTo("5");
    }

    @Test
    void aCountyRuleOfLawOfficeOverridesARuleFromADateAndTheNationalValueStaysBesideIt() {
        LocalDate from = uniqueFutureDate();
        java.math.BigDecimal inForceBefore = catalog.effectiveOn("SD-01", from.minusDays(1)).amount();
        String body = "{\"amount\":10,\"effectiveFrom\":\"" + from + "\",\"reason\":\"本省规定征求意见不少于10个工作日\"}";
        var created = assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(201).bodyJson();
        created.extractingPath("$.amount").isEqualTo(10);
        Rule before = catalog.effectiveOn("SD-01", from.minusDays(1));
        Rule after = catalog.effectiveOn("SD-01", from);
        assertThat(before.amount()).isEqualByComparingTo(inForceBefore);
        assertThat(catalog.effectiveOn("SD-01", LocalDate.of(2024, 1, 1)).amount()).isEqualByComparingTo("7");
        assertThat(after.amount()).isEqualByComparingTo("10");
        assertThat(after.nationalAmount()).isEqualByComparingTo("7");
        assertThat(after.overrideEffectiveFrom()).isEqualTo(from);
        assertThat(catalog.period("SD-01", RuleTerm.AMOUNT, from)).isEqualTo(org.fazhi.shared.Period.workingDays(10));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'rule-override' and action = 'create'")
                .query(Long.class).single()).isPositive();
        assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(400);
    }

    @Test
    void anOverrideCanBeCorrected() {
        LocalDate from = uniqueFutureDate();
        String body = "{\"amount\":25,\"extension\":15,\"effectiveFrom\":\"" + from + "\",\"reason\":\"本地规定\"}";
        var result = mvc.post().uri("/api/v1/rules/GI-01/overrides").with(DemoUsers.as("admin"))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(result).hasStatus(201);
        Number id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsByteArray().length == 0 ? "{}"
                : new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8),
                "$.id");
        String fixed = "{\"amount\":15,\"extension\":15,\"effectiveFrom\":\"" + from + "\",\"reason\":\"更正\"}";
        assertThat(mvc.put().uri("/api/v1/rules/GI-01/overrides/" + id).with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(fixed)).hasStatusOk().bodyJson()
                .extractingPath("$.amount").isEqualTo(15);
        assertThat(catalog.effectiveOn("GI-01", from).amount()).isEqualByComparingTo("15");
        assertThat(mvc.put().uri("/api/v1/rules/MD-02/overrides/" + id).with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(fixed)).hasStatus(404);
    }

    @Test
    void overridesAreRefusedToOtherRolesToTownshipsAndToStrangers() {
        String body = "{\"amount\":10,\"effectiveFrom\":\"" + uniqueFutureDate() + "\",\"reason\":\"x\"}";
        assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").with(DemoUsers.as("zhifa1"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").with(DemoUsers.as("donghu"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").contentType(MediaType.APPLICATION_JSON)
                .content(body)).hasStatus(401);
    }

    @Test
    void badOverridesAreRefusedWith400AndStoreNothing() {
        long before = jdbc.sql("select count(*) from rule_override").query(Long.class).single();
        String date = uniqueFutureDate().toString();
        for (String body : new String[] {
                "{\"amount\":-3,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}",
                "{\"amount\":0,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}",
                "{\"amount\":7.5,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}",
                "{\"amount\":5000,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}",
                "{\"amount\":7,\"extension\":5,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}",
                "{\"amount\":7,\"effectiveFrom\":\"" + date + "\",\"reason\":\"\"}",
                "{\"amount\":7,\"reason\":\"x\"}",
                "{\"amount\":7,\"effectiveFrom\":\"1990-01-01\",\"reason\":\"x\"}",
                "{\"amount\":7,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\",\"extra\":1}",
                "{\"amount\":7,\"effectiveFrom\":\"" + date + "\",\"reason\":\"" + "长".repeat(501) + "\"}",
                "not json"}) {
            assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").with(DemoUsers.as("fzb"))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).as(body).hasStatus(400);
        }
        assertThat(mvc.post().uri("/api/v1/rules/ND-02/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":10,\"maxAmount\":8,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}"))
                .hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/rules/MD-01/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":10,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}")).hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/rules/TS-02/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":10,\"effectiveFrom\":\"" + date + "\",\"reason\":\"x\"}")).hasStatus(400);
        assertThat(jdbc.sql("select count(*) from rule_override").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void thePortalListsTheRulesWithTheirSources() {
        assertThat(mvc.get().uri("/rules")).hasStatusOk().bodyText().contains("法定时限").contains("GI-01")
                .contains("政府信息公开条例").contains("20 个工作日，可延长 20 个工作日");
    }

    @Test
    void theConsoleCatalogShowsNationalBesideLocalAndTakesOverridesInAForm() {
        assertThat(mvc.get().uri("/console/rules").with(console(users, "fzb"))).hasStatusOk().bodyText()
                .contains("全国（默认）值").contains("MD-06");
        LocalDate from = uniqueFutureDate();
        assertThat(mvc.post().uri("/console/rules/PN-07/overrides").with(console(users, "fzb"))
                .param("amount", "abc").param("effectiveFrom", from.toString()).param("reason", "测试"))
                .hasStatusOk().bodyText().contains("须为数字");
        assertThat(mvc.post().uri("/console/rules/PN-07/overrides").with(console(users, "fzb"))
                .param("amount", "6").param("effectiveFrom", from.toString()).param("reason", "本地规定"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/console/rules/PN-07").with(console(users, "fzb"))).hasStatusOk().bodyText()
                .contains(from.toString()).contains("本地规定");
        assertThat(mvc.post().uri("/console/rules/PN-07/overrides").with(console(users, "donghu"))
                .param("amount", "6").param("effectiveFrom", uniqueFutureDate().toString()).param("reason", "x"))
                .hasStatusOk().bodyText().contains("只有系统管理员或县级以上法治办可以设定本地值");
    }
}
