package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which way a local value may move. */
class RuleDirectionTests {

    private static BigDecimal n(int v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void aLimitOnTheAuthorityIsLoosenedByLengtheningIt() {
        assertThat(RuleDirection.LIMIT.loosens(n(15), n(40))).isTrue();
        assertThat(RuleDirection.LIMIT.loosens(n(15), n(10))).isFalse();
        assertThat(RuleDirection.LIMIT.stricter(n(15), n(10))).isEqualByComparingTo("10");
    }

    @Test
    void aPublicPeriodIsLoosenedByShorteningIt() {
        assertThat(RuleDirection.PUBLIC_PERIOD.loosens(n(60), n(15))).isTrue();
        assertThat(RuleDirection.PUBLIC_PERIOD.loosens(n(60), n(90))).isFalse();
        assertThat(RuleDirection.PUBLIC_PERIOD.stricter(n(60), n(15))).isEqualByComparingTo("60");
    }

    @Test
    void aMinimumIsLoosenedByLoweringIt() {
        assertThat(RuleDirection.MINIMUM.loosens(n(30), n(10))).isTrue();
        assertThat(RuleDirection.MINIMUM.loosens(n(7), n(10))).isFalse();
        assertThat(RuleDirection.MINIMUM.stricter(n(7), n(10))).isEqualByComparingTo("10");
        assertThat(RuleDirection.MINIMUM.stricter(null, n(10))).isEqualByComparingTo("10");
    }
}
