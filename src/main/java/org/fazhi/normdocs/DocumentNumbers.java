package org.fazhi.normdocs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers (文号) of an issuing body: the form {@code prefix〔year〕serial号} (e.g.
 * 示政发〔2025〕3号), the body's own prefix, one number per document of the body, and the next free
 * number of the year as a suggestion for the registering office.
 */
@Service
@Transactional(readOnly = true)
public class DocumentNumbers {

    static final Pattern FORMAT = Pattern.compile("^(.{1,20})〔(\\d{4})〕([1-9]\\d{0,3})号$");

    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final DocumentAccess access;
    private final Clock clock;

    DocumentNumbers(DocumentStore documents, IssuingBodyStore bodies, DocumentAccess access, Clock clock) {
        this.documents = documents;
        this.bodies = bodies;
        this.access = access;
        this.clock = clock;
    }

    /** The next free document number of the document's body this year, as a suggestion. */
    public String suggest(long documentId) {
        return suggestFor(access.requireVisible(documentId));
    }

    String suggestFor(NormativeDocument d) {
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        int year = LocalDate.now(clock).getYear();
        String mark = "〔" + year + "〕";
        int max = 0;
        for (String n : documents.documentNumbersOf(body.id(), mark)) {
            Matcher m = FORMAT.matcher(n);
            if (m.matches() && m.group(2).equals(String.valueOf(year))) {
                max = Math.max(max, Integer.parseInt(m.group(3)));
            }
        }
        return body.docNumberPrefix() + mark + (max + 1) + "号";
    }

    /**
     * The number as typed, checked for document {@code documentId} of {@code body} issued in
     * {@code year}: its form, the body's prefix, the year of issue in 〔〕, and that no other document of
     * the body carries it. Returns it stripped.
     */
    String check(String typed, IssuingBody body, long documentId, int year) {
        String number = typed == null ? "" : typed.strip();
        Matcher m = FORMAT.matcher(number);
        if (!m.matches()) {
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.format");
        }
        if (!m.group(1).equals(body.docNumberPrefix())) {
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.prefix",
                    body.docNumberPrefix());
        }
        if (Integer.parseInt(m.group(2)) != year) {
            // 〔2025〕 names the year of issue: a document registered and issued in 2026 is 〔2026〕
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.year", String.valueOf(year));
        }
        if (documents.documentNumberTaken(body.id(), number, documentId)) {
            throw taken(number);
        }
        return number;
    }

    static InvalidInputException taken(String number) {
        return InvalidInputException.field("documentNumber", "normdocs.document-number.taken", number);
    }
}
