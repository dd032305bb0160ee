package org.fazhi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The one clock every module reads (zone Asia/Shanghai). It tells the system time, except on a thread
 * that is replaying past events through {@link #standingOn}: there it stands on the given day, so that
 * the steps of a procedure run on the dates they are replayed for (the demo year is loaded this way,
 * through the real services and their gates). Nothing else moves it; other threads never see a replay.
 */
public class PlatformClock extends Clock {

    private static final ThreadLocal<Instant> STANDING = new ThreadLocal<>();

    private final ZoneId zone;

    public PlatformClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public final Instant instant() {
        Instant standing = STANDING.get();
        return standing != null ? standing : current();
    }

    /** The time when no replay is running on this thread. */
    protected Instant current() {
        return Instant.now();
    }

    /**
     * Runs {@code work} on this thread standing on {@code day} at {@code time} (Beijing time), then goes
     * back to where it stood before (replays may nest).
     */
    public <T> T standingOn(LocalDate day, LocalTime time, Supplier<T> work) {
        Instant before = STANDING.get();
        STANDING.set(day.atTime(time).atZone(zone).toInstant());
        try {
            return work.get();
        } finally {
            if (before == null) {
                STANDING.remove();
            } else {
                STANDING.set(before);
            }
        }
    }

    /** {@link #standingOn(LocalDate, LocalTime, Supplier)} at 10:00. */
    public <T> T standingOn(LocalDate day, Supplier<T> work) {
        return standingOn(day, LocalTime.of(10, 0), work);
    }
}
