/**
 * Legal publicity and capacity (普法与能力建设): each agency's 谁执法谁普法 responsibility list for a year and
 * the yearly review of how it was carried out; publicity activities from plan through announcement on the
 * portal's public calendar to being held with their reach (participants, copies of materials handed out),
 * or cancelled; training sessions for officials and officers with attendance, law exams with results (which
 * the enforcement module's certificate renewal reads through {@link org.fazhi.publicity.Trainings#resultsOf});
 * legal vice-principals of schools, 法律明白人 of the villages and democracy-and-rule-of-law model villages.
 * Leaders' study sessions are the governance module's meetings (SD-09) and are not kept twice.
 *
 * <p>An activity is an explicit procedure ({@code internal.ActivityProcedure}) whose guide comes from the same
 * gates as the steps; every figure reaches the assessment through {@code internal.PublicityMetrics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal publicity")
package org.fazhi.publicity;
