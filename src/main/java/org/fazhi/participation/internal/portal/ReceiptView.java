package org.fazhi.participation.internal.portal;

import java.time.Instant;
import org.fazhi.participation.Disposition;

/**
 * What a receipt number (回执号) shows: the draft commented on (and the article, if one was chosen),
 * when, the content (null if withheld from publication), and — once the consultation is closed and
 * the dispositions are published — how the comment was answered.
 */
public record ReceiptView(String receiptNo, long consultationId, String title, String article, Instant submittedAt,
        String content, boolean withheld, boolean dispositionPublished, Disposition disposition, String reason) {
}
