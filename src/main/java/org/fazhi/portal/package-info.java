/**
 * The public site shell at {@code /}: home page and navigation. Each module renders its own public
 * pages (deadline calculator, rules, document catalog) and lists them as {@link org.fazhi.shared.PortalLink}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.fazhi.portal;
