package org.fazhi.reconsideration.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a reconsideration case's files — the application, identity papers, evidence, the
 * answer, documents (SECURITY.md AC-04, AC-06): whoever may see the case (the body handling it or the
 * respondent). Other files are not this module's to decide.
 */
@Component
class ReconsiderationFiles implements FileOwner {

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final CaseAccess access;

    ReconsiderationFiles(JdbcClient jdbc, CaseStore cases, CaseAccess access) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> heldBy = jdbc.sql("select distinct case_id from reconsideration_attachment where file_id = ?")
                .param(file.id()).query(Long.class).list();
        if (heldBy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(heldBy.stream().anyMatch(id -> cases.find(id).map(access::visible).orElse(false)));
    }
}
