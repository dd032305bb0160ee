package org.fazhi.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.review.LegalAdviser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The legal_adviser table and the count of consultations per adviser. */
@Repository
public class AdviserStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AdviserStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(LegalAdviser a) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into legal_adviser (unit_id, name, kind, firm, licence_no, contract_from, contract_to, active,"
                + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(a.unitId(), a.name(), a.kind().name(), a.firm(), a.licenceNo(), a.contractFrom(),
                        a.contractTo(), a.active(), now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(LegalAdviser a) {
        jdbc.sql("update legal_adviser set name = ?, kind = ?, firm = ?, licence_no = ?, contract_from = ?,"
                + " contract_to = ?, active = ?, updated_at = ? where id = ?")
                .params(a.name(), a.kind().name(), a.firm(), a.licenceNo(), a.contractFrom(), a.contractTo(),
                        a.active(), OffsetDateTime.now(clock), a.id())
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from legal_adviser").query(Long.class).single();
    }

    public Optional<LegalAdviser> find(long id) {
        return jdbc.sql("select * from legal_adviser where id = ?").param(id).query(AdviserStore::map).optional();
    }

    public List<LegalAdviser> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from legal_adviser where unit_id in (:units) order by active desc, name")
                .param("units", unitIds).query(AdviserStore::map).list();
    }

    /** Consultations per adviser in [from, to]. */
    public Map<Long, Integer> uses(Collection<Long> adviserIds, LocalDate from, LocalDate to) {
        Map<Long, Integer> uses = new HashMap<>();
        if (adviserIds.isEmpty()) {
            return uses;
        }
        jdbc.sql("select adviser_id, count(*) from review_consultation where adviser_id in (:ids)"
                + " and consulted_on between :from and :to group by adviser_id")
                .param("ids", adviserIds).param("from", from).param("to", to)
                .query((rs, n) -> uses.put(rs.getLong(1), rs.getInt(2))).list();
        return uses;
    }

    static LegalAdviser map(ResultSet rs, int n) throws SQLException {
        return new LegalAdviser(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                LegalAdviser.AdviserKind.valueOf(rs.getString("kind")), rs.getString("firm"),
                rs.getString("licence_no"), rs.getObject("contract_from", LocalDate.class),
                rs.getObject("contract_to", LocalDate.class), rs.getBoolean("active"));
    }
}
