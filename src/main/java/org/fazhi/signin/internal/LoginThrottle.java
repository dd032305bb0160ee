package org.fazhi.signin.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per-address limit on failed sign-ins (SECURITY.md AUTH-04): more than the configured number of
 * failures from one address within a minute blocks that address for the rest of the minute,
 * whatever account it tries, and raises a brute-force alert (INT-03). Kept in memory: each instance
 * limits what it sees.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final SecuritySettings settings;
    private final Clock clock;
    private final SecurityAlerts alerts;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecuritySettings settings, Clock clock, SecurityAlerts alerts) {
        this.settings = settings;
        this.clock = clock;
        this.alerts = alerts;
    }

    public boolean blocked(String ip) {
        if (ip == null) {
            return false;
        }
        Deque<Instant> q = failures.get(ip);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            prune(q);
            return q.size() >= settings.ipRateLimit().maxFailuresPerMinute();
        }
    }

    public void failed(String ip) {
        if (ip == null) {
            return;
        }
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Deque<Instant> q = failures.computeIfAbsent(ip, k -> new ArrayDeque<>());
        int count;
        synchronized (q) {
            prune(q);
            q.addLast(clock.instant());
            count = q.size();
        }
        int limit = settings.ipRateLimit().maxFailuresPerMinute();
        if (count >= limit) {
            // a burst of failed sign-ins from one address: brute force or credential stuffing (INT-03)
            alerts.raise("brute-force", ip, Map.of("failuresPerMinute", count, "limit", limit));
        }
    }

    private void prune(Deque<Instant> q) {
        Instant cutoff = clock.instant().minusSeconds(60);
        while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) {
            q.removeFirst();
        }
    }
}
