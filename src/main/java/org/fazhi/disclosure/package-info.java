/**
 * Information disclosure (政府信息公开): requests for government information with their clocks on the
 * official calendar (GI-01 reply limit and its approved extension, GI-02 the one-time 补正 notice that
 * restarts the clock, GI-03 third-party consultation that pauses it), the reply types of GI-04 mapped
 * onto the rows of the annual report's Table 三, proactive disclosure items (GI-05), and the statutory
 * annual report (政府信息公开工作年度报告, GI-06/07) computed from the records. Other modules contribute
 * the cells of Tables 二 and 四 through {@link org.fazhi.disclosure.ProactiveDisclosureFigures} and
 * {@link org.fazhi.disclosure.DisclosureRemedyFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information disclosure")
package org.fazhi.disclosure;
