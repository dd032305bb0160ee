package org.fazhi.enforcement.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.fazhi.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address limit of the public certificate look-up (SECURITY.md: anti-automation on
 * look-ups), through the page and the API together: {@code fazhi.enforcement.portal.lookups-per-address}
 * per {@code fazhi.enforcement.portal.limit-window}.
 */
@Component
class LookupLimits {

    final RateLimiter lookups;

    LookupLimits(@Value("${fazhi.enforcement.portal.lookups-per-address:120}") int lookups,
            @Value("${fazhi.enforcement.portal.limit-window:PT10M}") Duration window, Clock clock) {
        this.lookups = new RateLimiter(lookups, window, clock);
    }

    static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static String minutes(long seconds) {
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }
}
