package org.fazhi.disputes.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.MediationOrgRequest;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.disputes.Mediator;
import org.fazhi.disputes.MediatorRequest;
import org.fazhi.disputes.Party;
import org.fazhi.disputes.PartyRequest;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The mediation committees, mediators, cases (as read) and parties, with JdbcClient. */
@Repository
public class MediationStore {

    private static final String CASE = "select c.*, c.lock_version as version from mediation_case c";

    /** A party's name, identity number, phone and address are stored encrypted (SECURITY.md DC-02). */
    public static final String PARTY = "mediation_party";
    public static final List<String> PARTY_ENCRYPTED = List.of("person_name", "id_number", "phone", "address");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RowMapper<Party> partyRows;
    private final RowMapper<Mediator> mediatorRows;

    MediationStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.partyRows = cipher.rows(Party.class, PARTY, PARTY_ENCRYPTED.toArray(String[]::new));
        this.mediatorRows = cipher.rows(Mediator.class, "mediator", "phone");
    }

    // ----- committees -----

    public long insertOrg(MediationOrgRequest r, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mediation_org (unit_id, kind, name, enterprise_staff, sector, established_on, created_by,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.unitId(), r.kind().name(), r.name().strip(), r.enterpriseStaff(), blank(r.sector()),
                        r.establishedOn(), by, utc(now), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void dissolveOrg(long id, LocalDate on, OffsetDateTime now) {
        jdbc.sql("update mediation_org set dissolved_on = ?, updated_at = ? where id = ?").params(on, utc(now), id)
                .update();
    }

    public Optional<MediationOrg> org(long id) {
        return jdbc.sql("select * from mediation_org where id = ?").param(id).query(MediationOrg.class).optional();
    }

    public List<MediationOrg> orgs(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from mediation_org where unit_id in (:units) order by unit_id, kind, id")
                .param("units", units).query(MediationOrg.class).list();
    }

    // ----- mediators -----

    public long insertMediator(long orgId, MediatorRequest r, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mediator (org_id, person_name, phone, full_time, since, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(orgId, r.personName().strip(), cipher.encrypt("mediator.phone", blank(r.phone())), r.fullTime(), r.since(), by, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void mediatorLeft(long id, LocalDate on) {
        jdbc.sql("update mediator set left_on = ? where id = ?").params(on, id).update();
    }

    public Optional<Mediator> mediator(long id) {
        return jdbc.sql("select * from mediator where id = ?").param(id).query(mediatorRows).optional();
    }

    public List<Mediator> mediators(long orgId) {
        return jdbc.sql("select * from mediator where org_id = ? order by id").param(orgId).query(mediatorRows)
                .list();
    }

    public List<Mediator> mediatorsOf(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from mediator where org_id in (:orgs) order by org_id, id").param("orgs", orgIds)
                .query(mediatorRows).list();
    }

    // ----- cases -----

    public Optional<MediationCase> mediationCase(long id) {
        return jdbc.sql(CASE + " where c.id = ?").param(id).query(MediationCase.class).optional();
    }

    /** The case, its row locked for the rest of the transaction (a step). */
    public Optional<MediationCase> lockCase(long id) {
        return jdbc.sql(CASE + " where c.id = ? for update").param(id).query(MediationCase.class).optional();
    }

    /** Cases of the units received in a year (every year when null), in one state (any when null), newest first. */
    public List<MediationCase> cases(Collection<Long> units, Integer year, MediationStatus status) {
        if (units.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(CASE + " where c.unit_id in (:units)");
        if (year != null) {
            sql.append(" and c.received_on between :from and :to");
        }
        if (status != null) {
            sql.append(" and c.status = :status");
        }
        var spec = jdbc.sql(sql.append(" order by c.received_on desc, c.id desc").toString()).param("units", units);
        if (year != null) {
            spec = spec.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31));
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(MediationCase.class).list();
    }

    /** The numbers already given in a year with the prefix (e.g. TJ2026-), for the next one. */
    public List<String> caseNumbers(String prefix) {
        return jdbc.sql("select case_no from mediation_case where case_no like :p").param("p", prefix + "%")
                .query(String.class).list();
    }

    // ----- parties -----

    public long insertParty(long caseId, PartyRequest r, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mediation_party (case_id, side, person_name, id_number, phone, address, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, r.side().name(), cipher.encrypt(PARTY + ".person_name", r.personName().strip()),
                        cipher.encrypt(PARTY + ".id_number", blank(r.idNumber())),
                        cipher.encrypt(PARTY + ".phone", blank(r.phone())),
                        cipher.encrypt(PARTY + ".address", blank(r.address())), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Party> parties(long caseId) {
        return jdbc.sql("select * from mediation_party where case_id = ? order by id").param(caseId)
                .query(partyRows).list();
    }

    public void partyRefused(long partyId, LocalDate on, String note) {
        jdbc.sql("update mediation_party set refused_on = ?, refusal_note = ? where id = ?").params(on, note, partyId)
                .update();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
