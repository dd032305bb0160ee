package org.fazhi.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.rules.LegalForce;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleUnit;
import org.fazhi.shared.PeriodCounting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped catalog holds every rule ID of RULES.md with the numbers the foundation issue fixes. */
class CatalogFileTests {

    static Map<String, RuleDefinition> catalog;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = CatalogFileTests.class.getClassLoader().getResourceAsStream(CatalogFile.RESOURCE)) {
            catalog = CatalogFile.read(in).stream().collect(Collectors.toMap(RuleDefinition::id, Function.identity()));
        }
    }

    /** The IDs of RULES.md (section 1 and 1b), written out here because CI has no copy of that file. */
    static List<String> rulesMdIds() {
        List<String> ids = new ArrayList<>();
        range(ids, "MD", 11);
        range(ids, "ND", 6);
        range(ids, "GI", 7);
        range(ids, "RC", 9);
        range(ids, "LT", 4);
        range(ids, "PN", 8);
        range(ids, "TS", 3);
        range(ids, "AR", 3);
        range(ids, "NP", 2);
        range(ids, "PM", 1);
        range(ids, "SD", 19);
        return ids;
    }

    private static void range(List<String> ids, String prefix, int last) {
        for (int i = 1; i <= last; i++) {
            ids.add(String.format("%s-%02d", prefix, i));
        }
    }

    @Test
    void theCatalogContainsEveryRuleOfRulesMdAndEachOtherRuleSaysWhereItComesFrom() {
        assertThat(catalog.keySet()).containsAll(rulesMdIds());
        assertThat(catalog.keySet()).contains("LC-01", "LC-02", "LC-03", "LC-04", "LC-05");
        catalog.values().stream().filter(r -> !rulesMdIds().contains(r.id())).forEach(r -> {
            assertThat(r.id()).as("a rule added by the platform").matches("[A-Z]{2}-\\d{2}");
            assertThat(r.source()).as(r.id() + " cites its source").isNotBlank();
            assertThat(r.confidence()).as(r.id() + " carries a confidence mark").isIn("V", "S", "U");
        });
    }

    @Test
    void theNumbersTheIssueFixesAreShipped() {
        assertRule("SD-01", RuleUnit.WORKING_DAYS, "7", null, null);
        assertRule("ND-02", RuleUnit.WORKING_DAYS, "5", "15", null);
        assertRule("MD-06", RuleUnit.WORKING_DAYS, "7", null, null);
        assertRule("MD-02", RuleUnit.CALENDAR_DAYS, "30", null, null);
        assertRule("GI-01", RuleUnit.WORKING_DAYS, "20", null, "20");
        assertRule("RC-06", RuleUnit.CALENDAR_DAYS, "60", null, "30");
        assertRule("ND-05", RuleUnit.CALENDAR_DAYS, "30", null, null);
        assertRule("TS-03", RuleUnit.PERCENT, "5", null, null);
        assertThat(catalog.get("TS-02").unit()).isEqualTo(RuleUnit.FIXED_DATE);
        assertThat(catalog.get("TS-02").fixedDate()).isEqualTo("01-31");
        assertThat(catalog.get("TS-02").restDayRollover()).isFalse();
        assertThat(catalog.get("MD-02").restDayRollover()).isTrue();
        assertThat(catalog.get("NP-01").unit()).isEqualTo(RuleUnit.MONTHS);
    }

    @Test
    void everyRuleHasItsTextsSourceAndAConsistentNumber() {
        for (RuleDefinition d : catalog.values()) {
            assertThat(d.title()).as(d.id()).isNotBlank();
            assertThat(d.summary()).as(d.id()).isNotBlank();
            assertThat(d.source()).as(d.id()).isNotBlank();
            assertThat(d.confidence()).as(d.id()).isIn("V", "S", "U");
            switch (d.unit()) {
                case NONE -> assertThat(d.amount()).as(d.id()).isNull();
                case FIXED_DATE -> assertThat(d.fixedDate()).as(d.id()).matches("\\d{2}-\\d{2}");
                default -> assertThat(d.amount()).as(d.id()).isPositive();
            }
            if (d.maxAmount() != null) {
                assertThat(d.maxAmount()).as(d.id()).isGreaterThanOrEqualTo(d.amount());
            }
        }
    }

    private static void assertRule(String id, RuleUnit unit, String amount, String max, String extension) {
        RuleDefinition d = catalog.get(id);
        assertThat(d.unit()).as(id).isEqualTo(unit);
        assertThat(d.amount()).as(id).isEqualByComparingTo(new BigDecimal(amount));
        if (max == null) {
            assertThat(d.maxAmount()).as(id).isNull();
        } else {
            assertThat(d.maxAmount()).as(id).isEqualByComparingTo(new BigDecimal(max));
        }
        if (extension == null) {
            assertThat(d.extension()).as(id).isNull();
        } else {
            assertThat(d.extension()).as(id).isEqualByComparingTo(new BigDecimal(extension));
        }
    }

    @Test
    void everyNumberALocalityCanSetHasItsDirection() {
        for (RuleDefinition d : catalog.values()) {
            boolean adjustable = d.unit() != RuleUnit.NONE && d.unit() != RuleUnit.FIXED_DATE;
            if (adjustable) {
                assertThat(d.direction()).as(d.id()).isNotNull();
            }
            if (d.maxAmount() != null) {
                assertThat(d.maxDirection()).as(d.id()).isNotNull();
            }
        }
    }

    @Test
    void aLimitOnTheAuthorityOnlyShortensAPublicPeriodOnlyLengthensAMinimumOnlyRises() {
        assertThat(catalog.get("RC-01").direction()).isEqualTo(RuleDirection.PUBLIC_PERIOD);
        assertThat(catalog.get("LT-03").direction()).isEqualTo(RuleDirection.PUBLIC_PERIOD);
        assertThat(catalog.get("PN-08").direction()).isEqualTo(RuleDirection.PUBLIC_PERIOD);
        assertThat(catalog.get("MD-02").direction()).isEqualTo(RuleDirection.MINIMUM);
        assertThat(catalog.get("SD-01").direction()).isEqualTo(RuleDirection.MINIMUM);
        assertThat(catalog.get("PN-01").direction()).isEqualTo(RuleDirection.MINIMUM);
        assertThat(catalog.get("ND-02").direction()).isEqualTo(RuleDirection.MINIMUM);
        assertThat(catalog.get("ND-02").maxDirection()).isEqualTo(RuleDirection.LIMIT);
        assertThat(catalog.get("GI-01").direction()).isEqualTo(RuleDirection.LIMIT);
        assertThat(catalog.get("RC-06").direction()).isEqualTo(RuleDirection.LIMIT);
        assertThat(catalog.get("LC-01").direction()).isEqualTo(RuleDirection.LIMIT);
    }

    @Test
    void periodsBeforeAnEventAreCountedBackAndTheValidityTermCountsItsFirstDay() {
        assertThat(catalog.get("MD-03").counting()).isEqualTo(PeriodCounting.BACKWARD);
        assertThat(catalog.get("LT-04").counting()).isEqualTo(PeriodCounting.BACKWARD);
        assertThat(catalog.get("LC-04").counting()).isEqualTo(PeriodCounting.BACKWARD);
        assertThat(catalog.get("LC-01").counting()).isEqualTo(PeriodCounting.TERM);
        assertThat(catalog.get("GI-01").counting()).isEqualTo(PeriodCounting.FORWARD);
    }

    @Test
    void theRestDayRollOverCitesTheProceduralLawThatApplies() {
        for (RuleDefinition d : catalog.values()) {
            if (!d.restDayRollover()) {
                assertThat(d.rolloverBasis()).as(d.id()).isNull();
                continue;
            }
            assertThat(d.rolloverBasis()).as(d.id()).isNotBlank();
            if (d.id().startsWith("RC-")) {
                assertThat(d.rolloverBasis()).as(d.id()).contains("行政复议法第八十八条").contains("民事诉讼法第八十五条");
            } else if (d.id().startsWith("LT-")) {
                assertThat(d.rolloverBasis()).as(d.id()).contains("行政诉讼法第一百零一条").contains("民事诉讼法第八十五条");
            } else if (d.id().equals("PM-01")) {
                assertThat(d.rolloverBasis()).as(d.id()).isEqualTo("民事诉讼法第八十五条");
            } else {
                assertThat(d.rolloverBasis()).as(d.id()).isEqualTo("民法典第二百零三条");
            }
        }
    }

    @Test
    void theSecondValuesOfTs01AndGi06CanBeComputed() {
        assertThat(catalog.get("TS-01").alternateAmount()).isEqualByComparingTo("7");
        assertThat(catalog.get("TS-01").alternateScope()).contains("行政许可").contains("行政处罚");
        assertThat(catalog.get("GI-06").alternateDate()).isEqualTo("03-31");
        assertThat(catalog.get("GI-06").fixedDate()).isEqualTo("01-31");
    }

    @Test
    void thePublicTextsCiteSourcesByTitleAndKeepVerificationNotesApart() {
        for (RuleDefinition d : catalog.values()) {
            for (String text : new String[] {d.title(), d.summary(), d.source(), d.startEvent(), d.alternateScope()}) {
                if (text == null) {
                    continue;
                }
                assertThat(text).as(d.id()).doesNotContain("种子").doesNotContain("RULES.md").doesNotContain("未核")
                        .doesNotContain("某市").doesNotContain("某地").doesNotContain("原文").doesNotContain("http");
            }
        }
        assertThat(catalog.get("SD-01").source()).contains("《官仓镇法治政府建设示范创建工作实施意见》");
        assertThat(catalog.get("ND-02").note()).contains("未核对");
        assertThat(catalog.get("MD-10").summary()).contains("决策作出前承担主要论证评估工作的单位除外")
                .contains("可以委托专业机构、社会组织等第三方进行");
    }

    @Test
    void onlyLawsAndRegulationsAreStatutoryTheSeedsAndLocalSettingsAreLocal() {
        for (RuleDefinition d : catalog.values()) {
            if (d.id().startsWith("SD-") || d.id().startsWith("LC-")) {
                assertThat(d.legalForce()).as(d.id()).isEqualTo(LegalForce.LOCAL);
            }
            if (d.legalForce() == LegalForce.STATUTORY) {
                assertThat(d.source()).as(d.id()).containsAnyOf("法", "条例");
                assertThat(d.source()).as(d.id()).doesNotContain("国办发").doesNotContain("厅字").doesNotContain("法释");
            }
        }
        assertThat(catalog.get("ND-02").legalForce()).isEqualTo(LegalForce.POLICY);
        assertThat(catalog.get("LT-04").legalForce()).isEqualTo(LegalForce.POLICY);
        assertThat(catalog.get("TS-01").legalForce()).isEqualTo(LegalForce.POLICY);
    }
}
