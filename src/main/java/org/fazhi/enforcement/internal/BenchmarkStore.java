package org.fazhi.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.enforcement.BenchmarkLevel;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.DiscretionBenchmark;
import org.fazhi.enforcement.ExemptionItem;
import org.fazhi.enforcement.ExemptionList;
import org.fazhi.enforcement.PenaltyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The discretion_benchmark, benchmark_level and exemption_item tables. */
@Repository
public class BenchmarkStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    BenchmarkStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long unitId, String code, String name, String reference, int versionNo, LocalDate from,
            Long createdBy, List<BenchmarkLevel> levels) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into discretion_benchmark (unit_id, violation_code, violation_name, legal_reference,"
                + " version_no, effective_from, created_by, created_at) values (?,?,?,?,?,?,?,?)")
                .params(unitId, code, name, reference, versionNo, from, createdBy, OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (BenchmarkLevel l : levels) {
            jdbc.sql("insert into benchmark_level (benchmark_id, circumstance, description, penalty_type, min_amount,"
                    + " max_amount) values (?,?,?,?,?,?)")
                    .params(id, l.circumstance().name(), l.description(), l.penaltyType().name(), l.minAmount(),
                            l.maxAmount())
                    .update();
        }
        return id;
    }

    public void end(long id, LocalDate lastDay) {
        jdbc.sql("update discretion_benchmark set effective_to = ? where id = ?").params(lastDay, id).update();
    }

    public Optional<DiscretionBenchmark> find(long id) {
        return load(jdbc.sql("select * from discretion_benchmark where id = ?").param(id)
                .query(BenchmarkStore::head).list()).stream().findFirst();
    }

    /** Every version for a unit and violation, newest first. */
    public List<DiscretionBenchmark> versions(long unitId, String code) {
        return load(jdbc.sql("select * from discretion_benchmark where unit_id = ? and violation_code = ?"
                + " order by version_no desc").params(unitId, code).query(BenchmarkStore::head).list());
    }

    /** The version in force on {@code date} set by one of these units for the violation, by unit. */
    public List<DiscretionBenchmark> inForce(Collection<Long> unitIds, String code, LocalDate date) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("select * from discretion_benchmark where unit_id in (:units) and violation_code = :code"
                + " and effective_from <= :d and (effective_to is null or effective_to >= :d)")
                .param("units", unitIds).param("code", code).param("d", date).query(BenchmarkStore::head).list());
    }

    /** Every version set by these units, by violation and version. */
    public List<DiscretionBenchmark> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("select * from discretion_benchmark where unit_id in (:units)"
                + " order by violation_code, unit_id, version_no desc").param("units", unitIds)
                .query(BenchmarkStore::head).list());
    }

    /** Every version in force on a date (the public list, PN-03). */
    public List<DiscretionBenchmark> inForceOn(LocalDate date) {
        return load(jdbc.sql("select * from discretion_benchmark where effective_from <= :d"
                + " and (effective_to is null or effective_to >= :d) order by violation_code, unit_id")
                .param("d", date).query(BenchmarkStore::head).list());
    }

    private List<DiscretionBenchmark> load(List<DiscretionBenchmark> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<BenchmarkLevel>> levels = new LinkedHashMap<>();
        jdbc.sql("select * from benchmark_level where benchmark_id in (:ids) order by benchmark_id, circumstance")
                .param("ids", heads.stream().map(DiscretionBenchmark::id).toList())
                .query(rs -> {
                    levels.computeIfAbsent(rs.getLong("benchmark_id"), k -> new ArrayList<>())
                            .add(new BenchmarkLevel(Circumstance.valueOf(rs.getString("circumstance")),
                                    rs.getString("description"), PenaltyType.valueOf(rs.getString("penalty_type")),
                                    rs.getBigDecimal("min_amount"), rs.getBigDecimal("max_amount")));
                });
        return heads.stream().map(h -> new DiscretionBenchmark(h.id(), h.unitId(), h.violationCode(),
                h.violationName(), h.legalReference(), h.versionNo(), h.effectiveFrom(), h.effectiveTo(),
                levels.getOrDefault(h.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(BenchmarkLevel::circumstance)).toList()))
                .toList();
    }

    static DiscretionBenchmark head(ResultSet rs, int n) throws SQLException {
        return new DiscretionBenchmark(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("violation_code"),
                rs.getString("violation_name"), rs.getString("legal_reference"), rs.getInt("version_no"),
                Rows.date(rs, "effective_from"), Rows.date(rs, "effective_to"), List.of());
    }

    // ----- first-offence and minor-offence lists -----

    public long insertExemption(long unitId, ExemptionList list, String code, String description, String conditions,
            String reference, LocalDate from) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into exemption_item (unit_id, list_kind, violation_code, description, conditions,"
                + " legal_reference, effective_from, created_at) values (?,?,?,?,?,?,?,?)")
                .params(unitId, list.name(), code, description, conditions, reference, from, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void endExemption(long id, LocalDate lastDay) {
        jdbc.sql("update exemption_item set effective_to = ? where id = ?").params(lastDay, id).update();
    }

    public Optional<ExemptionItem> exemption(long id) {
        return jdbc.sql("select * from exemption_item where id = ?").param(id).query(BenchmarkStore::exemption)
                .optional();
    }

    public List<ExemptionItem> exemptions(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from exemption_item where unit_id in (:units)"
                + " order by list_kind, violation_code, effective_from desc").param("units", unitIds)
                .query(BenchmarkStore::exemption).list();
    }

    public List<ExemptionItem> exemptionsInForce(Collection<Long> unitIds, String code, LocalDate date) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from exemption_item where unit_id in (:units) and violation_code = :code"
                + " and effective_from <= :d and (effective_to is null or effective_to >= :d)")
                .param("units", unitIds).param("code", code).param("d", date).query(BenchmarkStore::exemption).list();
    }

    public List<ExemptionItem> exemptionsInForceOn(LocalDate date) {
        return jdbc.sql("select * from exemption_item where effective_from <= :d"
                + " and (effective_to is null or effective_to >= :d) order by list_kind, violation_code")
                .param("d", date).query(BenchmarkStore::exemption).list();
    }

    static ExemptionItem exemption(ResultSet rs, int n) throws SQLException {
        return new ExemptionItem(rs.getLong("id"), rs.getLong("unit_id"),
                ExemptionList.valueOf(rs.getString("list_kind")), rs.getString("violation_code"),
                rs.getString("description"), rs.getString("conditions"), rs.getString("legal_reference"),
                Rows.date(rs, "effective_from"), Rows.date(rs, "effective_to"));
    }
}
