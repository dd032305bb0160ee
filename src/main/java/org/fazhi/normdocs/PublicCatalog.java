package org.fazhi.normdocs;

import java.util.HashMap;
import java.util.Map;
import org.fazhi.normdocs.internal.DocumentIndexer;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.SupersessionStore;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.search.SearchIndex;
import org.fazhi.search.SearchQuery;
import org.fazhi.search.SearchResult;
import org.fazhi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalog of normative documents (规范性文件目录): full-text search in Chinese with
 * filters by issuing body, year and validity, and the full text of each published document with
 * its validity badge. Only published documents exist here; everything else answers 404.
 */
@Service
@Transactional(readOnly = true)
public class PublicCatalog {

    private final SearchIndex index;
    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final SupersessionStore supersessions;

    PublicCatalog(SearchIndex index, DocumentStore documents, IssuingBodyStore bodies,
            SupersessionStore supersessions) {
        this.index = index;
        this.documents = documents;
        this.bodies = bodies;
        this.supersessions = supersessions;
    }

    public SearchResult search(String text, Long issuingBodyId, Integer year, Validity validity, int page, int size) {
        Map<String, String> filters = new HashMap<>();
        if (issuingBodyId != null) {
            filters.put("issuingBodyId", String.valueOf(issuingBodyId));
        }
        if (year != null) {
            filters.put("year", String.valueOf(year));
        }
        if (validity != null) {
            filters.put("validity", validity.name());
        }
        return index.search(new SearchQuery(text, DocumentIndexer.TYPE, filters, true, page, size));
    }

    public PublicDocument document(long id) {
        NormativeDocument d = documents.find(id).filter(NormativeDocument::published)
                .orElseThrow(() -> new NotFoundException(NormativeDocument.SUBJECT.name(), id));
        DocumentVersion v = documents.version(d.currentVersionId()).orElseThrow();
        return new PublicDocument(d.id(), PersonalData.redact(d.title()), bodies.find(d.issuingBodyId()).map(IssuingBody::name).orElse(""),
                d.documentNumber(), d.registrationNumber(), d.publicationDate(), d.effectiveDate(), d.expiryDate(),
                d.validity(), d.validityChangedOn(), d.validityReason(), PersonalData.redact(v.body()),
                supersessions.of(d.id()).stream().filter(s -> s.applied() && s.oldDocumentId() == d.id()).toList(),
                supersessions.of(d.id()).stream().filter(s -> s.applied() && s.newDocumentId() == d.id()).toList());
    }
}
