package org.fazhi.tickets.internal;

import java.time.Clock;
import java.time.Duration;
import org.fazhi.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address limits of the public ticket functions (SECURITY.md: anti-automation): tickets filed
 * (portal form and anonymous Open311) per window, and look-ups and ratings per window against guessing
 * receipt numbers and query codes.
 */
@Component
public class TicketLimits {

    public final RateLimiter filings;
    public final RateLimiter lookups;

    TicketLimits(@Value("${fazhi.tickets.portal.tickets-per-address:5}") int filings,
            @Value("${fazhi.tickets.portal.lookups-per-address:30}") int lookups,
            @Value("${fazhi.tickets.portal.limit-window:PT10M}") Duration window, Clock clock) {
        this.filings = new RateLimiter(filings, window, clock);
        this.lookups = new RateLimiter(lookups, window, clock);
    }

    public static String minutes(long seconds) {
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }
}
