package org.fazhi.publicity.internal;

/**
 * The ids of the rules-catalog entries this module reads, in one place (RuleIdsTests checks that every id
 * named in the code exists in the catalog). Leaders' law study (SD-09) and court-hearing attendance (SD-10)
 * are counted by the governance module's meetings; this module's figures are counts and rates the seeds
 * report without a statutory target, so it reads no rule.
 */
public final class PublicityRules {

    private PublicityRules() {
    }
}
