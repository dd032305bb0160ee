/**
 * The unit tree (province > city > county > township > village/community, with departments,
 * enforcement agencies, mediation committees and courts), user accounts, roles and the data
 * scope: a user sees their own unit's subtree, checked in the services. Sign-in (passwords, second
 * factor, tokens, sessions, lock-out) is the {@code signin} module's: units reaches it only through
 * {@link org.fazhi.units.AccountCredentials} and {@link org.fazhi.units.AccountPageSection}, which
 * that module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units, users and data scope")
package org.fazhi.units;
