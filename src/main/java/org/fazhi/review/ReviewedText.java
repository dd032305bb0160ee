package org.fazhi.review;

/**
 * One version of a text as the desk reads it: its number, title, body, 起草说明 and 制定依据, and
 * the SHA-256 the module computed when the version was made (compared with the one recorded on
 * the request, so the reviewer knows the text is exactly the one submitted). {@code participationNote}:
 * why the text was not opened to public comment, when the drafter recorded that it need not be (the
 * reviewer judges that reason too); null otherwise.
 */
public record ReviewedText(long versionId, int versionNo, String title, String body, String draftingNotes,
        String basis, String sha256, String participationNote) {
}
