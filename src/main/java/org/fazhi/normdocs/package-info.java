/**
 * Normative documents (行政规范性文件) end to end: issuing bodies (制定主体) and the drafting plan;
 * drafts with immutable versions; public consultation (征求意见) of at least the catalog's period
 * with a disposition for every comment; legality review through the review desk; collective
 * deliberation only after a passing review of the current version; unified registration, numbering
 * and publication (三统一); filing (备案) on time with a complete packet; post-evaluation and
 * cleanup campaigns whose verdicts change a document's validity everywhere.
 *
 * <p>This is the first feature module and the pattern the others follow: the procedure is an
 * explicit state machine ({@link org.fazhi.normdocs.DocumentStatus} and
 * {@code internal.DocumentProcedure}); each step is a service method that checks its legal gate and
 * refuses with the reason; every statutory number comes from the rules catalog and every date from
 * the official calendar; metrics and public pages live with the module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Normative documents")
package org.fazhi.normdocs;
