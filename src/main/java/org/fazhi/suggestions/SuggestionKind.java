package org.fazhi.suggestions;

/** Whose it is: a deputy's suggestion to the people's congress, or a member's proposal to the CPPCC. */
public enum SuggestionKind {
    /** 人大代表建议、批评和意见: NP-01 (代表法第五十一条). */
    NPC_SUGGESTION("NP-01"),
    /** 政协委员提案: NP-02 (the local proposal rules). */
    CPPCC_PROPOSAL("NP-02");

    private final String ruleId;

    SuggestionKind(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The rule that sets the answer limit of this kind. */
    public String ruleId() {
        return ruleId;
    }
}
