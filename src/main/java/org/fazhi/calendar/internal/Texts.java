package org.fazhi.calendar.internal;

/** Looks up a message in the reader's language (explanations and warnings of due dates). */
@FunctionalInterface
interface Texts {

    String text(String key, Object... args);
}
