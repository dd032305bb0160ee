/**
 * The append-only audit log: every change writes who, unit, when, entity, action and a
 * field-level before/after in the same transaction as the change; each entry carries a SHA-256
 * hash chained to the previous one so that any later alteration is detected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.fazhi.audit;
