package org.fazhi.normdocs.internal;

/**
 * The ids of the rules-catalog entries this module reads, in one place (RulesIdsTests checks that
 * every id named in the code exists in the catalog).
 */
public final class NormdocsRules {

    private NormdocsRules() {
    }

    /** 征求意见期限不少于7个工作日 (seed 000 §5(2)). */
    public static final String CONSULTATION_MINIMUM = "SD-01";
    /** 合法性审核率 100% (seed 000 §5(2)). */
    public static final String REVIEW_RATE_TARGET = "SD-03";
    /** Legality review: 5–15 working days (国办发〔2018〕115号). */
    public static final String REVIEW_TIME = "ND-02";
    /** Filing deadline after publication (locality setting). */
    public static final String FILING_DEADLINE = "ND-05";
    /** Correction asked for by the filing review body: 30 days from its receipt (locality rule). */
    public static final String FILING_CORRECTION = "LC-05";
    /** 报备率、报备及时率、规范率 100%. */
    public static final String FILING_TARGETS = "ND-06";
    /** The longest validity period of a normative document (locality rule). */
    public static final String VALIDITY_PERIOD = "LC-01";
    /** How long before expiry a document is listed for evaluation (locality rule). */
    public static final String EXPIRY_NOTICE = "LC-04";
}
