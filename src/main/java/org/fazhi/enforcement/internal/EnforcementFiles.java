package org.fazhi.enforcement.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a case's evidence (SECURITY.md AC-04, AC-06): whoever may see the case (its unit, or
 * the review desk it was submitted to). Other files are not this module's to decide.
 */
@Component
class EnforcementFiles implements FileOwner {

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final CaseAccess access;

    EnforcementFiles(JdbcClient jdbc, CaseStore cases, CaseAccess access) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> heldBy = jdbc.sql("select distinct case_id from case_evidence where file_id = ?")
                .param(file.id()).query(Long.class).list();
        if (heldBy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(heldBy.stream().anyMatch(id -> cases.find(id).map(access::visible).orElse(false)));
    }
}
