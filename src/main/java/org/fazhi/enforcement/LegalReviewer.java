package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A legal reviewer (法制审核人员) designated by an agency; {@code qualified}: holds the 法律职业资格 that
 * PN-05 asks of first-time reviewers.
 */
public record LegalReviewer(Long id, Long agencyId, String name, Long userId, boolean qualified,
        LocalDate designatedOn, LocalDate endedOn) {

    public boolean activeOn(LocalDate date) {
        return !designatedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }
}
