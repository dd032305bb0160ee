/**
 * Administrative reconsideration (行政复议) as the 行政复议机构 handles it: applications from the portal
 * (with identity and attachments, followed by receipt number and verification code), by post, at the
 * counter or through the penalising agency; the application period checked (RC-01 and the limits
 * around it) with the reason shown; acceptance review within 5 working days or deemed acceptance by
 * the daily deadline scan (RC-02); one 补正 with the clock restarting on receipt; 复议前置 cases
 * identified (RC-03); the ordinary and simplified procedures with the copy, answer, hearing and
 * decision clocks (RC-04 … RC-06); incidental review of normative documents with its own clocks
 * (RC-07); suspension (the decision clock pauses) and termination after 60 days of suspension
 * (RC-09); mediation, settlement and the decision types (RC-08); opinion and suggestion letters whose
 * correction reports are tracked to their deadline; and the body's statistics computed from the
 * cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative reconsideration")
package org.fazhi.reconsideration;
