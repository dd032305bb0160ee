package org.fazhi.normdocs.internal.portal;

import java.time.LocalDate;
import org.fazhi.normdocs.Disposition;

/**
 * A comment as published after the window closed: its number in the list, the content with
 * identifiers removed, the day it came in and how it was answered. Never a name, contact or
 * organisation.
 */
public record PublishedComment(int no, String content, LocalDate submittedOn, Disposition disposition, String reason) {
}
