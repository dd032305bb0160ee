package org.fazhi.governance;

import jakarta.validation.constraints.Size;

/**
 * The office's decision on a reported completion: confirming it (a note is optional) or returning or
 * cancelling it (the reason is required), with the version of the record the page was based on.
 */
public record DecisionNoteRequest(@Size(max = 1000) String note, Integer version) {
}
