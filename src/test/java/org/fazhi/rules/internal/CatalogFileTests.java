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
import org.fazhi.rules.RuleUnit;
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
        range(ids, "LC", 4);
        return ids;
    }

    private static void range(List<String> ids, String prefix, int last) {
        for (int i = 1; i <= last; i++) {
            ids.add(String.format("%s-%02d", prefix, i));
        }
    }

    @Test
    void theCatalogContainsEveryRuleOfRulesMdAndNothingElse() {
        assertThat(catalog.keySet()).containsExactlyInAnyOrderElementsOf(rulesMdIds());
        assertThat(catalog).hasSize(77);
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
}
