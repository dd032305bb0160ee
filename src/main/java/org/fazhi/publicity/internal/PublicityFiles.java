package org.fazhi.publicity.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.fazhi.units.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read an activity's materials (SECURITY.md AC-04, AC-06): whoever may see the activity — the
 * scope of its organising unit ({@link PublicityAccess}). Other files are not this module's to decide.
 */
@Component
class PublicityFiles implements FileOwner {

    private final JdbcClient jdbc;
    private final DataScope scope;

    PublicityFiles(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> units = jdbc.sql("select distinct a.unit_id from publicity_material m"
                + " join publicity_activity a on a.id = m.activity_id where m.file_id = ?")
                .param(file.id()).query(Long.class).list();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(units.stream().anyMatch(scope::canSee));
    }
}
