package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.fazhi.litigation.AppearanceRole;
import org.fazhi.litigation.CourtHearing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The litigation_hearing table. */
@Repository
public class CourtHearingStore {

    private final JdbcClient jdbc;

    CourtHearingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long schedule(long caseId, LocalDate date, String place, boolean summonsRequired, LocalDate servedOn,
            LocalDate latestService, Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into litigation_hearing (case_id, hearing_date, place, summons_required, summons_served_on,"
                + " latest_service, held, created_by, created_at) values (?,?,?,?,?,?,false,?,?)")
                .params(caseId, date, place, summonsRequired, servedOn, latestService, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void held(long id, AppearanceRole role, String name, String position, String absenceReason,
            String approvedBy) {
        jdbc.sql("update litigation_hearing set held = true, appearance_role = ?, appeared_name = ?,"
                + " appeared_position = ?, absence_reason = ?, absence_approved_by = ? where id = ?")
                .params(role.name(), name, position, absenceReason, approvedBy, id).update();
    }

    public List<CourtHearing> ofCase(long caseId) {
        return jdbc.sql("select * from litigation_hearing where case_id = ? order by hearing_date, id").param(caseId)
                .query(CourtHearingStore::map).list();
    }

    /** The hearings of the cases, by case. */
    public List<CourtHearing> ofCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from litigation_hearing where case_id in (:ids) order by hearing_date, id")
                .param("ids", caseIds).query(CourtHearingStore::map).list();
    }

    static CourtHearing map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CourtHearing(rs.getLong("id"), rs.getLong("case_id"), LitigationStore.date(rs, "hearing_date"),
                rs.getString("place"), rs.getBoolean("summons_required"), LitigationStore.date(rs, "summons_served_on"),
                LitigationStore.date(rs, "latest_service"), rs.getBoolean("held"),
                LitigationStore.enumOf(AppearanceRole.class, rs.getString("appearance_role")),
                rs.getString("appeared_name"), rs.getString("appeared_position"), rs.getString("absence_reason"),
                rs.getString("absence_approved_by"));
    }
}
