package org.fazhi.enforcement;

import java.math.BigDecimal;

/**
 * An agency's legal reviewers against its certified officers, as TS-03 measures it (reviewers at
 * least 5% of the enforcement officers): the counts, the ratio in percent, the target and whether
 * it is met.
 */
public record ReviewerRatio(long agencyId, String agency, long reviewers, long officers, BigDecimal percent,
        BigDecimal target, boolean met) {
}
