package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One way of writing dates and times on every console page, in Beijing time. */
class DateFormatsTests {

    private final DateFormats f = new DateFormats(Clock.system(ZoneId.of("Asia/Shanghai")));

    @Test
    void datesAndTimesOfEveryKindAreWrittenAlike() {
        Instant t = Instant.parse("2026-03-02T06:05:09Z");
        assertThat(f.date(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
        assertThat(f.date(t)).isEqualTo("2026-03-02");
        assertThat(f.dateTime(t)).isEqualTo("2026-03-02 14:05");
        assertThat(f.dateTime(OffsetDateTime.of(2026, 3, 2, 6, 5, 9, 0, ZoneOffset.UTC))).isEqualTo("2026-03-02 14:05");
        assertThat(f.dateTime(LocalDateTime.of(2026, 3, 2, 14, 5))).isEqualTo("2026-03-02 14:05");
        assertThat(f.dateTime(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
        assertThat(f.precise(t)).isEqualTo("2026-03-02 14:05:09");
        assertThat(f.date(null)).isEmpty();
    }
}
