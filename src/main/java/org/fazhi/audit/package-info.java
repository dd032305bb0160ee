/**
 * The append-only audit log: every change writes who, unit, when, entity, action and a
 * field-level before/after in the same transaction as the change ({@link org.fazhi.audit.AuditLog});
 * each entry carries a SHA-256 hash chained to the previous one so that any later alteration is
 * detected. The audit administrator alone reads it ({@link org.fazhi.audit.AuditTrail}: search,
 * verification, CSV export, failed sign-ins; API under {@code /api/v1/audit}, console under
 * {@code /console/audit}), within their unit's subtree as told by an {@link org.fazhi.audit.AuditUnits}
 * provider. Entries older than the retention (default 12 months, never under 6) are purged
 * nightly from the start of the chain, leaving a checkpoint the verifier starts from.
 * {@code java -jar fazhi.jar --audit-verify} verifies the chain without a web server
 * ({@link org.fazhi.audit.AuditVerifyCommand}). Owns {@code audit_event}, {@code audit_chain_head}
 * and {@code audit_checkpoint}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.fazhi.audit;
