package org.fazhi.participation.internal.portal;

import java.time.LocalDate;
import org.fazhi.participation.Disposition;

/**
 * A comment as published after the window closed: its number in the list, the article it is on
 * (null: the draft as a whole, with the article's heading as {@code article}), the content with
 * identifiers removed (null when it was withheld, {@code withheld} then true), the day it came in and
 * how it was answered. Never a name, contact, organisation or receipt number.
 */
public record PublishedComment(int no, Integer articleNo, String article, String content, boolean withheld,
        LocalDate submittedOn, Disposition disposition, String reason) {
}
