package org.fazhi.enforcement;

/** The kinds of administrative penalty (行政处罚法 Art 9). */
public enum PenaltyType {
    WARNING,
    CRITICISM,
    FINE,
    CONFISCATION,
    LICENCE_SUSPENSION,
    QUALIFICATION_LOWERED,
    LICENCE_REVOCATION,
    BUSINESS_RESTRICTION,
    PRODUCTION_SUSPENSION,
    CLOSURE,
    PRACTICE_RESTRICTION,
    DETENTION,
    OTHER;

    /** Whether the penalty is an amount of money (fine, confiscation) that the amount measures. */
    public boolean monetary() {
        return this == FINE || this == CONFISCATION;
    }

    /**
     * Penalties that carry the right to a hearing whatever their amount (PN-07: 降低资质等级、吊销许可证件,
     * 责令停产停业、责令关闭、限制从业 and other heavy penalties).
     */
    public boolean hearingByType() {
        return switch (this) {
            case QUALIFICATION_LOWERED, LICENCE_REVOCATION, BUSINESS_RESTRICTION, PRODUCTION_SUSPENSION, CLOSURE,
                    PRACTICE_RESTRICTION -> true;
            default -> false;
        };
    }

    /** Nothing is left to execute after service (警告、通报批评). */
    public boolean executedOnService() {
        return this == WARNING || this == CRITICISM;
    }

    /** A rough order of severity, for "no heavier penalty after the party's statement" (Art 45). */
    public int severity() {
        return switch (this) {
            case WARNING -> 1;
            case CRITICISM -> 2;
            case FINE, CONFISCATION -> 3;
            case LICENCE_SUSPENSION, QUALIFICATION_LOWERED -> 4;
            case BUSINESS_RESTRICTION, PRODUCTION_SUSPENSION, PRACTICE_RESTRICTION -> 5;
            case LICENCE_REVOCATION, CLOSURE -> 6;
            case DETENTION -> 7;
            case OTHER -> 3;
        };
    }
}
