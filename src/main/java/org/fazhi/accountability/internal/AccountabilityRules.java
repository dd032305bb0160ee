package org.fazhi.accountability.internal;

/** The ids of the rules-catalog entries this module reads (RuleIdsTests checks each exists). */
public final class AccountabilityRules {

    private AccountabilityRules() {
    }

    /** 过错责任追究办理期限: 6 months from 立案, extended once by up to 6 with approval. */
    public static final String HANDLING = "AC-01";
}
