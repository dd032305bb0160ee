package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.rules.LegalForce;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleUnit;
import org.fazhi.shared.PeriodCounting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code rule_def} and {@code rule_override} tables. */
@Repository
class RuleStore {

    private static final String DEF_COLUMNS = "id, area, title, summary, amount, max_amount, extension,"
            + " alternate_amount, alternate_date, alternate_scope, unit, fixed_date, counting, direction,"
            + " max_direction, start_event, source, legal_force, rest_day_rollover, rollover_basis, confidence, note,"
            + " sort_order, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile List<RuleDefinition> definitions;
    private volatile Snapshot snapshot;

    RuleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Every definition, in catalog order. The definitions change only when the shipped catalog is loaded
     * at start ({@link CatalogSeeder}), so they are read once and kept.
     */
    List<RuleDefinition> all() {
        List<RuleDefinition> kept = definitions;
        if (kept == null) {
            kept = jdbc.sql("select * from rule_def order by sort_order, id").query(this::mapDefinition).list();
            definitions = kept;
        }
        return kept;
    }

    Optional<RuleDefinition> find(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    void insert(RuleDefinition d) {
        jdbc.sql("insert into rule_def (" + DEF_COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(d.id(), d.area(), d.title(), d.summary(), d.amount(), d.maxAmount(), d.extension(),
                        d.alternateAmount(), d.alternateDate(), d.alternateScope(), d.unit().name(), d.fixedDate(),
                        d.counting().name(), name(d.direction()), name(d.maxDirection()), d.startEvent(), d.source(),
                        d.legalForce().name(), d.restDayRollover(), d.rolloverBasis(), d.confidence(), d.note(),
                        d.sortOrder(), ts(clock.instant()))
                .update();
        definitions = null;
    }

    void update(RuleDefinition d) {
        jdbc.sql("update rule_def set area = ?, title = ?, summary = ?, amount = ?, max_amount = ?, extension = ?,"
                + " alternate_amount = ?, alternate_date = ?, alternate_scope = ?, unit = ?, fixed_date = ?,"
                + " counting = ?, direction = ?, max_direction = ?, start_event = ?, source = ?, legal_force = ?,"
                + " rest_day_rollover = ?, rollover_basis = ?, confidence = ?, note = ?, sort_order = ?, updated_at = ?"
                + " where id = ?")
                .params(d.area(), d.title(), d.summary(), d.amount(), d.maxAmount(), d.extension(),
                        d.alternateAmount(), d.alternateDate(), d.alternateScope(), d.unit().name(), d.fixedDate(),
                        d.counting().name(), name(d.direction()), name(d.maxDirection()), d.startEvent(), d.source(),
                        d.legalForce().name(), d.restDayRollover(), d.rolloverBasis(), d.confidence(), d.note(),
                        d.sortOrder(), ts(clock.instant()), d.id())
                .update();
        definitions = null;
    }

    /**
     * Every override of every rule, latest effective date last. Read from the table at most once a second
     * (another instance's change shows within a second; one made here at once).
     */
    List<RuleOverride> overrides() {
        Snapshot kept = snapshot;
        long now = System.nanoTime();
        if (kept == null || now - kept.readAt() > SNAPSHOT_NANOS) {
            kept = new Snapshot(now, jdbc.sql("select * from rule_override order by rule_id, effective_from, id")
                    .query(this::mapOverride).list());
            snapshot = kept;
        }
        return kept.overrides();
    }

    List<RuleOverride> overridesOf(String ruleId) {
        return overrides().stream().filter(o -> o.ruleId().equals(ruleId)).toList();
    }

    /** The overrides of the given units in force on {@code date}: for each unit the latest on or before it. */
    List<RuleOverride> inForce(String ruleId, Collection<Long> unitIds, LocalDate date) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return latestPerUnit(overrides().stream().filter(o -> o.ruleId().equals(ruleId)
                && !o.effectiveFrom().isAfter(date) && unitIds.contains(o.unitId())).sorted(NEWEST_PER_UNIT).toList());
    }

    /** Every unit's override of the rule in force on {@code date}. */
    List<RuleOverride> inForceAnywhere(String ruleId, LocalDate date) {
        return latestPerUnit(overrides().stream().filter(o -> o.ruleId().equals(ruleId)
                && !o.effectiveFrom().isAfter(date)).sorted(NEWEST_PER_UNIT).toList());
    }

    /** The overrides as read at {@code readAt} (System.nanoTime). */
    private record Snapshot(long readAt, List<RuleOverride> overrides) {
    }

    private static final long SNAPSHOT_NANOS = java.time.Duration.ofSeconds(1).toNanos();
    private static final java.util.Comparator<RuleOverride> NEWEST_PER_UNIT = java.util.Comparator
            .comparing(RuleOverride::unitId).thenComparing(RuleOverride::effectiveFrom, java.util.Comparator.reverseOrder())
            .thenComparing(RuleOverride::id, java.util.Comparator.reverseOrder());

    private static List<RuleOverride> latestPerUnit(List<RuleOverride> sorted) {
        List<RuleOverride> out = new java.util.ArrayList<>();
        Long last = null;
        for (RuleOverride o : sorted) {
            if (!o.unitId().equals(last)) {
                out.add(o);
                last = o.unitId();
            }
        }
        return out;
    }

    Optional<RuleOverride> override(long id) {
        return jdbc.sql("select * from rule_override where id = ?").param(id).query(this::mapOverride).optional();
    }

    boolean overrideExists(String ruleId, long unitId, LocalDate effectiveFrom, Long exceptId) {
        return jdbc.sql("select count(*) from rule_override where rule_id = ? and unit_id = ? and effective_from = ?"
                + " and (cast(? as bigint) is null or id <> ?)")
                .params(ruleId, unitId, effectiveFrom, exceptId, exceptId).query(Long.class).single() > 0;
    }

    long insertOverride(RuleOverride o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_override (rule_id, unit_id, amount, max_amount, extension, alternate_amount,"
                + " effective_from, reason, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(o.ruleId(), o.unitId(), o.amount(), o.maxAmount(), o.extension(), o.alternateAmount(),
                        o.effectiveFrom(), o.reason(), o.createdBy(), ts(clock.instant()))
                .update(keys, "id");
        snapshot = null;
        afterCompletion(() -> snapshot = null);
        return keys.getKey().longValue();
    }

    /** Runs again when the current transaction ends (its change is then visible, or rolled back). */
    private static void afterCompletion(Runnable r) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            r.run();
                        }
                    });
        }
    }

    void updateOverride(RuleOverride o) {
        jdbc.sql("update rule_override set amount = ?, max_amount = ?, extension = ?, alternate_amount = ?,"
                + " effective_from = ?, reason = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(o.amount(), o.maxAmount(), o.extension(), o.alternateAmount(), o.effectiveFrom(), o.reason(),
                        o.updatedBy(), ts(clock.instant()), o.id())
                .update();
        snapshot = null;
        afterCompletion(() -> snapshot = null);
    }

    private RuleDefinition mapDefinition(ResultSet rs, int n) throws SQLException {
        return new RuleDefinition(rs.getString("id"), rs.getString("area"), rs.getString("title"),
                rs.getString("summary"), scaled(rs.getBigDecimal("amount")), scaled(rs.getBigDecimal("max_amount")),
                scaled(rs.getBigDecimal("extension")), scaled(rs.getBigDecimal("alternate_amount")),
                rs.getString("alternate_date"), rs.getString("alternate_scope"), RuleUnit.valueOf(rs.getString("unit")),
                rs.getString("fixed_date"), PeriodCounting.valueOf(rs.getString("counting")),
                direction(rs.getString("direction")), direction(rs.getString("max_direction")),
                rs.getString("start_event"), rs.getString("source"), LegalForce.valueOf(rs.getString("legal_force")),
                rs.getBoolean("rest_day_rollover"), rs.getString("rollover_basis"), rs.getString("confidence"),
                rs.getString("note"), rs.getInt("sort_order"));
    }

    private RuleOverride mapOverride(ResultSet rs, int n) throws SQLException {
        return new RuleOverride(rs.getLong("id"), rs.getString("rule_id"), rs.getLong("unit_id"),
                scaled(rs.getBigDecimal("amount")), scaled(rs.getBigDecimal("max_amount")),
                scaled(rs.getBigDecimal("extension")), scaled(rs.getBigDecimal("alternate_amount")),
                rs.getObject("effective_from", LocalDate.class), rs.getString("reason"), rs.getString("created_by"),
                instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("updated_by"),
                instant(rs.getObject("updated_at", OffsetDateTime.class)));
    }

    private static RuleDirection direction(String s) {
        return s == null || s.isBlank() ? null : RuleDirection.valueOf(s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
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
