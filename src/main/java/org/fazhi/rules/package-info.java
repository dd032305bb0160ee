/**
 * The catalog of statutory rules by their stable IDs from RULES.md (MD-02, GI-01, TS-01 ...):
 * amount, unit, start event, source and confidence, with locality overrides that take effect on a
 * date. Every statutory number a module uses comes from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules catalog")
package org.fazhi.rules;
