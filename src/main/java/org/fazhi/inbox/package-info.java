/**
 * Each user's in-app inbox: reminders of due and overdue deadlines, 催办 from the rule-of-law
 * office, and notices from any module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package org.fazhi.inbox;
