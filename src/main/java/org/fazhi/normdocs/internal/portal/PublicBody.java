package org.fazhi.normdocs.internal.portal;

/** An issuing body (制定主体) as the public sees it, with how many of its documents are published. */
public record PublicBody(long id, String name, boolean active, long publishedDocuments) {
}
