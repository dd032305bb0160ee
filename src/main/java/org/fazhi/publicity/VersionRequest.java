package org.fazhi.publicity;

/** A step that needs nothing but the version of the record the page was based on. */
public record VersionRequest(Integer version) {
}
