package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.fazhi.rules.RuleUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code rule_def} and {@code rule_override} tables. */
@Repository
class RuleStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    RuleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<RuleDefinition> all() {
        return jdbc.sql("select * from rule_def order by sort_order, id").query(this::mapDefinition).list();
    }

    Optional<RuleDefinition> find(String id) {
        return jdbc.sql("select * from rule_def where id = ?").param(id).query(this::mapDefinition).optional();
    }

    void insert(RuleDefinition d) {
        jdbc.sql("insert into rule_def (id, area, title, summary, amount, max_amount, extension, unit, fixed_date,"
                + " start_event, source, confidence, rest_day_rollover, sort_order, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(d.id(), d.area(), d.title(), d.summary(), d.amount(), d.maxAmount(), d.extension(),
                        d.unit().name(), d.fixedDate(), d.startEvent(), d.source(), d.confidence(),
                        d.restDayRollover(), d.sortOrder(), ts(clock.instant()))
                .update();
    }

    void update(RuleDefinition d) {
        jdbc.sql("update rule_def set area = ?, title = ?, summary = ?, amount = ?, max_amount = ?, extension = ?,"
                + " unit = ?, fixed_date = ?, start_event = ?, source = ?, confidence = ?, rest_day_rollover = ?,"
                + " sort_order = ?, updated_at = ? where id = ?")
                .params(d.area(), d.title(), d.summary(), d.amount(), d.maxAmount(), d.extension(), d.unit().name(),
                        d.fixedDate(), d.startEvent(), d.source(), d.confidence(), d.restDayRollover(), d.sortOrder(),
                        ts(clock.instant()), d.id())
                .update();
    }

    /** Every override of every rule, latest effective date last. */
    List<RuleOverride> overrides() {
        return jdbc.sql("select * from rule_override order by rule_id, effective_from, id").query(this::mapOverride)
                .list();
    }

    List<RuleOverride> overridesOf(String ruleId) {
        return jdbc.sql("select * from rule_override where rule_id = ? order by effective_from, id").param(ruleId)
                .query(this::mapOverride).list();
    }

    /** The override in force on {@code date}: the latest with effective_from on or before it. */
    Optional<RuleOverride> overrideOn(String ruleId, LocalDate date) {
        return jdbc.sql("select * from rule_override where rule_id = ? and effective_from <= ?"
                + " order by effective_from desc, id desc limit 1")
                .params(ruleId, date).query(this::mapOverride).optional();
    }

    Optional<RuleOverride> override(long id) {
        return jdbc.sql("select * from rule_override where id = ?").param(id).query(this::mapOverride).optional();
    }

    boolean overrideExists(String ruleId, LocalDate effectiveFrom, Long exceptId) {
        return jdbc.sql("select count(*) from rule_override where rule_id = ? and effective_from = ?"
                + " and (cast(? as bigint) is null or id <> ?)")
                .params(ruleId, effectiveFrom, exceptId, exceptId).query(Long.class).single() > 0;
    }

    long insertOverride(RuleOverride o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_override (rule_id, amount, max_amount, extension, effective_from, reason, created_by,"
                + " created_at) values (?,?,?,?,?,?,?,?)")
                .params(o.ruleId(), o.amount(), o.maxAmount(), o.extension(), o.effectiveFrom(), o.reason(),
                        o.createdBy(), ts(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateOverride(RuleOverride o) {
        jdbc.sql("update rule_override set amount = ?, max_amount = ?, extension = ?, effective_from = ?, reason = ?,"
                + " updated_by = ?, updated_at = ? where id = ?")
                .params(o.amount(), o.maxAmount(), o.extension(), o.effectiveFrom(), o.reason(), o.updatedBy(),
                        ts(clock.instant()), o.id())
                .update();
    }

    private RuleDefinition mapDefinition(ResultSet rs, int n) throws SQLException {
        return new RuleDefinition(rs.getString("id"), rs.getString("area"), rs.getString("title"),
                rs.getString("summary"), scaled(rs.getBigDecimal("amount")), scaled(rs.getBigDecimal("max_amount")),
                scaled(rs.getBigDecimal("extension")), RuleUnit.valueOf(rs.getString("unit")),
                rs.getString("fixed_date"), rs.getString("start_event"), rs.getString("source"),
                rs.getString("confidence"), rs.getBoolean("rest_day_rollover"), rs.getInt("sort_order"));
    }

    private RuleOverride mapOverride(ResultSet rs, int n) throws SQLException {
        return new RuleOverride(rs.getLong("id"), rs.getString("rule_id"), scaled(rs.getBigDecimal("amount")),
                scaled(rs.getBigDecimal("max_amount")), scaled(rs.getBigDecimal("extension")),
                rs.getObject("effective_from", LocalDate.class), rs.getString("reason"), rs.getString("created_by"),
                instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("updated_by"),
                instant(rs.getObject("updated_at", OffsetDateTime.class)));
    }

    /** 30.00 from the database reads as 30, as in the catalog file. */
    static BigDecimal scaled(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
