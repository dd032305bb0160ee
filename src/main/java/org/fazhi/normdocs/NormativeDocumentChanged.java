package org.fazhi.normdocs;

/**
 * A document's public face changed: published, its validity changed, or a consultation opened or
 * closed. The search index and caches follow it.
 */
public record NormativeDocumentChanged(long documentId) {
}
