package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.time.LocalDate;
import java.util.List;
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
    void theCatalogIsPublicAndHoldsEveryRule() throws java.io.IOException {
        long rules;
        long reconsideration;
        try (var in = getClass().getResourceAsStream("/rules/catalog.tsv")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.matches("^[A-Z]{2}-\\d{2}\t.*")).toList();
            rules = lines.size();
            reconsideration = lines.stream().filter(l -> l.split("\t")[1].equals("行政复议")).count();
        }
        assertThat(rules).isGreaterThan(80);
        assertThat(mvc.get().uri("/api/v1/rules?size=200")).hasStatusOk().bodyJson().extractingPath("$.total")
                .isEqualTo((int) rules);
        var gi = assertThat(mvc.get().uri("/api/v1/rules/GI-01")).hasStatusOk().bodyJson();
        gi.extractingPath("$.amount").isEqualTo(20);
        gi.extractingPath("$.extension").isEqualTo(20);
        gi.extractingPath("$.unit").isEqualTo("WORKING_DAYS");
        gi.extractingPath("$.direction").isEqualTo("LIMIT");
        gi.extractingPath("$.legalForce").isEqualTo("STATUTORY");
        assertThat(reconsideration).isGreaterThanOrEqualTo(9);
        assertThat(mvc.get().uri("/api/v1/rules?area=行政复议")).hasStatusOk().bodyJson().extractingPath("$.total")
                .isEqualTo((int) reconsideration);
    }

    @Test
    void theCatalogApiHonoursPageAndSize() {
        var second = assertThat(mvc.get().uri("/api/v1/rules?page=1&size=10")).hasStatusOk().bodyJson();
        second.extractingPath("$.items.length()").isEqualTo(10);
        second.extractingPath("$.page").isEqualTo(1);
        second.extractingPath("$.size").isEqualTo(10);
        int total = catalog.all().size();
        second.extractingPath("$.total").isEqualTo(total);
        second.extractingPath("$.items[0].id").isEqualTo(catalog.all().get(10).id());
        assertThat(mvc.get().uri("/api/v1/rules?page=" + (total / 10) + "&size=10")).hasStatusOk().bodyJson()
                .extractingPath("$.items.length()").isEqualTo(total % 10);
        assertThat(mvc.get().uri("/api/v1/rules?size=0")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/rules?page=-1")).hasStatus(400);
    }

    @Test
    void thePublicApiCitesSourcesAndKeepsVerificationNotesInTheConsole() {
        var nd = assertThat(mvc.get().uri("/api/v1/rules/ND-02")).hasStatusOk().bodyJson();
        nd.extractingPath("$.source").asString().contains("国办发〔2018〕115号").doesNotContain("未核");
        assertThat(mvc.get().uri("/api/v1/rules/ND-02")).hasStatusOk().bodyText().doesNotContain("confidence")
                .doesNotContain("note");
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
        long county = unit("SFX");
        Rule before = catalog.effectiveOn("SD-01", from.minusDays(1), county);
        Rule after = catalog.effectiveOn("SD-01", from, county);
        assertThat(before.amount()).isEqualByComparingTo(inForceBefore);
        assertThat(catalog.effectiveOn("SD-01", LocalDate.of(2024, 1, 1), county).amount()).isEqualByComparingTo("7");
        assertThat(after.amount()).isEqualByComparingTo("10");
        assertThat(after.nationalAmount()).isEqualByComparingTo("7");
        assertThat(after.overrideEffectiveFrom()).isEqualTo(from);
        assertThat(after.overrideUnitId()).isEqualTo(county);
        assertThat(catalog.period("SD-01", RuleTerm.AMOUNT, from, county))
                .isEqualTo(org.fazhi.shared.Period.workingDays(10));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'rule-override' and action = 'create'")
                .query(Long.class).single()).isPositive();
        assertThat(mvc.post().uri("/api/v1/rules/SD-01/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(400);
    }

    @Test
    void anOverrideCanBeCorrectedByItsOwnUnitOnly() {
        LocalDate from = uniqueFutureDate();
        String body = "{\"amount\":18,\"extension\":15,\"effectiveFrom\":\"" + from + "\",\"reason\":\"本地规定\"}";
        var result = mvc.post().uri("/api/v1/rules/GI-01/overrides").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(result).hasStatus(201);
        Number id = com.jayway.jsonpath.JsonPath.read(
                new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8), "$.id");
        String fixed = "{\"amount\":15,\"extension\":15,\"effectiveFrom\":\"" + from + "\",\"reason\":\"更正\"}";
        assertThat(mvc.put().uri("/api/v1/rules/GI-01/overrides/" + id).with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(fixed)).hasStatusOk().bodyJson()
                .extractingPath("$.amount").isEqualTo(15);
        assertThat(catalog.effectiveOn("GI-01", from, unit("SFX")).amount()).isEqualByComparingTo("15");
        assertThat(catalog.effectiveOn("GI-01", from).amount()).isEqualByComparingTo("20");
        assertThat(mvc.put().uri("/api/v1/rules/MD-02/overrides/" + id).with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content(fixed)).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/rules/GI-01/overrides/" + id).with(DemoUsers.as("linxian"))
                .contentType(MediaType.APPLICATION_JSON).content(fixed)).hasStatus(404);
    }

    @Test
    void anOverrideThatLoosensTheLawIsRefusedNamingTheRuleAndTheNumbers() {
        long before = jdbc.sql("select count(*) from rule_override").query(Long.class).single();
        String date = uniqueFutureDate().toString();
        assertThat(override("fzb", "RC-01", "{\"amount\":15", date)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].message").asString().contains("RC-01").contains("15 日").contains("60 日")
                .contains("只能延长");
        assertThat(override("fzb", "MD-02", "{\"amount\":10", date)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].message").asString().contains("MD-02").contains("10 日").contains("30 日")
                .contains("只能提高");
        assertThat(override("fzb", "SD-01", "{\"amount\":2", date)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].message").asString().contains("SD-01").contains("2 个工作日")
                .contains("7 个工作日");
        assertThat(override("fzb", "ND-02", "{\"amount\":5,\"maxAmount\":40", date)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].message").asString().contains("ND-02").contains("40 个工作日")
                .contains("15 个工作日").contains("只能缩短");
        assertThat(override("fzb", "GI-01", "{\"amount\":20,\"extension\":30", date)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("extension");
        assertThat(jdbc.sql("select count(*) from rule_override").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCountysOverrideAppliesOnlyInsideItsSubtreeNeverInTheNeighbouringCounty() {
        LocalDate from = uniqueFutureDate();
        assertThat(override("fzb", "RC-01", "{\"amount\":90", from.toString())).hasStatus(201);
        assertThat(catalog.effectiveOn("RC-01", from, unit("SFX")).amount()).isEqualByComparingTo("90");
        assertThat(catalog.effectiveOn("RC-01", from, unit("SFX-DH")).amount()).isEqualByComparingTo("90");
        assertThat(catalog.effectiveOn("RC-01", from, unit("LX")).amount()).isEqualByComparingTo("60");
        assertThat(catalog.effectiveOn("RC-01", from, unit("LX-SFJ")).amount()).isEqualByComparingTo("60");
        assertThat(catalog.effectiveOn("RC-01", from, unit("SFS")).amount()).isEqualByComparingTo("60");
        assertThat(catalog.effectiveOn("RC-01", from).amount()).isEqualByComparingTo("60");
        assertThat(catalog.period("RC-01", RuleTerm.AMOUNT, from, unit("LX-SFJ")).amount()).isEqualTo(60);
    }

    @Test
    void aValueSetAboveCannotBeLoosenedBelow() {
        LocalDate from = uniqueFutureDate();
        assertThat(override("admin", "GI-05", "{\"amount\":15", from.toString())).hasStatus(201);
        assertThat(catalog.effectiveOn("GI-05", from, unit("SFX")).amount()).isEqualByComparingTo("15");
        assertThat(override("fzb", "GI-05", "{\"amount\":18", from.toString())).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].message").asString().contains("GI-05").contains("18 个工作日")
                .contains("示范市人民政府").contains("15 个工作日");
        assertThat(override("fzb", "GI-05", "{\"amount\":12", from.toString())).hasStatus(201);
        assertThat(catalog.effectiveOn("GI-05", from, unit("SFX-DH")).amount()).isEqualByComparingTo("12");
        assertThat(catalog.effectiveOn("GI-05", from, unit("LX")).amount()).isEqualByComparingTo("15");
    }

    @Test
    void aLoosenedValueStoredBeforeDirectionsNeverAppliesNorShowsOnThePublicPage() {
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 7000));
        jdbc.sql("insert into rule_override (rule_id, unit_id, amount, effective_from, reason, created_by, created_at)"
                + " values ('PM-01', ?, 11, ?, '旧数据', 'fzb', current_timestamp)").params(unit("SFX"), from).update();
        assertThat(catalog.effectiveOn("PM-01", from.plusDays(1), unit("SFX")).amount()).isEqualByComparingTo("30");
        assertThat(mvc.get().uri("/rules")).hasStatusOk().bodyText().doesNotContain("11 日");
        assertThat(mvc.get().uri("/api/v1/rules/PM-01")).hasStatusOk().bodyJson().extractingPath("$.localValues")
                .asArray().isEmpty();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult override(String user, String rule,
            String numbers, String date) {
        return mvc.post().uri("/api/v1/rules/" + rule + "/overrides").with(DemoUsers.as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(numbers + ",\"effectiveFrom\":\"" + date + "\",\"reason\":\"本地规定\"}").exchange();
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
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
        assertThat(mvc.get().uri("/rules")).hasStatusOk().bodyText().contains("时限与标准").contains("GI-01")
                .contains("政府信息公开条例").contains("20 个工作日，可延长 20 个工作日")
                .doesNotContain("种子文件").doesNotContain("未核").doesNotContain("某市").doesNotContain("原文")
                .doesNotContain("据政府网站").contains("决策作出前承担主要论证评估工作的单位除外");
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
        assertThat(mvc.post().uri("/console/rules/PN-07/overrides").with(console(users, "fzb"))
                .param("amount", "4").param("effectiveFrom", uniqueFutureDate().toString()).param("reason", "缩短"))
                .hasStatusOk().bodyText().contains("id=\"error-summary\"").contains("PN-07").contains("只能延长");
        assertThat(mvc.get().uri("/console/rules/PN-07").with(console(users, "fzb"))).hasStatusOk().bodyText()
                .contains(from.toString()).contains("本地规定");
        assertThat(mvc.post().uri("/console/rules/PN-07/overrides").with(console(users, "donghu"))
                .param("amount", "6").param("effectiveFrom", uniqueFutureDate().toString()).param("reason", "x"))
                .hasStatusOk().bodyText().contains("只有系统管理员或县级以上法治办可以设定本地值");
    }
}
