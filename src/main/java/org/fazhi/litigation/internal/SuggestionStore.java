package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.SuggestionIssuer;
import org.fazhi.litigation.SuggestionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the judicial_suggestion table. */
@Repository
public class SuggestionStore {

    private final JdbcClient jdbc;

    SuggestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JudicialSuggestion> find(long id) {
        return jdbc.sql("select * from judicial_suggestion where id = ?").param(id).query(SuggestionStore::map)
                .optional();
    }

    public List<JudicialSuggestion> of(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from judicial_suggestion where unit_id in (:units) order by received_on desc, id desc")
                .param("units", units).query(SuggestionStore::map).list();
    }

    public List<JudicialSuggestion> receivedBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from judicial_suggestion where unit_id in (:units) and received_on between :from and :to"
                + " order by received_on, id").param("units", units).param("from", from).param("to", to)
                .query(SuggestionStore::map).list();
    }

    public boolean numberTaken(String court, String number) {
        return jdbc.sql("select count(*) from judicial_suggestion where court = ? and suggestion_no = ?")
                .params(court, number).query(Long.class).single() > 0;
    }

    static JudicialSuggestion map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new JudicialSuggestion(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("court"),
                rs.getString("suggestion_no"), LitigationStore.date(rs, "received_on"), rs.getString("content"),
                LitigationStore.id(rs, "litigation_case_id"), LitigationStore.date(rs, "reply_due"),
                SuggestionStatus.valueOf(rs.getString("status")), LitigationStore.date(rs, "replied_on"),
                rs.getString("reply_summary"), LitigationStore.id(rs, "deadline_id"), rs.getInt("lock_version"),
                SuggestionIssuer.valueOf(rs.getString("issuer")));
    }
}
