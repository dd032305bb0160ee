/**
 * The unit tree (province > city > county > township > village/community, with departments,
 * enforcement agencies, mediation committees and courts), user accounts, roles and the data
 * scope: a user sees their own unit's subtree, checked in the services. Also owns sign-in:
 * password policy, lock-out, sessions and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units, users and data scope")
package org.fazhi.units;
