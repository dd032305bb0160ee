/**
 * Accountability (责任追究: 执法过错 and other 行政过错): a record opened against a unit's staff for a fault
 * found in a case, a ticket or a missed deadline, always linked to the record that caused it (through
 * {@link org.fazhi.accountability.AccountabilitySource}, which each module implements for its own
 * records), handled within AC-01 on the 督办台 (extended once with approval), and concluded with the
 * measures taken (问责方式 and 处分) or cleared with the reason; counted for the assessment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accountability")
package org.fazhi.accountability;
