/**
 * One register of every deadline any module tracks: subject, rule, start, due, status
 * (open/met/overdue/paused/extended), owner unit. Pauses and approved extensions move the due date;
 * a calendar or rule change recomputes every open deadline; a daily job marks overdue items and
 * puts reminders in the users' inboxes. The 督办台 shows a user's subtree, overdue first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package org.fazhi.deadlines;
