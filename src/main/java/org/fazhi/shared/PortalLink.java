package org.fazhi.shared;

/** A link in the public portal's navigation and home page, contributed by a module as a bean. */
public record PortalLink(int order, String labelKey, String descriptionKey, String path) {
}
