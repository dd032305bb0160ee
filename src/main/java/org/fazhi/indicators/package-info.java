/**
 * Indicator systems and the assessment built on the figures of every module: versioned systems as data
 * (areas, indicators, targets, weights and a scoring function per indicator, automatic from an
 * {@link org.fazhi.assessment.Metric} or manual with evidence), copied and adapted by a locality for its
 * year; the yearly assessment of the units under a unit (self-assessment, the superior's review, final
 * scores, rankings, a frozen year); and the leader's dashboard. An indicator whose metric no module
 * contributes yet is shown as having no data source and is scored by hand; the module reads whatever
 * metrics exist at run time. Owns {@code indicator_system}, {@code indicator_area}, {@code indicator},
 * {@code assessment_round} and {@code assessment_score}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.fazhi.indicators;
