package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.reconsideration.Hearing;
import org.fazhi.reconsideration.HearingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reconsideration_hearing table: hearings scheduled and held, opinions heard, written reviews. */
@Repository
public class HearingStore {

    private final JdbcClient jdbc;

    HearingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long schedule(long caseId, LocalDate date, LocalDate noticeSentOn, String place, Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reconsideration_hearing (case_id, kind, hearing_date, notice_sent_on, place, held,"
                + " created_by, created_at) values (?,?,?,?,?,false,?,?)")
                .params(caseId, HearingKind.HEARING.name(), date, noticeSentOn, place, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void held(long id, boolean headAttended, String headName, String delegateName, String delegateReason,
            boolean applicantAttended, String summary) {
        jdbc.sql("update reconsideration_hearing set held = true, head_attended = ?, head_name = ?, delegate_name = ?,"
                + " delegate_reason = ?, applicant_attended = ?, summary = ? where id = ?")
                .params(headAttended, headName, delegateName, delegateReason, applicantAttended, summary, id).update();
    }

    public long views(long caseId, HearingKind kind, LocalDate on, String reason, String summary, Long by,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reconsideration_hearing (case_id, kind, hearing_date, held, reason, summary, created_by,"
                + " created_at) values (?,?,?,true,?,?,?,?)")
                .params(caseId, kind.name(), on, reason, summary, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Hearing> ofCase(long caseId) {
        return jdbc.sql("select * from reconsideration_hearing where case_id = ? order by hearing_date, id")
                .param(caseId).query((rs, n) -> new Hearing(rs.getLong("id"), rs.getLong("case_id"),
                        HearingKind.valueOf(rs.getString("kind")), CaseStore.date(rs, "hearing_date"),
                        CaseStore.date(rs, "notice_sent_on"), rs.getString("place"), rs.getBoolean("held"),
                        (Boolean) rs.getObject("head_attended", Boolean.class), rs.getString("head_name"),
                        rs.getString("delegate_name"), rs.getString("delegate_reason"),
                        (Boolean) rs.getObject("applicant_attended", Boolean.class), rs.getString("reason"),
                        rs.getString("summary")))
                .list();
    }
}
