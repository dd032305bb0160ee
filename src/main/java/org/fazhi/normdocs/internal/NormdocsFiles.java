package org.fazhi.normdocs.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.fazhi.units.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a file held by a normative document (SECURITY.md AC-04, AC-06): an attachment (起草说明,
 * 制定依据, annex, working file) is read by whoever may see its document; a post-evaluation report
 * by whoever may see the document and the unit the report was stored under. Other files are not
 * this module's to decide.
 */
@Component
class NormdocsFiles implements FileOwner {

    private final JdbcClient jdbc;
    private final DocumentStore documents;
    private final DocumentAccess access;
    private final DataScope scope;

    NormdocsFiles(JdbcClient jdbc, DocumentStore documents, DocumentAccess access, DataScope scope) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.access = access;
        this.scope = scope;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> attachedTo = jdbc.sql("select distinct document_id from document_attachment where file_id = ?")
                .param(file.id()).query(Long.class).list();
        List<Long> reportOf = jdbc.sql("select distinct document_id from post_evaluation where report_file_id = ?")
                .param(file.id()).query(Long.class).list();
        if (attachedTo.isEmpty() && reportOf.isEmpty()) {
            return Optional.empty();
        }
        boolean attachment = attachedTo.stream().anyMatch(this::visible);
        boolean report = scope.canSee(file.unitId()) && reportOf.stream().anyMatch(this::visible);
        return Optional.of(attachment || report);
    }

    private boolean visible(long documentId) {
        return documents.find(documentId).map(access::visible).orElse(false);
    }
}
