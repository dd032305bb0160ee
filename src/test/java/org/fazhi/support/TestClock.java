package org.fazhi.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.fazhi.shared.PlatformClock;

/**
 * A clock tests can set. It runs with the system clock until a test fixes it (a replay through
 * {@link PlatformClock#standingOn} still wins on its own thread); call
 * {@link #reset()} in {@code @AfterEach}.
 */
public class TestClock extends PlatformClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public TestClock() {
        super(ZONE);
    }

    @Override
    protected Instant current() {
        Instant f = fixed.get();
        return f != null ? f : Instant.now();
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Stands on {@code date} at 10:00 Beijing time. */
    public void setDate(LocalDate date) {
        set(date.atTime(10, 0).atZone(ZONE).toInstant());
    }

    public void advance(java.time.Duration d) {
        fixed.set(instant().plus(d));
    }

    public void reset() {
        fixed.set(null);
    }
}
