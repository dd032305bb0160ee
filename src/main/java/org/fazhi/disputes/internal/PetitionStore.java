package org.fazhi.disputes.internal;

import static org.fazhi.disputes.internal.MediationStore.blank;
import static org.fazhi.disputes.internal.MediationStore.utc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.disputes.ReceptionDay;
import org.fazhi.disputes.ReceptionRequest;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Petitions as read, and leaders' reception days, with JdbcClient. */
@Repository
public class PetitionStore {

    private static final String PETITION = "select p.*, p.lock_version as version from petition p";

    /** The petitioner's name, identity number, phone and address are stored encrypted (SECURITY.md DC-02). */
    public static final String TABLE = "petition";
    public static final List<String> ENCRYPTED = List.of("petitioner_name", "id_number", "phone", "address");

    private final JdbcClient jdbc;
    private final RowMapper<Petition> petitionRows;

    PetitionStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.petitionRows = cipher.rows(Petition.class, TABLE, ENCRYPTED.toArray(String[]::new));
    }

    public Optional<Petition> petition(long id) {
        return jdbc.sql(PETITION + " where p.id = ?").param(id).query(petitionRows).optional();
    }

    public Optional<Petition> lock(long id) {
        return jdbc.sql(PETITION + " where p.id = ? for update").param(id).query(petitionRows).optional();
    }

    /** Petitions of the units received in a year (any year when null), in a state (any when null), newest first. */
    public List<Petition> petitions(Collection<Long> units, Integer year, PetitionStatus status) {
        if (units.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(PETITION + " where p.unit_id in (:units)");
        if (year != null) {
            sql.append(" and p.received_on between :from and :to");
        }
        if (status != null) {
            sql.append(" and p.status = :status");
        }
        var spec = jdbc.sql(sql.append(" order by p.received_on desc, p.id desc").toString()).param("units", units);
        if (year != null) {
            spec = spec.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31));
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(petitionRows).list();
    }

    /** Every petition of the units (for the figures, which look at decisions and replies of a year). */
    public List<Petition> all(Collection<Long> units) {
        return petitions(units, null, null);
    }

    public List<String> numbers(String prefix) {
        return jdbc.sql("select petition_no from petition where petition_no like :p").param("p", prefix + "%")
                .query(String.class).list();
    }

    // ----- reception days -----

    public long insertReception(ReceptionRequest r, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reception_day (unit_id, held_on, leader_name, leader_post, place, visitors, matters,"
                + " resolved, notes, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.unitId(), r.heldOn(), r.leaderName().strip(), r.leaderPost().strip(), r.place().strip(),
                        r.visitors(), r.matters(), r.resolved(), blank(r.notes()), by, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ReceptionDay> reception(long id) {
        return jdbc.sql("select * from reception_day where id = ?").param(id).query(ReceptionDay.class).optional();
    }

    public List<ReceptionDay> receptions(Collection<Long> units, Integer year) {
        if (units.isEmpty()) {
            return List.of();
        }
        String sql = "select * from reception_day where unit_id in (:units)"
                + (year == null ? "" : " and held_on between :from and :to") + " order by held_on desc, id desc";
        var spec = jdbc.sql(sql).param("units", units);
        if (year != null) {
            spec = spec.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31));
        }
        return spec.query(ReceptionDay.class).list();
    }
}
