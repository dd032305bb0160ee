package org.fazhi.disclosure;

import jakarta.validation.constraints.Size;

/** A step on the report with an optional note (the reason when returning it). */
public record ReportNoteRequest(@Size(max = 1000) String note, Integer version) {
}
