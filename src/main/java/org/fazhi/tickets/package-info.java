/**
 * Complaints and 12345 tickets (12345政务服务便民热线工单): intake from the portal, by phone operators and from
 * other systems through an Open311-style API; classification and assignment (交办) to a unit, transfer (转办)
 * with a reason, the handling clock of each type on the official calendar (a rule of the catalog; the local
 * handling periods are never called 法定), pauses only where a rule allows them, the reply, the complainant's
 * satisfaction callback (回访) and re-handling (重办) with a new clock when dissatisfied; media exposure (舆情)
 * entries linked to their tickets; 督办/催办 of overdue tickets; the handling and satisfaction figures. The
 * complainant's identity is personal data: encrypted at rest, masked for staff, revealed only with a reason
 * and never published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and 12345 tickets")
package org.fazhi.tickets;
