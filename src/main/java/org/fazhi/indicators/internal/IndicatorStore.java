package org.fazhi.indicators.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.fazhi.indicators.Comparison;
import org.fazhi.indicators.Indicator;
import org.fazhi.indicators.IndicatorArea;
import org.fazhi.indicators.IndicatorSystem;
import org.fazhi.indicators.ScoringFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code indicator_system}, {@code indicator_area} and {@code indicator}. */
@Repository
public class IndicatorStore {

    private static final String SYSTEM = "select id, code, name, year_no, based_on_id, owner_unit_id, source, shipped,"
            + " lock_version, created_at from indicator_system";
    private static final String INDICATOR = "select id, system_id, area_id, seq, code, title, metric_id, rule_id,"
            + " comparison, target, weight, scoring, deduct_per_point from indicator";

    private final JdbcClient jdbc;
    private final Clock clock;

    IndicatorStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<IndicatorSystem> systems() {
        return jdbc.sql(SYSTEM + " order by shipped desc, year_no desc, id").query(IndicatorStore::system).list();
    }

    public Optional<IndicatorSystem> system(long id) {
        return jdbc.sql(SYSTEM + " where id = ?").param(id).query(IndicatorStore::system).optional();
    }

    public Optional<IndicatorSystem> systemByCode(String code) {
        return jdbc.sql(SYSTEM + " where code = ?").param(code).query(IndicatorStore::system).optional();
    }

    /** Locks a system's row for a change. */
    public Optional<IndicatorSystem> lock(long id) {
        return jdbc.sql(SYSTEM + " where id = ? for update").param(id).query(IndicatorStore::system).optional();
    }

    public List<IndicatorArea> areas(long systemId) {
        return jdbc.sql("select id, system_id, seq, title from indicator_area where system_id = ? order by seq")
                .param(systemId).query((rs, n) -> new IndicatorArea(rs.getLong("id"), rs.getLong("system_id"),
                        rs.getInt("seq"), rs.getString("title"))).list();
    }

    public List<Indicator> indicators(long systemId) {
        return jdbc.sql(INDICATOR + " where system_id = ? order by seq, id").param(systemId)
                .query(IndicatorStore::indicator).list();
    }

    public Optional<Indicator> indicator(long id) {
        return jdbc.sql(INDICATOR + " where id = ?").param(id).query(IndicatorStore::indicator).optional();
    }

    public long insertSystem(String code, String name, Integer year, Long basedOn, Long ownerUnitId, String source,
            boolean shipped) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("insert into indicator_system (code, name, year_no, based_on_id, owner_unit_id, source, shipped,"
                + " lock_version, created_at, updated_at) values (?,?,?,?,?,?,?,0,?,?)")
                .params(code, name, year, basedOn, ownerUnitId, source, shipped, now, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertArea(long systemId, int seq, String title) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into indicator_area (system_id, seq, title) values (?,?,?)").params(systemId, seq, title)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertIndicator(long systemId, long areaId, int seq, String code, String title, String metricId,
            String ruleId, Comparison comparison, BigDecimal target, BigDecimal weight, ScoringFunction scoring,
            BigDecimal deductPerPoint) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into indicator (system_id, area_id, seq, code, title, metric_id, rule_id, comparison, target,"
                + " weight, scoring, deduct_per_point) values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(systemId, areaId, seq, code, title, metricId, ruleId, comparison.name(), target, weight,
                        scoring.name(), deductPerPoint)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<IndicatorArea> area(long id) {
        return jdbc.sql("select id, system_id, seq, title from indicator_area where id = ?").param(id)
                .query((rs, n) -> new IndicatorArea(rs.getLong("id"), rs.getLong("system_id"), rs.getInt("seq"),
                        rs.getString("title")))
                .optional();
    }

    public void updateArea(long id, String title) {
        jdbc.sql("update indicator_area set title = ? where id = ?").params(title, id).update();
    }

    public void updateIndicator(long id, String title, String metricId, String ruleId, Comparison comparison,
            BigDecimal target, BigDecimal weight, ScoringFunction scoring, BigDecimal deductPerPoint) {
        jdbc.sql("update indicator set title = ?, metric_id = ?, rule_id = ?, comparison = ?, target = ?, weight = ?,"
                + " scoring = ?, deduct_per_point = ? where id = ?")
                .params(title, metricId, ruleId, comparison.name(), target, weight, scoring.name(), deductPerPoint, id)
                .update();
    }

    /** Bumps the system's version (a change to one of its indicators). */
    public void touch(long systemId) {
        jdbc.sql("update indicator_system set lock_version = lock_version + 1, updated_at = ? where id = ?")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), systemId).update();
    }

    private static IndicatorSystem system(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("year_no");
        Integer y = rs.wasNull() ? null : year;
        long based = rs.getLong("based_on_id");
        Long b = rs.wasNull() ? null : based;
        long owner = rs.getLong("owner_unit_id");
        Long o = rs.wasNull() ? null : owner;
        return new IndicatorSystem(rs.getLong("id"), rs.getString("code"), rs.getString("name"), y, b, o,
                rs.getString("source"), rs.getBoolean("shipped"), rs.getInt("lock_version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getLong("system_id"), rs.getLong("area_id"), rs.getInt("seq"),
                rs.getString("code"), rs.getString("title"), rs.getString("metric_id"), rs.getString("rule_id"),
                Comparison.valueOf(rs.getString("comparison")), rs.getBigDecimal("target"), rs.getBigDecimal("weight"),
                ScoringFunction.valueOf(rs.getString("scoring")), rs.getBigDecimal("deduct_per_point"));
    }
}
