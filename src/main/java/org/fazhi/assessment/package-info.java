/**
 * Indicators computed live from every module's records. This module defines how a module
 * contributes a metric ({@link org.fazhi.assessment.MetricSource}) and knows no module's tables;
 * each figure can list the records behind it. Indicator systems, scoring and dashboards build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.fazhi.assessment;
