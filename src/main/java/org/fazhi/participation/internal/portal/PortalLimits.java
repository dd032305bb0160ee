package org.fazhi.participation.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.fazhi.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address limits of the public consultation functions (SECURITY.md: anti-automation on
 * comment submission): {@code comments} accepted comments per window, through the pages and the API
 * together, and {@code lookups} receipt look-ups per window against guessing receipt numbers. The
 * address is the one the servlet container reports (a proxy's X-Forwarded-For only if the
 * container is configured to trust that proxy).
 */
@Component
class PortalLimits {

    final RateLimiter comments;
    final RateLimiter lookups;

    PortalLimits(@Value("${fazhi.participation.portal.comments-per-address:5}") int comments,
            @Value("${fazhi.participation.portal.lookups-per-address:60}") int lookups,
            @Value("${fazhi.participation.portal.limit-window:PT10M}") Duration window, Clock clock) {
        this.comments = new RateLimiter(comments, window, clock);
        this.lookups = new RateLimiter(lookups, window, clock);
    }

    static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** The window in minutes, for the messages. */
    long windowMinutes() {
        return comments.window().toMinutes();
    }

    /** Whole minutes until {@code seconds} have passed (at least one), for the messages. */
    static String minutes(long seconds) {
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }
}
