package org.fazhi.indicators.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.fazhi.indicators.AssessmentRound;
import org.fazhi.indicators.RoundStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code assessment_round} and {@code assessment_score}. */
@Repository
public class RoundStore {

    /** A stored score row. */
    public record ScoreRow(long id, long roundId, long unitId, long indicatorId, BigDecimal selfScore, String selfNote,
            Long evidenceFileId, BigDecimal reviewScore, String reviewNote, Long frozenNumerator,
            Long frozenDenominator, BigDecimal frozenValue, BigDecimal frozenScore) {
    }

    private static final String ROUND = "select id, system_id, unit_id, year_no, status, frozen_at, lock_version"
            + " from assessment_round";
    private static final String SCORE = "select id, round_id, unit_id, indicator_id, self_score, self_note,"
            + " evidence_file_id, review_score, review_note, frozen_numerator, frozen_denominator, frozen_value,"
            + " frozen_score from assessment_score";

    private final JdbcClient jdbc;
    private final Clock clock;

    RoundStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public long insert(long systemId, long unitId, int year, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment_round (system_id, unit_id, year_no, status, lock_version, created_at,"
                + " created_by) values (?,?,?,'OPEN',0,?,?)").params(systemId, unitId, year, now(), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AssessmentRound> find(long id) {
        return jdbc.sql(ROUND + " where id = ?").param(id).query(RoundStore::round).optional();
    }

    public Optional<AssessmentRound> lock(long id) {
        return jdbc.sql(ROUND + " where id = ? for update").param(id).query(RoundStore::round).optional();
    }

    public Optional<AssessmentRound> find(long unitId, int year, long systemId) {
        return jdbc.sql(ROUND + " where unit_id = ? and year_no = ? and system_id = ?").params(unitId, year, systemId)
                .query(RoundStore::round).optional();
    }

    public List<AssessmentRound> all() {
        return jdbc.sql(ROUND + " order by year_no desc, id desc").query(RoundStore::round).list();
    }

    public void freeze(long id, Long by) {
        jdbc.sql("update assessment_round set status = 'FROZEN', frozen_at = ?, frozen_by = ?,"
                + " lock_version = lock_version + 1 where id = ?").params(now(), by, id).update();
    }

    public List<ScoreRow> scores(long roundId) {
        return jdbc.sql(SCORE + " where round_id = ?").param(roundId).query(RoundStore::score).list();
    }

    public Optional<ScoreRow> score(long roundId, long unitId, long indicatorId) {
        return jdbc.sql(SCORE + " where round_id = ? and unit_id = ? and indicator_id = ?")
                .params(roundId, unitId, indicatorId).query(RoundStore::score).optional();
    }

    private long ensure(long roundId, long unitId, long indicatorId) {
        return score(roundId, unitId, indicatorId).map(ScoreRow::id).orElseGet(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into assessment_score (round_id, unit_id, indicator_id) values (?,?,?)")
                    .params(roundId, unitId, indicatorId).update(keys, "id");
            return keys.getKey().longValue();
        });
    }

    public void self(long roundId, long unitId, long indicatorId, BigDecimal score, String note, Long fileId,
            Long by) {
        long id = ensure(roundId, unitId, indicatorId);
        jdbc.sql("update assessment_score set self_score = ?, self_note = ?, evidence_file_id = coalesce(?,"
                + " evidence_file_id), self_by = ?, self_at = ? where id = ?")
                .params(score, note, fileId, by, now(), id).update();
    }

    public void review(long roundId, long unitId, long indicatorId, BigDecimal score, String note, Long by) {
        long id = ensure(roundId, unitId, indicatorId);
        jdbc.sql("update assessment_score set review_score = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?"
                + " where id = ?").params(score, note, by, now(), id).update();
    }

    public void frozen(long roundId, long unitId, long indicatorId, Long numerator, Long denominator,
            BigDecimal value, BigDecimal score) {
        long id = ensure(roundId, unitId, indicatorId);
        jdbc.sql("update assessment_score set frozen_numerator = ?, frozen_denominator = ?, frozen_value = ?,"
                + " frozen_score = ? where id = ?").params(numerator, denominator, value, score, id).update();
    }

    private static AssessmentRound round(ResultSet rs, int n) throws SQLException {
        OffsetDateTime frozen = rs.getObject("frozen_at", OffsetDateTime.class);
        return new AssessmentRound(rs.getLong("id"), rs.getLong("system_id"), rs.getLong("unit_id"),
                rs.getInt("year_no"), RoundStatus.valueOf(rs.getString("status")),
                frozen == null ? null : frozen.toInstant(), rs.getInt("lock_version"));
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static ScoreRow score(ResultSet rs, int n) throws SQLException {
        return new ScoreRow(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("unit_id"), rs.getLong("indicator_id"),
                rs.getBigDecimal("self_score"), rs.getString("self_note"), nullable(rs, "evidence_file_id"),
                rs.getBigDecimal("review_score"), rs.getString("review_note"), nullable(rs, "frozen_numerator"),
                nullable(rs, "frozen_denominator"), rs.getBigDecimal("frozen_value"), rs.getBigDecimal("frozen_score"));
    }
}
