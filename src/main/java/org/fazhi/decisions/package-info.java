/**
 * Major administrative decisions (重大行政决策) end to end: the yearly decision catalog per unit with
 * the party committee's approval (MD-01) and its amendments as versions; the decision procedure of an
 * item on the catalog, with the procedures its attributes require — public participation through the
 * participation module (MD-02), hearings with materials delivered in time (MD-03), opinion polls,
 * expert argumentation with a register of experts and their conflicts of interest (MD-04), risk
 * assessment (MD-05) — each done or waived with a recorded reason; legality review of the exact
 * version through the review desk (MD-06); collective decision at a 常务会议 or 全体会议 with the head
 * of government speaking last (MD-07), whose every topic on a 常务会议 agenda carries a legality
 * review; publication (MD-08); implementation with milestones on the 督办台 (under MD-11); post-evaluation
 * (MD-10); suspension and change only through the procedure (MD-11); and the archive with its
 * completeness check (MD-09). Every step keeps who took it, so a decision's page answers who decided
 * what, on which materials, years later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Major administrative decisions")
package org.fazhi.decisions;
