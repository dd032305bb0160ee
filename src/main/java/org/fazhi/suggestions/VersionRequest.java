package org.fazhi.suggestions;

/** A step without input but the version the caller saw (publication of the answer). */
public record VersionRequest(Integer version) {
}
