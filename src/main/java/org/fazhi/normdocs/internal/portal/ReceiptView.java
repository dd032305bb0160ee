package org.fazhi.normdocs.internal.portal;

import java.time.Instant;
import org.fazhi.normdocs.Disposition;

/**
 * What a receipt number (回执号) shows: the draft commented on, when, the content, and — once the
 * consultation is closed and the dispositions are published — how the comment was answered.
 */
public record ReceiptView(String receiptNo, long consultationId, String title, Instant submittedAt, String content,
        boolean dispositionPublished, Disposition disposition, String reason) {
}
