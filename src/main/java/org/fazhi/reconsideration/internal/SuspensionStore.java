package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.reconsideration.CaseSuspension;
import org.fazhi.reconsideration.SuspensionGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reconsideration_suspension table: each 中止 of a case and its 恢复. */
@Repository
public class SuspensionStore {

    private final JdbcClient jdbc;

    SuspensionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(long caseId, SuspensionGround ground, String reason, LocalDate from, Long by, OffsetDateTime now) {
        jdbc.sql("insert into reconsideration_suspension (case_id, ground, reason, from_date, created_by, created_at)"
                + " values (?,?,?,?,?,?)").params(caseId, ground.name(), reason, from, by, now).update();
    }

    public void close(long caseId, LocalDate to) {
        jdbc.sql("update reconsideration_suspension set to_date = ? where case_id = ? and to_date is null")
                .params(to, caseId).update();
    }

    public List<CaseSuspension> ofCase(long caseId) {
        return jdbc.sql("select * from reconsideration_suspension where case_id = ? order by from_date, id")
                .param(caseId).query((rs, n) -> new CaseSuspension(rs.getLong("id"),
                        SuspensionGround.valueOf(rs.getString("ground")), rs.getString("reason"),
                        CaseStore.date(rs, "from_date"), CaseStore.date(rs, "to_date")))
                .list();
    }
}
