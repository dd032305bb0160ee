package org.fazhi.disclosure;

import org.fazhi.rules.RuleTerm;

/**
 * Whose annual report (GI-06): a government department's, due by 31 January, or the government's own,
 * published by its 主管部门 by 31 March — the rule's fixed date ({@code AMOUNT}) and its alternate.
 */
public enum ReportKind {
    DEPARTMENT(RuleTerm.AMOUNT),
    GOVERNMENT(RuleTerm.ALTERNATE);

    private final RuleTerm term;

    ReportKind(RuleTerm term) {
        this.term = term;
    }

    public RuleTerm term() {
        return term;
    }
}
