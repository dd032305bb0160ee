package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.publicity.Attendance;
import org.fazhi.publicity.TrainingAttendanceRequest;
import org.fazhi.publicity.DutyLine;
import org.fazhi.publicity.DutyRequest;
import org.fazhi.publicity.DutyReview;
import org.fazhi.publicity.DutyReviewRequest;
import org.fazhi.publicity.ExamRequest;
import org.fazhi.publicity.ExamResult;
import org.fazhi.publicity.LawExam;
import org.fazhi.publicity.LiteratePerson;
import org.fazhi.publicity.LiteratePersonRequest;
import org.fazhi.publicity.ModelVillage;
import org.fazhi.publicity.ModelVillageRequest;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.ResultRequest;
import org.fazhi.publicity.TrainingRequest;
import org.fazhi.publicity.TrainingSession;
import org.fazhi.publicity.VicePrincipal;
import org.fazhi.publicity.VicePrincipalRequest;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The responsibility lists and their reviews, activities (as read), training sessions with attendance, exams
 * with results, vice-principals, 法律明白人 and model villages, with JdbcClient. Lists of units answer empty
 * for no units; a year is the calendar year of the record's date.
 */
@Repository
public class PublicityStore {

    private static final String ACTIVITY = "select a.*, a.lock_version as version from publicity_activity a";
    private static final String RESULT = "select r.id, r.exam_id, r.person_ref, r.person_name, r.unit_id, r.score,"
            + " r.absent, r.passed, e.kind, e.held_on from law_exam_result r join law_exam e on e.id = r.exam_id";

    /** A 法律明白人's own phone is stored encrypted (SECURITY.md DC-02). */
    public static final String LITERATE_PHONE = "legal_literate_person.phone";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final RowMapper<LiteratePerson> literateRows;

    PublicityStore(JdbcClient jdbc, FieldCipher cipher) {
        this.cipher = cipher;
        this.literateRows = cipher.rows(LiteratePerson.class, "legal_literate_person", "phone");
        this.jdbc = jdbc;
    }

    // ----- responsibility lists -----

    public long insertDuty(DutyRequest r, Long by, OffsetDateTime now) {
        return insert("insert into publicity_duty (unit_id, year_no, law_names, content, audience, measures, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", r.unitId(), r.year(), r.lawNames().strip(),
                r.content().strip(), r.audience().strip(), r.measures().strip(), by, utc(now));
    }

    public Optional<DutyLine> duty(long id) {
        return jdbc.sql("select * from publicity_duty where id = ?").param(id).query(DutyLine.class).optional();
    }

    public List<DutyLine> duties(Collection<Long> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from publicity_duty where unit_id in (:units) and year_no = :year order by unit_id, id")
                .param("units", units).param("year", year).query(DutyLine.class).list();
    }

    public long insertReview(DutyReviewRequest r, Long by, OffsetDateTime now) {
        return insert("insert into publicity_duty_review (unit_id, year_no, reviewed_on, reviewer, rating, findings,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", r.unitId(), r.year(), r.reviewedOn(),
                r.reviewer().strip(), r.rating().name(), r.findings().strip(), by, utc(now));
    }

    public List<DutyReview> reviews(Collection<Long> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from publicity_duty_review where unit_id in (:units) and year_no = :year"
                + " order by unit_id").param("units", units).param("year", year).query(DutyReview.class).list();
    }

    // ----- activities -----

    public Optional<PublicityActivity> activity(long id) {
        return jdbc.sql(ACTIVITY + " where a.id = ?").param(id).query(PublicityActivity.class).optional();
    }

    public Optional<PublicityActivity> lockActivity(long id) {
        return jdbc.sql(ACTIVITY + " where a.id = ? for update").param(id).query(PublicityActivity.class).optional();
    }

    /** Activities of the units starting in a year (any when null), in one state (any when null), by start. */
    public List<PublicityActivity> activities(Collection<Long> units, Integer year, ActivityStatus status) {
        if (units.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(ACTIVITY + " where a.unit_id in (:units)");
        if (year != null) {
            sql.append(" and a.starts_on between :from and :to");
        }
        if (status != null) {
            sql.append(" and a.status = :status");
        }
        var spec = jdbc.sql(sql + " order by a.starts_on desc, a.id desc").param("units", units);
        if (year != null) {
            spec = spec.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31));
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(PublicityActivity.class).list();
    }

    /** Announced and held activities whose dates meet the period, for the public calendar, by start. */
    public List<PublicityActivity> publicActivities(LocalDate from, LocalDate to) {
        return jdbc.sql(ACTIVITY + " where a.status in ('ANNOUNCED', 'HELD') and a.ends_on >= ? and a.starts_on <= ?"
                + " order by a.starts_on, a.id").params(from, to).query(PublicityActivity.class).list();
    }

    public void insertMaterial(long activityId, long fileId, Long by, OffsetDateTime now) {
        jdbc.sql("insert into publicity_material (activity_id, file_id, created_by, created_at) values (?, ?, ?, ?)")
                .params(activityId, fileId, by, utc(now)).update();
    }

    public List<Long> materialFiles(long activityId) {
        return jdbc.sql("select file_id from publicity_material where activity_id = ? order by id").param(activityId)
                .query(Long.class).list();
    }

    // ----- training -----

    public long insertTraining(TrainingRequest r, Long by, OffsetDateTime now) {
        return insert("insert into training_session (unit_id, title, kind, held_on, hours, place, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", r.unitId(), r.title().strip(), r.kind().name(), r.heldOn(),
                r.hours(), r.place().strip(), by, utc(now));
    }

    public Optional<TrainingSession> training(long id) {
        return jdbc.sql("select * from training_session where id = ?").param(id).query(TrainingSession.class).optional();
    }

    public List<TrainingSession> trainings(Collection<Long> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from training_session where unit_id in (:units) and held_on between :from and :to"
                + " order by held_on desc, id desc").param("units", units).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query(TrainingSession.class).list();
    }

    public long insertAttendance(long trainingId, TrainingAttendanceRequest r, Long by, OffsetDateTime now) {
        return insert("insert into training_attendance (training_id, person_ref, person_name, unit_id, attended,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)", trainingId, r.personRef().strip(),
                r.personName().strip(), r.unitId(), r.attended(), by, utc(now));
    }

    public List<Attendance> attendance(Collection<Long> trainingIds) {
        if (trainingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from training_attendance where training_id in (:ids) order by training_id, id")
                .param("ids", trainingIds).query(Attendance.class).list();
    }

    // ----- exams -----

    public long insertExam(ExamRequest r, Long by, OffsetDateTime now) {
        return insert("insert into law_exam (unit_id, title, kind, held_on, full_mark, pass_mark, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", r.unitId(), r.title().strip(), r.kind().name(), r.heldOn(),
                r.fullMark(), r.passMark(), by, utc(now));
    }

    public Optional<LawExam> exam(long id) {
        return jdbc.sql("select * from law_exam where id = ?").param(id).query(LawExam.class).optional();
    }

    public List<LawExam> exams(Collection<Long> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from law_exam where unit_id in (:units) and held_on between :from and :to"
                + " order by held_on desc, id desc").param("units", units).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query(LawExam.class).list();
    }

    public long insertResult(long examId, ResultRequest r, boolean passed, Long by, OffsetDateTime now) {
        return insert("insert into law_exam_result (exam_id, person_ref, person_name, unit_id, score, absent, passed,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", examId, r.personRef().strip(),
                r.personName().strip(), r.unitId(), r.absent() ? null : r.score(), r.absent(), passed, by, utc(now));
    }

    public List<ExamResult> results(Collection<Long> examIds) {
        if (examIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RESULT + " where r.exam_id in (:ids) order by r.exam_id, r.id").param("ids", examIds)
                .query(ExamResult.class).list();
    }

    /** Every result of a person, newest exam first. */
    public List<ExamResult> resultsOf(String personRef) {
        return jdbc.sql(RESULT + " where r.person_ref = ? order by e.held_on desc, r.id desc").param(personRef)
                .query(ExamResult.class).list();
    }

    // ----- vice-principals, 法律明白人, model villages -----

    public long insertVicePrincipal(VicePrincipalRequest r, Long by, OffsetDateTime now) {
        return insert("insert into vice_principal (unit_id, school_name, person_name, person_org, appointed_on,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)", r.unitId(), r.schoolName().strip(),
                r.personName().strip(), r.personOrg().strip(), r.appointedOn(), by, utc(now));
    }

    public Optional<VicePrincipal> vicePrincipal(long id) {
        return jdbc.sql("select * from vice_principal where id = ?").param(id).query(VicePrincipal.class).optional();
    }

    public void vicePrincipalEnded(long id, LocalDate on) {
        jdbc.sql("update vice_principal set ended_on = ? where id = ?").params(on, id).update();
    }

    public List<VicePrincipal> vicePrincipals(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from vice_principal where unit_id in (:units) order by unit_id, school_name, id")
                .param("units", units).query(VicePrincipal.class).list();
    }

    public long insertLiteratePerson(LiteratePersonRequest r, Long by, OffsetDateTime now) {
        return insert("insert into legal_literate_person (village_unit_id, person_name, phone, since, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?)", r.villageUnitId(), r.personName().strip(),
                cipher.encrypt(LITERATE_PHONE, blank(r.phone())), r.since(), by, utc(now));
    }

    public Optional<LiteratePerson> literatePerson(long id) {
        return jdbc.sql("select * from legal_literate_person where id = ?").param(id).query(literateRows)
                .optional();
    }

    public void literatePersonEnded(long id, LocalDate on) {
        jdbc.sql("update legal_literate_person set ended_on = ? where id = ?").params(on, id).update();
    }

    public List<LiteratePerson> literatePersons(Collection<Long> villages) {
        if (villages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from legal_literate_person where village_unit_id in (:units)"
                + " order by village_unit_id, id").param("units", villages).query(literateRows).list();
    }

    public long insertModelVillage(ModelVillageRequest r, Long by, OffsetDateTime now) {
        return insert("insert into model_village (village_unit_id, level, awarded_year, awarded_by, created_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?)", r.villageUnitId(), r.level().name(), r.awardedYear(),
                r.awardedBy().strip(), by, utc(now));
    }

    public boolean modelVillageExists(long village, String level, int year) {
        return jdbc.sql("select count(*) from model_village where village_unit_id = ? and level = ? and awarded_year = ?")
                .params(village, level, year).query(Long.class).single() > 0;
    }

    public List<ModelVillage> modelVillages(Collection<Long> villages) {
        if (villages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from model_village where village_unit_id in (:units)"
                + " order by awarded_year desc, village_unit_id, id").param("units", villages)
                .query(ModelVillage.class).list();
    }

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
