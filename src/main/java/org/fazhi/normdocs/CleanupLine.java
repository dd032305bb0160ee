package org.fazhi.normdocs;

/** One document's line in a cleanup campaign: its verdict (null until decided) and reason. */
public record CleanupLine(long documentId, CleanupVerdict verdict, String reason) {
}
