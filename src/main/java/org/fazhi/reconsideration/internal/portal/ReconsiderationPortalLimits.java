package org.fazhi.reconsideration.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.fazhi.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address limits of the public reconsideration functions (SECURITY.md: anti-automation):
 * {@code applications} accepted per window, pages and API together, and {@code lookups} per window
 * against guessing receipt numbers and codes.
 */
@Component
class ReconsiderationPortalLimits {

    final RateLimiter applications;
    final RateLimiter lookups;

    ReconsiderationPortalLimits(@Value("${fazhi.reconsideration.portal.applications-per-address:5}") int applications,
            @Value("${fazhi.reconsideration.portal.lookups-per-address:30}") int lookups,
            @Value("${fazhi.reconsideration.portal.limit-window:PT10M}") Duration window, Clock clock) {
        this.applications = new RateLimiter(applications, window, clock);
        this.lookups = new RateLimiter(lookups, window, clock);
    }

    static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    long windowMinutes() {
        return applications.window().toMinutes();
    }

    static String minutes(long seconds) {
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }
}
