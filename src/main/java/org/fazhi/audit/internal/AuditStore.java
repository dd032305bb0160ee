package org.fazhi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.fazhi.audit.SignInFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_event} table, its chain head and its retention checkpoints. Entries are only
 * ever inserted; the one delete is the retention purge of the chain's oldest prefix.
 */
@Repository
public class AuditStore {

    /** A raw stored row, exactly as hashed. */
    public record Row(long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId, String ip,
            String entityType, String entityId, String action, String outcome, String changes, String prevHash,
            String hash) {
    }

    public record Head(long lastSeq, String lastHash) {
    }

    /** The chain's entries up to {@code throughSeq} were purged; the next entry links to {@code throughHash}. */
    public record Checkpoint(long throughSeq, String throughHash, long purgedCount, Instant cutoff, Instant createdAt) {
    }

    /**
     * Search filters, already resolved to unit ids. {@code scope} null: no scope limit (the
     * system); otherwise entries of no unit or of a unit in {@code scope}. {@code actorUnits} null:
     * any unit; otherwise only those units (empty: nothing).
     */
    record Criteria(Instant from, Instant to, String actor, Set<Long> scope, Set<Long> actorUnits, String entityType,
            String entityId, String action, String outcome) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    static final String SIGN_IN = "sign-in";
    private static final int PAGE = 1000;
    private static final String ACCOUNT_EXPR = "case when actor_id is null then entity_id else actor_name end";

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain head for the rest of the transaction, so entries are chained in one order. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    void append(Row r) {
        jdbc.sql("insert into audit_event (seq, occurred_at, actor_id, actor_name, actor_unit_id, ip, entity_type,"
                + " entity_id, action, outcome, changes, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(r.seq(), utc(r.occurredAt()), r.actorId(), r.actorName(), r.actorUnitId(), r.ip(),
                        r.entityType(), r.entityId(), r.action(), r.outcome(), r.changes(), r.prevHash(), r.hash())
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(r.seq(), r.hash())
                .update();
    }

    /** Streams every row in chain order to {@code sink}, a page at a time. */
    public void forEachInOrder(Consumer<Row> sink) {
        forEachInOrder(0, Long.MAX_VALUE, sink);
    }

    /** Streams the rows with {@code afterSeq < seq <= upToSeq} in chain order, a page at a time. */
    void forEachInOrder(long afterSeq, long upToSeq, Consumer<Row> sink) {
        long after = afterSeq;
        while (true) {
            var page = jdbc.sql("select * from audit_event where seq > ? and seq <= ? order by seq"
                    + " fetch first " + PAGE + " rows only")
                    .params(after, upToSeq).query(AuditStore::map).list();
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            after = page.get(page.size() - 1).seq();
        }
    }

    public Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public Optional<Row> find(long seq) {
        return jdbc.sql("select * from audit_event where seq = ?").param(seq).query(AuditStore::map).optional();
    }

    // --- reading for auditors

    long count(Criteria c) {
        Where w = where(c);
        return jdbc.sql("select count(*) from audit_event" + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** One page of matching rows, newest first. */
    List<Row> search(Criteria c, long offset, int limit) {
        Where w = where(c);
        return jdbc.sql("select * from audit_event" + w.sql() + " order by seq desc offset :offset rows"
                + " fetch first :limit rows only")
                .params(w.params()).param("offset", offset).param("limit", limit)
                .query(AuditStore::map).list();
    }

    /** Streams every matching row, oldest first, a page at a time (for exports). */
    long forEachMatching(Criteria c, Consumer<Row> sink) {
        Where w = where(c);
        long after = 0;
        long count = 0;
        while (true) {
            var page = jdbc.sql("select * from audit_event" + w.sql() + " and seq > :after order by seq"
                    + " fetch first " + PAGE + " rows only")
                    .params(w.params()).param("after", after).query(AuditStore::map).list();
            if (page.isEmpty()) {
                return count;
            }
            page.forEach(sink);
            count += page.size();
            after = page.get(page.size() - 1).seq();
        }
    }

    List<SignInFailures.ByAccount> failuresByAccount(Criteria c, int limit) {
        Where w = where(failures(c));
        return jdbc.sql("select " + ACCOUNT_EXPR + " as account_name,"
                + " max(case when actor_id is null then 0 else 1 end) as known,"
                + " count(*) as failures, count(distinct ip) as addresses, max(occurred_at) as last_at"
                + " from audit_event" + w.sql() + " group by " + ACCOUNT_EXPR
                + " order by failures desc, account_name fetch first :limit rows only")
                .params(w.params()).param("limit", limit)
                .query((rs, n) -> new SignInFailures.ByAccount(rs.getString("account_name"), rs.getInt("known") == 1,
                        rs.getLong("failures"), rs.getLong("addresses"), instant(rs, "last_at")))
                .list();
    }

    List<SignInFailures.ByAddress> failuresByAddress(Criteria c, int limit) {
        Where w = where(failures(c));
        return jdbc.sql("select ip, count(*) as failures, count(distinct " + ACCOUNT_EXPR + ") as accounts,"
                + " max(occurred_at) as last_at from audit_event" + w.sql() + " and ip is not null"
                + " group by ip order by failures desc, ip fetch first :limit rows only")
                .params(w.params()).param("limit", limit)
                .query((rs, n) -> new SignInFailures.ByAddress(rs.getString("ip"), rs.getLong("failures"),
                        rs.getLong("accounts"), instant(rs, "last_at")))
                .list();
    }

    private static Criteria failures(Criteria c) {
        return new Criteria(c.from(), c.to(), null, c.scope(), c.actorUnits(), SIGN_IN, null, null, "FAILURE");
    }

    // --- retention

    Optional<Checkpoint> latestCheckpoint() {
        return jdbc.sql("select * from audit_checkpoint order by through_seq desc fetch first 1 rows only")
                .query((rs, n) -> new Checkpoint(rs.getLong("through_seq"), rs.getString("through_hash"),
                        rs.getLong("purged_count"), instant(rs, "cutoff"), instant(rs, "created_at")))
                .optional();
    }

    /** The first entry after {@code afterSeq} stamped at or after {@code at}, if any. */
    Optional<Long> firstSeqAtOrAfter(long afterSeq, Instant at) {
        return Optional.ofNullable(jdbc.sql("select min(seq) from audit_event where seq > ? and occurred_at >= ?")
                .params(afterSeq, utc(at)).query(Long.class).single());
    }

    long deleteThrough(long afterSeq, long throughSeq) {
        return jdbc.sql("delete from audit_event where seq > ? and seq <= ?").params(afterSeq, throughSeq).update();
    }

    void insertCheckpoint(Checkpoint cp) {
        jdbc.sql("insert into audit_checkpoint (through_seq, through_hash, purged_count, cutoff, created_at)"
                + " values (?,?,?,?,?)")
                .params(cp.throughSeq(), cp.throughHash(), cp.purgedCount(), utc(cp.cutoff()), utc(cp.createdAt()))
                .update();
    }

    /** The chained entry that recorded the purge through {@code throughSeq}. */
    Optional<Row> purgeEntry(long throughSeq) {
        return jdbc.sql("select * from audit_event where entity_type = ? and action = ? and entity_id = ?"
                + " and seq > ? order by seq fetch first 1 rows only")
                .params(RetentionPurge.ENTITY, RetentionPurge.ACTION, String.valueOf(throughSeq), throughSeq)
                .query(AuditStore::map).optional();
    }

    private static Where where(Criteria c) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        if (c.scope() != null) {
            if (c.scope().isEmpty()) {
                sql.append(" and actor_unit_id is null");
            } else {
                sql.append(" and (actor_unit_id is null or actor_unit_id in (:scope))");
                p.put("scope", c.scope());
            }
        }
        if (c.actorUnits() != null) {
            if (c.actorUnits().isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and actor_unit_id in (:units)");
                p.put("units", c.actorUnits());
            }
        }
        if (c.from() != null) {
            sql.append(" and occurred_at >= :from");
            p.put("from", utc(c.from()));
        }
        if (c.to() != null) {
            sql.append(" and occurred_at < :to");
            p.put("to", utc(c.to()));
        }
        if (c.actor() != null) {
            sql.append(" and actor_name = :actor");
            p.put("actor", c.actor().toLowerCase(Locale.ROOT));
        }
        if (c.entityType() != null) {
            sql.append(" and entity_type = :entityType");
            p.put("entityType", c.entityType());
        }
        if (c.entityId() != null) {
            sql.append(" and entity_id = :entityId");
            p.put("entityId", c.entityId());
        }
        if (c.action() != null) {
            sql.append(" and action = :action");
            p.put("action", c.action());
        }
        if (c.outcome() != null) {
            sql.append(" and outcome = :outcome");
            p.put("outcome", c.outcome());
        }
        return new Where(sql.toString(), p);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                rs.getObject("actor_unit_id", Long.class), rs.getString("ip"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("action"), rs.getString("outcome"), rs.getString("changes"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
