package org.fazhi.publicity;

/** Announcing an activity needs nothing but the version of the activity the page was based on. */
public record AnnouncementRequest(Integer version) {
}
