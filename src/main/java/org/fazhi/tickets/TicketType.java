package org.fazhi.tickets;

/**
 * What a ticket asks for: it decides the handling period (a rule of the catalog by type) and whether the
 * clock may be paused. The Open311 service codes are these names in lower case.
 */
public enum TicketType {
    /** 投诉举报: the local handling period TK-01, which may be paused for tests and verification (TK-05). */
    COMPLAINT(true),
    /** 求助咨询: the local handling period TK-02, never paused. */
    HELP(false),
    /** 意见建议: the local handling period TK-03, never paused. */
    SUGGESTION(false),
    /** 信访事项: 60 days from acceptance, + 30 with approval (PT-02, 《信访工作条例》), never paused. */
    PETITION(false);

    private final boolean pausable;

    TicketType(boolean pausable) {
        this.pausable = pausable;
    }

    /** Whether a rule allows the handling clock of this type to pause (TK-05). */
    public boolean pausable() {
        return pausable;
    }

    /** The Open311 service code. */
    public String serviceCode() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type of an Open311 service code, or null when there is none. */
    public static TicketType ofServiceCode(String code) {
        for (TicketType t : values()) {
            if (t.serviceCode().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
