/**
 * The official working-day calendar (国务院办公厅节假日安排) and deadline arithmetic with
 * explanations. Years whose notice is not entered yet are computed provisionally from the
 * statutory holidays of 《全国年节及纪念日放假办法》 and marked as such.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official calendar")
package org.fazhi.calendar;
