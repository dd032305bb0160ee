package org.fazhi.suggestions.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.suggestions.AnswerCategory;
import org.fazhi.suggestions.HandlingRound;
import org.fazhi.suggestions.ProposerContact;
import org.fazhi.suggestions.Satisfaction;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.suggestions.SuggestionKind;
import org.fazhi.suggestions.SuggestionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and appends what belongs to a suggestion besides its root: the record as staff see it (contact
 * masked), lists within units (coordinating, lead or co-unit), the co-units and their opinions, the handling
 * rounds with their answers and feedback, and the published answers.
 */
@Component
public class SuggestionsStore {

    private static final String SELECT = "select * from suggestion";
    /** A suggestion is within units when it is coordinated, led or co-handled by one of them. */
    private static final String IN_UNITS = "(coordinator_unit_id in (:units) or lead_unit_id in (:units) or exists "
            + "(select 1 from suggestion_co_unit c where c.suggestion_id = suggestion.id and c.unit_id in (:units)))";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    SuggestionsStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<Suggestion> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    public Optional<Suggestion> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::map).optional();
    }

    public String encrypt(String contact) {
        return contact == null || contact.isBlank() ? null : cipher.encrypt(EncryptedSuggestionColumns.CONTACT,
                contact.strip());
    }

    public ProposerContact contact(long id) {
        return jdbc.sql("select id, proposers, contact from suggestion where id = ?").param(id)
                .query((rs, n) -> new ProposerContact(rs.getLong("id"), rs.getString("proposers"),
                        cipher.decrypt(EncryptedSuggestionColumns.CONTACT, rs.getString("contact")))).single();
    }

    public boolean numberTaken(SuggestionKind kind, String session, String number) {
        return jdbc.sql("select count(*) from suggestion where kind = ? and session_name = ? and number = ?")
                .params(kind.name(), session, number).query(Long.class).single() > 0;
    }

    public PageResult<Suggestion> list(Collection<Long> units, SuggestionStatus status, Integer year,
            PageQuery page) {
        if (units.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        StringBuilder where = new StringBuilder(" where ").append(IN_UNITS);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("units", units);
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        if (year != null) {
            where.append(" and session_year = :year");
            params.put("year", year);
        }
        long total = jdbc.sql("select count(*) from suggestion" + where).params(params).query(Long.class).single();
        List<Suggestion> items = jdbc.sql(SELECT + where + " order by received_on desc, id desc limit :size offset :offset")
                .params(params).param("size", page.size()).param("offset", page.offset()).query(this::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // ----- co-units and opinions

    public void addCoUnit(long suggestionId, long unitId) {
        jdbc.sql("insert into suggestion_co_unit (suggestion_id, unit_id) values (?, ?)").params(suggestionId, unitId)
                .update();
    }

    public List<Long> coUnits(long suggestionId) {
        return jdbc.sql("select unit_id from suggestion_co_unit where suggestion_id = ? order by unit_id")
                .param(suggestionId).query(Long.class).list();
    }

    /** The opinions given in a round, by co-unit: unit id → {opinion, given on}. */
    public Map<Long, Object[]> opinions(long suggestionId, int round) {
        Map<Long, Object[]> out = new LinkedHashMap<>();
        jdbc.sql("select unit_id, opinion, given_on from suggestion_opinion where suggestion_id = ? and round = ?")
                .params(suggestionId, round).query((rs, n) -> out.put(rs.getLong("unit_id"),
                        new Object[] {rs.getString("opinion"), date(rs, "given_on")})).list();
        return out;
    }

    public void addOpinion(long suggestionId, long unitId, int round, String opinion, LocalDate on, Long by,
            OffsetDateTime now) {
        jdbc.sql("insert into suggestion_opinion (suggestion_id, unit_id, round, opinion, given_on, given_by, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?)").params(suggestionId, unitId, round, opinion, on, by, now)
                .update();
    }

    // ----- rounds

    public void startRound(long suggestionId, int round, LocalDate startedOn, long deadlineId) {
        jdbc.sql("insert into suggestion_round (suggestion_id, round, started_on, deadline_id) values (?, ?, ?, ?)")
                .params(suggestionId, round, startedOn, deadlineId).update();
    }

    public void moveRoundClock(long suggestionId, int round, long deadlineId) {
        jdbc.sql("update suggestion_round set deadline_id = ? where suggestion_id = ? and round = ?")
                .params(deadlineId, suggestionId, round).update();
    }

    public void answer(long suggestionId, int round, AnswerCategory category, String text, LocalDate on,
            Long fileId, boolean late) {
        jdbc.sql("update suggestion_round set category = ?, answer_text = ?, answered_on = ?, answer_file_id = ?, "
                + "late = ? where suggestion_id = ? and round = ?")
                .params(category.name(), text, on, fileId, late, suggestionId, round).update();
    }

    public void feedback(long suggestionId, int round, Satisfaction s, String note, LocalDate on) {
        jdbc.sql("update suggestion_round set satisfaction = ?, feedback_note = ?, feedback_on = ? "
                + "where suggestion_id = ? and round = ?").params(s.name(), note, on, suggestionId, round).update();
    }

    public List<HandlingRound> rounds(long suggestionId) {
        return jdbc.sql("select * from suggestion_round where suggestion_id = ? order by round").param(suggestionId)
                .query(SuggestionsStore::round).list();
    }

    public Optional<HandlingRound> round(long suggestionId, int round) {
        return jdbc.sql("select * from suggestion_round where suggestion_id = ? and round = ?")
                .params(suggestionId, round).query(SuggestionsStore::round).optional();
    }

    /** Every round of the suggestions led by these units (the figures' records), with its suggestion. */
    public List<Object[]> roundsLedBy(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.*, s.number, s.title, s.kind, s.concerns_normdocs, s.lead_unit_id "
                + "from suggestion_round r join suggestion s on s.id = r.suggestion_id "
                + "where s.lead_unit_id in (:units) order by s.id, r.round").param("units", units)
                .query((rs, n) -> new Object[] {round(rs, n), rs.getString("number"), rs.getString("title"),
                        SuggestionKind.valueOf(rs.getString("kind")), rs.getBoolean("concerns_normdocs")})
                .list();
    }

    /** Which suggestion holds a file as its answer document. */
    public List<Long> holdersOf(long fileId) {
        return jdbc.sql("select distinct suggestion_id from suggestion_round where answer_file_id = ?").param(fileId)
                .query(Long.class).list();
    }

    // ----- the portal

    /** The published answers, newest first: the last answered round of each published suggestion. */
    public PageResult<Object[]> published(PageQuery page) {
        long total = jdbc.sql("select count(*) from suggestion where published_on is not null").query(Long.class)
                .single();
        List<Object[]> items = jdbc.sql(SELECT + " where published_on is not null order by published_on desc, id desc "
                + "limit :size offset :offset").param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Object[] {map(rs, n)}).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The last answered round of a suggestion. */
    public Optional<HandlingRound> lastAnswer(long suggestionId) {
        return jdbc.sql("select * from suggestion_round where suggestion_id = ? and answered_on is not null "
                + "order by round desc limit 1").param(suggestionId).query(SuggestionsStore::round).optional();
    }

    // -----

    Suggestion map(ResultSet rs, int n) throws SQLException {
        String contact = cipher.decrypt(EncryptedSuggestionColumns.CONTACT, rs.getString("contact"));
        return new Suggestion(rs.getLong("id"), SuggestionKind.valueOf(rs.getString("kind")), rs.getString("number"),
                rs.getString("session_name"), rs.getInt("session_year"), rs.getString("proposers"),
                contact == null ? null : ContactMask.mask(contact), rs.getString("title"), rs.getString("content"),
                date(rs, "received_on"), rs.getBoolean("concerns_normdocs"), rs.getLong("coordinator_unit_id"),
                id(rs, "lead_unit_id"), date(rs, "assigned_on"), rs.getBoolean("difficult"), date(rs, "extended_on"),
                rs.getString("extension_reason"), SuggestionStatus.valueOf(rs.getString("status")), rs.getInt("round"),
                id(rs, "answer_deadline_id"), date(rs, "published_on"), rs.getInt("lock_version"));
    }

    static HandlingRound round(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        String satisfaction = rs.getString("satisfaction");
        boolean late = rs.getBoolean("late");
        Boolean lateOrNull = rs.wasNull() ? null : late;
        return new HandlingRound(rs.getLong("id"), rs.getLong("suggestion_id"), rs.getInt("round"),
                date(rs, "started_on"), rs.getLong("deadline_id"),
                category == null ? null : AnswerCategory.valueOf(category), rs.getString("answer_text"),
                date(rs, "answered_on"), id(rs, "answer_file_id"), lateOrNull,
                satisfaction == null ? null : Satisfaction.valueOf(satisfaction), date(rs, "feedback_on"),
                rs.getString("feedback_note"));
    }

    static LocalDate date(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    static Long id(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }
}
