package org.fazhi.assessment.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.internal.web.AssessmentViews.MetricView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** How a figure reads: a rate in percent, days, a count; below its target or not; the years offered. */
class AssessmentViewsTests {

    // 2025-01-01 00:30 in Beijing is still 2024 in UTC: the year is Beijing's
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-31T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

    final AssessmentViews views;

    AssessmentViewsTests() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("assessment.value.rate", Locale.SIMPLIFIED_CHINESE, "{0}%");
        messages.addMessage("assessment.value.days", Locale.SIMPLIFIED_CHINESE, "{0} 天");
        messages.addMessage("assessment.value.none", Locale.SIMPLIFIED_CHINESE, "无可计量记录");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        views = new AssessmentViews(null, null, null, null, messages, CLOCK);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aValueReadsByItsKind() {
        assertThat(views.value(MetricKind.RATE, new BigDecimal("66.67"))).isEqualTo("66.67%");
        assertThat(views.value(MetricKind.RATE, new BigDecimal("100.00"))).isEqualTo("100%");
        assertThat(views.value(MetricKind.RATE, new BigDecimal("50.00"))).isEqualTo("50%");
        assertThat(views.value(MetricKind.DAYS, new BigDecimal("3.5"))).isEqualTo("3.5 天");
        assertThat(views.value(MetricKind.COUNT, BigDecimal.valueOf(1200))).isEqualTo("1200");
        assertThat(views.value(MetricKind.RATE, null)).isEqualTo("无可计量记录");
    }

    @Test
    void aValueBelowItsTargetIsMarkedAndNothingToMeasureIsNot() {
        BigDecimal target = BigDecimal.valueOf(100);
        assertThat(rate(new BigDecimal("99.99"), target).belowTarget()).isTrue();
        assertThat(rate(new BigDecimal("100.00"), target).belowTarget()).isFalse();
        assertThat(rate(null, target).belowTarget()).isFalse();
        assertThat(rate(new BigDecimal("10"), null).belowTarget()).isFalse();
    }

    @Test
    void theYearsOfferedAreTheTenUpToTheCurrentOneInBeijingAndTheYearShown() {
        assertThat(views.currentYear()).isEqualTo(2025);
        assertThat(views.years(2025)).hasSize(10).startsWith(2025).endsWith(2016);
        assertThat(views.years(2003)).hasSize(11).startsWith(2025).endsWith(2003);
    }

    private static MetricView rate(BigDecimal value, BigDecimal target) {
        return new MetricView("m", "normdocs", "m", MetricKind.RATE, 0, 0, value, null, target, "n", "d");
    }
}
