package org.fazhi.indicators.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.fazhi.shared.Actor;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read the evidence a unit attached to its self-assessment (SECURITY.md AC-04, AC-06): as the
 * round's page shows it — an overseer (法治办, leader, legal reviewer) of the assessing unit's scope, or
 * of the assessed unit itself. Other files are not this module's to decide.
 */
@Component
class IndicatorsFiles implements FileOwner {

    private final JdbcClient jdbc;
    private final DataScope scope;

    IndicatorsFiles(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Map<String, Object>> held = jdbc.sql("select s.unit_id as assessed, r.unit_id as assessing"
                + " from assessment_score s join assessment_round r on r.id = s.round_id where s.evidence_file_id = ?")
                .param(file.id()).query().listOfRows();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        if (!Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEADER.name(), Role.LEGAL_REVIEWER.name())) {
            return Optional.of(false);
        }
        Long home = scope.homeUnitId();
        return Optional.of(held.stream().anyMatch(h -> scope.canSee(((Number) h.get("assessing")).longValue())
                || Objects.equals(home, ((Number) h.get("assessed")).longValue())));
    }
}
