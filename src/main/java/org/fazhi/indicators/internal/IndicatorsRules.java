package org.fazhi.indicators.internal;

/** The rule ids the indicators module reads. */
public final class IndicatorsRules {

    /** The annual report to the party committee and the superior by 1 March. */
    public static final String REPORT_SUBMITTED = "AR-01";
    /** The annual report made public by 1 April. */
    public static final String REPORT_PUBLISHED = "AR-02";
    /** A demonstration area's progress report by the end of January. */
    public static final String DEMONSTRATION_REPORT = "AR-03";

    private IndicatorsRules() {
    }
}
