package org.fazhi.disclosure.internal;

/** The rule ids the disclosure module reads from the rules catalog. */
public final class DisclosureRules {

    /** 20 working days from receipt, + 20 with the office head's approval (条例第三十三条). */
    public static final String REPLY = "GI-01";
    /** The one-time 补正 notice within 7 working days; the clock restarts on the 补正 (条例第三十条). */
    public static final String CORRECTION = "GI-02";
    /** Third-party consultation: 15 working days, not counted in the reply limit (条例第三十二条). */
    public static final String CONSULTATION = "GI-03";
    /** The reply types (条例第三十六条至第三十九条). */
    public static final String REPLY_TYPES = "GI-04";
    /** Proactive disclosure within 20 working days of forming or changing (条例第二十六条). */
    public static final String PROACTIVE = "GI-05";
    /** The annual report: a department's by 31 January, the government's by 31 March (条例第四十九、五十条). */
    public static final String ANNUAL_REPORT = "GI-06";
    /** The annual report's official format (国办公开办函〔2021〕30号). */
    public static final String REPORT_FORMAT = "GI-07";
    /** 依申请公开答复率 100% (the demonstration target). */
    public static final String REPLY_RATE = "SD-08";

    private DisclosureRules() {
    }
}
