package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.reconsideration.LetterKind;
import org.fazhi.reconsideration.LetterStatus;
import org.fazhi.reconsideration.OpinionLetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the reconsideration_letter table. */
@Repository
public class LetterStore {

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OpinionLetter> find(long id) {
        return jdbc.sql("select * from reconsideration_letter where id = ?").param(id).query(LetterStore::map)
                .optional();
    }

    public List<OpinionLetter> ofCase(long caseId) {
        return jdbc.sql("select * from reconsideration_letter where case_id = ? order by issued_on, id").param(caseId)
                .query(LetterStore::map).list();
    }

    /** Letters issued by or sent to the units, newest first. */
    public List<OpinionLetter> visibleTo(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from reconsideration_letter where unit_id in (:units) or recipient_unit_id in (:units)"
                + " order by issued_on desc, id desc").param("units", units).query(LetterStore::map).list();
    }

    /** Letters issued by the units' bodies in [from, to]. */
    public List<OpinionLetter> issuedBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from reconsideration_letter where unit_id in (:units) and issued_on between :from and :to"
                + " order by issued_on, id").param("units", units).param("from", from).param("to", to)
                .query(LetterStore::map).list();
    }

    public boolean numberTaken(long unitId, String letterNo) {
        return jdbc.sql("select count(*) from reconsideration_letter where unit_id = ? and letter_no = ?")
                .params(unitId, letterNo).query(Long.class).single() > 0;
    }

    static OpinionLetter map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OpinionLetter(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"),
                rs.getLong("recipient_unit_id"), LetterKind.valueOf(rs.getString("kind")), rs.getString("letter_no"),
                CaseStore.date(rs, "issued_on"), CaseStore.date(rs, "served_on"), rs.getString("content"),
                LetterStatus.valueOf(rs.getString("status")), CaseStore.date(rs, "reported_on"),
                rs.getString("report_summary"), CaseStore.id(rs, "deadline_id"), rs.getInt("lock_version"));
    }
}
