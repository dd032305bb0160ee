package org.fazhi.review;

import java.time.LocalDate;

/**
 * A legal adviser (法律顾问, a lawyer of a firm under contract) or a government lawyer (公职律师)
 * engaged by a unit. Consulting one outside the contract term is refused.
 */
public record LegalAdviser(Long id, Long unitId, String name, AdviserKind kind, String firm, String licenceNo,
        LocalDate contractFrom, LocalDate contractTo, boolean active) {

    public enum AdviserKind {
        /** 法律顾问 (external, under contract). */
        LEGAL_ADVISER,
        /** 公职律师. */
        GOVERNMENT_LAWYER
    }

    public boolean engagedOn(LocalDate date) {
        return active && (contractFrom == null || !date.isBefore(contractFrom))
                && (contractTo == null || !date.isAfter(contractTo));
    }
}
