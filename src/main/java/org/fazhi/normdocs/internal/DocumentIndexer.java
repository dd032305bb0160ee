package org.fazhi.normdocs.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.normdocs.NormativeDocumentChanged;
import org.fazhi.search.SearchChanges;
import org.fazhi.search.SearchDocument;
import org.fazhi.search.SearchIndex;
import org.fazhi.search.SearchSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with published documents: after every committed change the
 * document is re-indexed (or removed once it is no longer published), and the whole catalog can be
 * reloaded from the database. Every change is also written to the index's change log in the
 * changing transaction ({@link SearchChanges}), from which the other instances' indexes follow.
 */
@Component
public class DocumentIndexer implements SearchSource {

    public static final String TYPE = NormativeDocument.SUBJECT.name();
    private static final int BATCH = 500;

    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final SearchIndex index;
    private final SearchChanges changes;

    DocumentIndexer(DocumentStore documents, IssuingBodyStore bodies, @Lazy SearchIndex index,
            @Lazy SearchChanges changes) {
        this.documents = documents;
        this.bodies = bodies;
        this.index = index;
        this.changes = changes;
    }

    /** In the changing transaction: the change log row commits with the change. */
    @EventListener
    void log(NormativeDocumentChanged e) {
        changes.changed(key(e.documentId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(NormativeDocumentChanged e) {
        documents.find(e.documentId()).ifPresent(d -> {
            if (d.published()) {
                index.put(toSearch(d, documents.version(d.currentVersionId()).orElseThrow()));
            } else {
                index.delete(key(d.id()));
            }
        });
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        List<Long> ids = documents.allPublishedIds();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            Map<Long, DocumentVersion> versions = documents.currentVersions(batch);
            for (Long id : batch) {
                documents.find(id).ifPresent(d -> sink.accept(toSearch(d, versions.get(id))));
            }
        }
    }

    @Override
    public Optional<SearchDocument> document(String key) {
        if (!key.startsWith(TYPE + ":")) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(key.substring(TYPE.length() + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return documents.find(id).filter(NormativeDocument::published)
                .map(d -> toSearch(d, documents.version(d.currentVersionId()).orElseThrow()));
    }

    public static String key(long id) {
        return TYPE + ":" + id;
    }

    private SearchDocument toSearch(NormativeDocument d, DocumentVersion v) {
        Map<String, String> facets = new HashMap<>();
        facets.put("issuingBodyId", String.valueOf(d.issuingBodyId()));
        facets.put("issuingBody", bodies.find(d.issuingBodyId()).map(b -> b.name()).orElse(""));
        if (d.publicationDate() != null) {
            facets.put("year", String.valueOf(d.publicationDate().getYear()));
        }
        if (d.validity() != null) {
            facets.put("validity", d.validity().name());
        }
        if (d.documentNumber() != null) {
            facets.put("documentNumber", d.documentNumber());
        }
        if (d.registrationNumber() != null) {
            facets.put("registrationNumber", d.registrationNumber());
        }
        // the index serves the public catalog: it holds the public copy, identifiers removed (PI-03)
        return new SearchDocument(key(d.id()), TYPE, PersonalData.redact(d.title()),
                v == null ? "" : PersonalData.redact(v.body()),
                java.util.stream.Stream.of(d.documentNumber(), d.registrationNumber())
                        .filter(java.util.Objects::nonNull).toList(),
                facets, d.published(), d.publicationDate());
    }
}
