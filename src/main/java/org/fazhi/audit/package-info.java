/**
 * The append-only audit log: every change writes who, unit, when, entity, action, a field-level
 * before/after and the request id in the same transaction as the change
 * ({@link org.fazhi.audit.AuditLog}), without serialising unrelated transactions; a single chainer
 * then links each committed entry into a keyed chain (HMAC-SM3 under a key kept outside the
 * database) whose head is anchored outside the database at intervals, so that an entry altered,
 * deleted, slipped in or re-chained without the key is detected. On PostgreSQL the application's
 * role may only insert and read the audit tables. The audit administrator alone reads it
 * ({@link org.fazhi.audit.AuditTrail}: search, verification, CSV export, failed sign-ins; API under
 * {@code /api/v1/audit}, console under {@code /console/audit}), within their unit's subtree as told
 * by an {@link org.fazhi.audit.AuditUnits} provider. Entries older than the retention (default 12
 * months, never under 6) are purged nightly from the start of the chain, leaving a checkpoint the
 * verifier starts from. {@code java -jar fazhi.jar --audit-verify} verifies the chain without a web
 * server ({@link org.fazhi.audit.AuditVerifyCommand}). Owns {@code audit_event}, {@code audit_chain},
 * {@code audit_pending}, {@code audit_chainer}, {@code audit_checkpoint}, the chain key file and the
 * anchor file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.fazhi.audit;
