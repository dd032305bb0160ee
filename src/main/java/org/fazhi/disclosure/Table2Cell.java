package org.fazhi.disclosure;

/**
 * The cells of Table 二 of the annual report (主动公开政府信息情况): 条例第二十条第（一）项 rules and normative documents
 * (issued, repealed, in force), 第（五）项 licensing decisions, 第（六）项 penalty and coercion decisions, 第（八）项 the
 * administrative fees collected (万元).
 */
public enum Table2Cell {
    RULES_ISSUED,
    RULES_REPEALED,
    RULES_IN_FORCE,
    NORMDOCS_ISSUED,
    NORMDOCS_REPEALED,
    NORMDOCS_IN_FORCE,
    LICENSING_DECISIONS,
    PENALTY_DECISIONS,
    COERCION_DECISIONS,
    FEES_AMOUNT;

    public String key() {
        return "t2." + name();
    }
}
