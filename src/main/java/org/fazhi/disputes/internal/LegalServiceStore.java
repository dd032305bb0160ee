package org.fazhi.disputes.internal;

import static org.fazhi.disputes.internal.MediationStore.blank;
import static org.fazhi.disputes.internal.MediationStore.utc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.disputes.AdminMediationStaff;
import org.fazhi.disputes.LegalAidCase;
import org.fazhi.disputes.LegalAidRequest;
import org.fazhi.disputes.LegalAidStatus;
import org.fazhi.disputes.LegalServicePoint;
import org.fazhi.disputes.ServicePointRequest;
import org.fazhi.disputes.ServiceTally;
import org.fazhi.disputes.StaffRequest;
import org.fazhi.disputes.VillageAdviser;
import org.fazhi.disputes.VillageAdviserRequest;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Administrative mediation staff, public legal service points and their monthly tallies, village legal
 * advisers and legal-aid cases, with JdbcClient.
 */
@Repository
public class LegalServiceStore {

    private static final String AID = "select a.*, a.lock_version as version from legal_aid_case a";

    /** A legal-aid applicant's name, identity number and phone are stored encrypted (SECURITY.md DC-02). */
    public static final String AID_TABLE = "legal_aid_case";
    public static final List<String> AID_ENCRYPTED = List.of("applicant_name", "applicant_id_number", "applicant_phone");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RowMapper<LegalAidCase> aidRows;
    private final RowMapper<VillageAdviser> adviserRows;

    LegalServiceStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.aidRows = cipher.rows(LegalAidCase.class, AID_TABLE, AID_ENCRYPTED.toArray(String[]::new));
        this.adviserRows = cipher.rows(VillageAdviser.class, "village_adviser", "phone");
    }

    // ----- administrative mediation staff -----

    public long insertStaff(StaffRequest r, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into admin_mediation_staff (unit_id, person_name, post, appointed_on, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
                .params(r.unitId(), r.personName().strip(), r.post().strip(), r.appointedOn(), by, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AdminMediationStaff> staff(long id) {
        return jdbc.sql("select * from admin_mediation_staff where id = ?").param(id)
                .query(AdminMediationStaff.class).optional();
    }

    public List<AdminMediationStaff> staffOf(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from admin_mediation_staff where unit_id in (:units) order by unit_id, id")
                .param("units", units).query(AdminMediationStaff.class).list();
    }

    public void staffEnded(long id, LocalDate on) {
        jdbc.sql("update admin_mediation_staff set ended_on = ? where id = ?").params(on, id).update();
    }

    // ----- service points -----

    public long insertPoint(ServicePointRequest r, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into legal_service_point (unit_id, level, name, address, phone, opened_on, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.unitId(), r.level().name(), r.name().strip(), blank(r.address()), blank(r.phone()),
                        r.openedOn(), by, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<LegalServicePoint> point(long id) {
        return jdbc.sql("select * from legal_service_point where id = ?").param(id).query(LegalServicePoint.class)
                .optional();
    }

    public List<LegalServicePoint> points(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from legal_service_point where unit_id in (:units) order by level, unit_id, id")
                .param("units", units).query(LegalServicePoint.class).list();
    }

    public void pointClosed(long id, LocalDate on) {
        jdbc.sql("update legal_service_point set closed_on = ? where id = ?").params(on, id).update();
    }

    // ----- tallies -----

    /** Records or replaces a point's tally of a month. */
    public long saveTally(long pointId, LocalDate monthStart, int consultations, Long by, OffsetDateTime now) {
        int changed = jdbc.sql("update legal_service_tally set consultations = ?, created_by = ?, created_at = ?"
                + " where point_id = ? and month_start = ?").params(consultations, by, utc(now), pointId, monthStart)
                .update();
        if (changed == 0) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("insert into legal_service_tally (point_id, month_start, consultations, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?)").params(pointId, monthStart, consultations, by, utc(now))
                    .update(keys, "id");
            return keys.getKey().longValue();
        }
        return jdbc.sql("select id from legal_service_tally where point_id = ? and month_start = ?")
                .params(pointId, monthStart).query(Long.class).single();
    }

    public Optional<ServiceTally> tally(long pointId, LocalDate monthStart) {
        return jdbc.sql("select * from legal_service_tally where point_id = ? and month_start = ?")
                .params(pointId, monthStart).query(ServiceTally.class).optional();
    }

    public List<ServiceTally> tallies(Collection<Long> pointIds, LocalDate from, LocalDate to) {
        if (pointIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from legal_service_tally where point_id in (:points) and month_start between :from"
                + " and :to order by month_start, point_id").param("points", pointIds).param("from", from)
                .param("to", to).query(ServiceTally.class).list();
    }

    // ----- village advisers -----

    public long insertAdviser(VillageAdviserRequest r, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into village_adviser (village_unit_id, adviser_name, firm, phone, serves_from, serves_to,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.villageUnitId(), r.adviserName().strip(), r.firm().strip(),
                        cipher.encrypt("village_adviser.phone", blank(r.phone())),
                        r.servesFrom(), r.servesTo(), by, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<VillageAdviser> adviser(long id) {
        return jdbc.sql("select * from village_adviser where id = ?").param(id).query(adviserRows).optional();
    }

    public List<VillageAdviser> advisers(Collection<Long> villages) {
        if (villages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from village_adviser where village_unit_id in (:units) order by village_unit_id,"
                + " serves_from, id").param("units", villages).query(adviserRows).list();
    }

    // ----- legal aid -----

    public long insertAid(LegalAidRequest r, String caseNo, Long by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into legal_aid_case (unit_id, case_no, applied_on, applicant_name, applicant_id_number,"
                + " applicant_phone, matter_kind, matter, status, created_by, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.unitId(), caseNo, r.appliedOn(),
                        cipher.encrypt(AID_TABLE + ".applicant_name", r.applicantName().strip()),
                        cipher.encrypt(AID_TABLE + ".applicant_id_number", blank(r.applicantIdNumber())),
                        cipher.encrypt(AID_TABLE + ".applicant_phone", blank(r.applicantPhone())), r.matterKind().name(), r.matter().strip(),
                        LegalAidStatus.APPLIED.name(), by, utc(now), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<LegalAidCase> aid(long id) {
        return jdbc.sql(AID + " where a.id = ?").param(id).query(aidRows).optional();
    }

    public Optional<LegalAidCase> lockAid(long id) {
        return jdbc.sql(AID + " where a.id = ? for update").param(id).query(aidRows).optional();
    }

    public List<LegalAidCase> aids(Collection<Long> units, Integer year) {
        if (units.isEmpty()) {
            return List.of();
        }
        String sql = AID + " where a.unit_id in (:units)" + (year == null ? "" : " and a.applied_on between :from and :to")
                + " order by a.applied_on desc, a.id desc";
        var spec = jdbc.sql(sql).param("units", units);
        if (year != null) {
            spec = spec.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31));
        }
        return spec.query(aidRows).list();
    }

    public List<String> aidNumbers(String prefix) {
        return jdbc.sql("select case_no from legal_aid_case where case_no like :p").param("p", prefix + "%")
                .query(String.class).list();
    }

    /** The decision, on the version read (a lost race is stale). */
    public void aidDecided(LegalAidCase a, LegalAidStatus status, LocalDate on, String assignedTo, String reason,
            OffsetDateTime now) {
        int n = jdbc.sql("update legal_aid_case set status = ?, decided_on = ?, assigned_to = ?, refusal_reason = ?,"
                + " updated_at = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(status.name(), on, assignedTo, reason, utc(now), a.id(), a.version()).update();
        if (n == 0) {
            throw new StaleVersionException("legal-aid-case", a.id());
        }
    }

    public void aidClosed(LegalAidCase a, LocalDate on, String outcome, OffsetDateTime now) {
        int n = jdbc.sql("update legal_aid_case set status = ?, closed_on = ?, outcome = ?, updated_at = ?,"
                + " lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(LegalAidStatus.CLOSED.name(), on, outcome, utc(now), a.id(), a.version()).update();
        if (n == 0) {
            throw new StaleVersionException("legal-aid-case", a.id());
        }
    }
}
