package org.fazhi.tickets.internal;

import org.fazhi.tickets.TicketType;

/** The rule ids the tickets module reads from the rules catalog. */
public final class TicketsRules {

    /** 投诉举报: 10 working days from assignment, + 5 with approval (本地设置, not a statutory limit). */
    public static final String COMPLAINT = "TK-01";
    /** 求助咨询: 3 working days from assignment (本地设置). */
    public static final String HELP = "TK-02";
    /** 意见建议: 15 working days from assignment (本地设置). */
    public static final String SUGGESTION = "TK-03";
    /** The callback (回访) within 3 working days of the reply; dissatisfaction sends the ticket back once (本地设置). */
    public static final String CALLBACK = "TK-04";
    /** Where the handling clock may pause: complaints needing tests or verification (本地设置). */
    public static final String PAUSE = "TK-05";
    /** 信访事项: 60 days from acceptance, + 30 with approval (《信访工作条例》). */
    public static final String PETITION = "PT-02";

    private TicketsRules() {
    }

    /** The rule whose period a ticket of this type is handled in. */
    public static String handling(TicketType type) {
        return switch (type) {
            case COMPLAINT -> COMPLAINT;
            case HELP -> HELP;
            case SUGGESTION -> SUGGESTION;
            case PETITION -> PETITION;
        };
    }
}
