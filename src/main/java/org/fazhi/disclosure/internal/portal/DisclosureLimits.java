package org.fazhi.disclosure.internal.portal;

import java.time.Clock;
import java.time.Duration;
import org.fazhi.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address limits of the public disclosure functions (SECURITY.md: anti-automation): requests filed
 * per window, and tracking look-ups per window against guessing receipt numbers and codes.
 */
@Component
class DisclosureLimits {

    final RateLimiter filings;
    final RateLimiter lookups;

    DisclosureLimits(@Value("${fazhi.disclosure.portal.requests-per-address:5}") int filings,
            @Value("${fazhi.disclosure.portal.lookups-per-address:30}") int lookups,
            @Value("${fazhi.disclosure.portal.limit-window:PT10M}") Duration window, Clock clock) {
        this.filings = new RateLimiter(filings, window, clock);
        this.lookups = new RateLimiter(lookups, window, clock);
    }

    static String minutes(long seconds) {
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }
}
