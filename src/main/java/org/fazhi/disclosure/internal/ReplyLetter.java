package org.fazhi.disclosure.internal;

import java.util.Locale;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.RequesterIdentity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reply letter (政府信息公开申请答复书) as DOCX, generated from the record: addressed to the requester, citing
 * the day of receipt and what was asked, the reply in its type's words (GI-04) with the staff's text, and the
 * remedies (复议 or 诉讼).
 */
@Component
public class ReplyLetter {

    private final MessageSource messages;

    ReplyLetter(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(DisclosureRequest r, RequesterIdentity who, String unitName, Locale l) {
        try (Docx d = new Docx()) {
            d.title(msg("disclosure.letter.title", l));
            d.right(msg("disclosure.letter.receipt", l, r.receiptNo()));
            d.paragraph(msg("disclosure.letter.to", l, who.name()));
            d.paragraph(msg("disclosure.letter.received", l, String.valueOf(r.receivedOn()), r.content()));
            if (r.correctionAskedOn() != null) {
                d.paragraph(msg("disclosure.letter.correction", l, String.valueOf(r.correctionAskedOn()),
                        r.correctionReceivedOn() == null ? "—" : String.valueOf(r.correctionReceivedOn())));
            }
            d.paragraph(msg("disclosure.letter.reason." + r.replyReason().name(), l));
            d.paragraph(r.replyNote());
            d.paragraph(msg("disclosure.letter.remedies", l, unitName));
            d.right(unitName);
            d.right(String.valueOf(r.repliedOn()));
            return d.bytes();
        }
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
