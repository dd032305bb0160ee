package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PlatformClockTests {

    private final PlatformClock clock = new PlatformClock(ZoneId.of("Asia/Shanghai"));

    @Test
    void aReplayStandsOnItsDayOnItsOwnThreadOnlyAndNests() throws Exception {
        LocalDate day = LocalDate.of(2020, 2, 17);
        LocalDate otherThread = clock.standingOn(day, () -> {
            assertThat(LocalDate.now(clock)).isEqualTo(day);
            assertThat(clock.standingOn(day.plusDays(3), () -> LocalDate.now(clock))).isEqualTo(day.plusDays(3));
            assertThat(LocalDate.now(clock)).as("back where it stood").isEqualTo(day);
            return CompletableFuture.supplyAsync(() -> LocalDate.now(clock)).join();
        });
        assertThat(otherThread).as("another thread keeps the system time").isNotEqualTo(day);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
