package org.fazhi.disputes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A committee's cases of a year: received (not counting those declined), resolved by agreement, failed,
 * still open, and the resolution rate (化解率 = agreed / received and taken up), null with no case.
 */
public record OrgResolution(MediationOrg org, long received, long agreed, long failed, long open) {

    public BigDecimal rate() {
        return received == 0 ? null : BigDecimal.valueOf(agreed * 100L).divide(BigDecimal.valueOf(received), 1,
                RoundingMode.HALF_UP);
    }
}
