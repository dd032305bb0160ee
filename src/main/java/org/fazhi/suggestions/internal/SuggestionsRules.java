package org.fazhi.suggestions.internal;

/** The rule ids the suggestions module reads from the rules catalog. */
public final class SuggestionsRules {

    /** 人大代表建议: answer within 3 months of 交办; 6 for wide-ranging or difficult ones (代表法第五十一条). */
    public static final String NPC_ANSWER = "NP-01";
    /** 政协提案: handled within 3 months; with prior explanation at most 6 (local proposal rules). */
    public static final String CPPCC_ANSWER = "NP-02";
    /** 建议提案办理满意度 at least 95% (the demo locality's target). */
    public static final String SATISFACTION = "SD-06";
    /** 代表委员对规范性文件的意见建议回复率 100%. */
    public static final String NORMDOC_REPLY_RATE = "SD-02";

    private SuggestionsRules() {
    }
}
