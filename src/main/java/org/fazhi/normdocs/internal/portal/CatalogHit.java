package org.fazhi.normdocs.internal.portal;

import java.time.LocalDate;
import org.fazhi.normdocs.Validity;
import org.fazhi.search.SearchHit;

/**
 * One document in the public catalog's results. {@code titleHtml} and {@code snippetHtml} are
 * HTML-escaped with the matches in {@code <mark>}: the only fields a page may insert unescaped.
 */
public record CatalogHit(long id, String title, String titleHtml, String snippetHtml, Long issuingBodyId,
        String issuingBody, String documentNumber, String registrationNumber, LocalDate publicationDate,
        Validity validity) {

    static CatalogHit of(SearchHit h) {
        var f = h.facets();
        String body = f.get("issuingBodyId");
        String validity = f.get("validity");
        return new CatalogHit(Long.parseLong(h.id()), h.title(), h.titleHtml(), h.snippetHtml(),
                body == null || body.isBlank() ? null : Long.valueOf(body), f.get("issuingBody"),
                f.get("documentNumber"), f.get("registrationNumber"), h.date(),
                validity == null ? null : Validity.valueOf(validity));
    }

    /** The Bootstrap badge class of the validity. */
    public String badge() {
        return Badges.of(validity);
    }
}
