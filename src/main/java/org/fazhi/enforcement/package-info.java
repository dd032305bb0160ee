/**
 * Administrative enforcement (行政执法) under the three systems (公示、全过程记录、重大执法决定法制审核):
 * enforcement agencies with their legal standing, power items and legal basis; officers and their
 * certificates, exams and status, with a public certificate look-up; the agencies' legal reviewers
 * against the 5% ratio and their catalog of major decisions that need legal review; discretion
 * benchmarks and the first-offence and minor-offence lists; cases as a procedure with gates (at
 * least two certified officers for every act, the party's rights, legal review through the review
 * desk, collective discussion, the 90-day decision deadline), their evidence kept with digests and
 * never replaced, decisions published within the catalog's periods with natural persons' identifiers
 * removed; transfers to criminal justice, filing of major acts, guiding cases, fault records,
 * case-file evaluation, the annual statistics computed from the cases, and the import of cases from
 * other systems.
 *
 * <p>The power items come from the lists module's power list (权责清单) through one small interface,
 * {@link org.fazhi.enforcement.PowerList}, read by {@code internal.ListedPowers} through
 * {@code org.fazhi.lists.PowerItems}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative enforcement")
package org.fazhi.enforcement;
