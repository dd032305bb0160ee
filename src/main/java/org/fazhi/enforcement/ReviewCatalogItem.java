package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry of an agency's catalog of major enforcement decisions that need legal review
 * (重大执法决定法制审核目录清单): decisions of this kind, of this penalty type when given, of at least
 * this amount when given.
 */
public record ReviewCatalogItem(Long id, Long agencyId, String title, ActionKind kind, PenaltyType penaltyType,
        BigDecimal minAmount, String description, LocalDate listedOn, LocalDate endedOn) {

    public boolean listedOn(LocalDate date) {
        return !listedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    /** Whether a decision of this kind, type and amount falls under the entry. */
    public boolean covers(ActionKind k, PenaltyType type, BigDecimal amount) {
        if (kind != k) {
            return false;
        }
        if (penaltyType != null && penaltyType != type) {
            return false;
        }
        return minAmount == null || (amount != null && amount.compareTo(minAmount) >= 0);
    }
}
