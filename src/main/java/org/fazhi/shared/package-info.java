/**
 * The tiny shared kernel every module may use: the acting user ({@link org.fazhi.shared.Actor}),
 * the exceptions that become RFC 9457 problems, paging, console menu and public-path
 * contributions, the clock, and spreadsheet import/export. It knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fazhi.shared;
