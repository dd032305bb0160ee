package org.fazhi.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} uses per key (typically a client address) in any sliding {@code window},
 * for costly or abusable public functions (SECURITY.md, ASVS 2.4.1: comment submission, lookups).
 * Kept in memory: each application instance limits what it sees. The number of keys tracked is
 * bounded; beyond it, expired keys are dropped first and, under a flood of distinct keys, all.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> uses = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    /** Takes one use for {@code key}; false (and nothing taken) when its limit is used up. */
    public boolean tryAcquire(String key) {
        if (uses.size() > MAX_KEYS) {
            prune();
        }
        Deque<Instant> q = uses.computeIfAbsent(normalise(key), k -> new ArrayDeque<>());
        synchronized (q) {
            expire(q);
            if (q.size() >= limit) {
                return false;
            }
            q.addLast(clock.instant());
            return true;
        }
    }

    /** Gives back the latest use of {@code key}, for an attempt that turned out not to count (bad input). */
    public void release(String key) {
        Deque<Instant> q = uses.get(normalise(key));
        if (q != null) {
            synchronized (q) {
                q.pollLast();
            }
        }
    }

    /** Seconds until {@code key} may use the function again; 0 if it may now. */
    public long retryAfterSeconds(String key) {
        Deque<Instant> q = uses.get(normalise(key));
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            expire(q);
            if (q.size() < limit) {
                return 0;
            }
            Duration wait = Duration.between(clock.instant(), q.peekFirst().plus(window));
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }

    private void expire(Deque<Instant> q) {
        Instant cutoff = clock.instant().minus(window);
        while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
            q.removeFirst();
        }
    }

    private void prune() {
        uses.values().removeIf(q -> {
            synchronized (q) {
                expire(q);
                return q.isEmpty();
            }
        });
        if (uses.size() > MAX_KEYS) {
            uses.clear();
        }
    }

    private static String normalise(String key) {
        return key == null ? "" : key;
    }
}
