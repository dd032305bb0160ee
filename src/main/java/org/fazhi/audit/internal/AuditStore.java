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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The audit tables: {@code audit_event} (the entries, only ever inserted), {@code audit_pending}
 * (entries committed but not yet linked), {@code audit_chain} (the keyed links, only ever inserted),
 * the chainer's lock row and the retention checkpoints. The one delete of entries and links is the
 * retention purge of the chain's oldest prefix, run with the schema owner's rights.
 */
@Repository
public class AuditStore {

    /** An entry exactly as stored (and as its link's mac covers it). */
    public record Entry(long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId, String ip,
            String entityType, String entityId, String action, String outcome, String changes, String requestId) {
    }

    /**
     * An entry with its link, for readers: {@code chainSeq}, {@code prevHash} and {@code hash} (the
     * link's macs) are null while the entry waits for the chainer.
     */
    public record Row(long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId, String ip,
            String entityType, String entityId, String action, String outcome, String changes, String requestId,
            Long chainSeq, String prevHash, String hash) {
    }

    /** One link of the chain: position, the entry it covers, and the macs. */
    public record Link(long chainSeq, long eventSeq, String prevMac, String mac) {
    }

    /** A link with the entry it names (null when that entry is gone). */
    record LinkedEntry(Link link, Entry entry) {
    }

    /** The chain's entries up to {@code throughSeq} (a chain_seq) were purged; the next link follows {@code throughHash}. */
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
    private static final String ROWS = "select e.*, c.chain_seq, c.prev_mac, c.mac from audit_event e"
            + " left join audit_chain c on c.event_seq = e.seq";

    private final JdbcClient jdbc;

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- writing (the business transaction)

    /** Inserts an entry and its pending marker; returns the entry's sequence number. */
    long insert(Entry e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_event (occurred_at, actor_id, actor_name, actor_unit_id, ip, entity_type,"
                + " entity_id, action, outcome, changes, request_id) values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(utc(e.occurredAt()), e.actorId(), e.actorName(), e.actorUnitId(), e.ip(), e.entityType(),
                        e.entityId(), e.action(), e.outcome(), e.changes(), e.requestId())
                .update(keys, "seq");
        long seq = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into audit_pending (event_seq) values (?)").param(seq).update();
        return seq;
    }

    /** Rows per statement of {@link #insertAll} (11 parameters a row, well below any driver's limit). */
    static final int ROWS_PER_INSERT = 500;

    /**
     * Inserts many entries and their pending markers with a few multi-row statements, in the given
     * order (their sequence numbers ascend in that order); returns the sequence numbers.
     */
    List<Long> insertAll(List<Entry> entries) {
        List<Long> all = new java.util.ArrayList<>(entries.size());
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into audit_event (occurred_at, actor_id, actor_name,"
                    + " actor_unit_id, ip, entity_type, entity_id, action, outcome, changes, request_id) values ");
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 11);
            for (int i = 0; i < chunk.size(); i++) {
                Entry e = chunk.get(i);
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
                params.addAll(java.util.Arrays.asList(utc(e.occurredAt()), e.actorId(), e.actorName(),
                        e.actorUnitId(), e.ip(), e.entityType(), e.entityId(), e.action(), e.outcome(), e.changes(),
                        e.requestId()));
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(sql.toString()).params(params).update(keys, "seq");
            List<Long> seqs = keys.getKeyList().stream()
                    .map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
            if (seqs.size() != chunk.size()) {
                throw new IllegalStateException("audit entries inserted: " + chunk.size() + ", keys: " + seqs.size());
            }
            StringBuilder pending = new StringBuilder("insert into audit_pending (event_seq) values ");
            for (int i = 0; i < seqs.size(); i++) {
                pending.append(i == 0 ? "(?)" : ",(?)");
            }
            jdbc.sql(pending.toString()).params(new java.util.ArrayList<Object>(seqs)).update();
            all.addAll(seqs);
        }
        return all;
    }

    // --- chaining (the chainer's transaction)

    /** Locks the chainer row for the rest of the transaction: one chainer at a time. */
    void lockChainer(String holder) {
        jdbc.sql("select id from audit_chainer where id = 1 for update").query(Integer.class).single();
        jdbc.sql("update audit_chainer set locked_by = ? where id = 1").param(holder).update();
    }

    /** The last link, if any. */
    Optional<Link> lastLink() {
        return jdbc.sql("select * from audit_chain order by chain_seq desc fetch first 1 rows only")
                .query(AuditStore::link).optional();
    }

    Optional<Link> link(long chainSeq) {
        return jdbc.sql("select * from audit_chain where chain_seq = ?").param(chainSeq).query(AuditStore::link)
                .optional();
    }

    long linkCount() {
        return jdbc.sql("select count(*) from audit_chain").query(Long.class).single();
    }

    /** Up to {@code limit} pending entries in entry order. */
    List<Entry> pending(int limit) {
        return jdbc.sql("select e.* from audit_pending p join audit_event e on e.seq = p.event_seq"
                + " order by p.event_seq fetch first " + limit + " rows only")
                .query(AuditStore::entry).list();
    }

    /** Pending markers whose entry no longer exists (it was deleted before it was linked). */
    List<Long> pendingWithoutEntry() {
        return jdbc.sql("select p.event_seq from audit_pending p where not exists"
                + " (select 1 from audit_event e where e.seq = p.event_seq) order by p.event_seq")
                .query(Long.class).list();
    }

    void appendLink(Link l, Instant at) {
        jdbc.sql("insert into audit_chain (chain_seq, event_seq, prev_mac, mac, chained_at) values (?,?,?,?,?)")
                .params(l.chainSeq(), l.eventSeq(), l.prevMac(), l.mac(), utc(at)).update();
    }

    /** Appends consecutive links with one statement. */
    void appendLinks(List<Link> links, Instant at) {
        if (links.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into audit_chain (chain_seq, event_seq, prev_mac, mac, chained_at) values ");
        List<Object> params = new java.util.ArrayList<>(links.size() * 5);
        OffsetDateTime when = utc(at);
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?)");
            params.addAll(List.of(l.chainSeq(), l.eventSeq(), l.prevMac(), l.mac(), when));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Removes the pending markers of linked entries with one statement. */
    void removePending(List<Long> eventSeqs) {
        if (!eventSeqs.isEmpty()) {
            jdbc.sql("delete from audit_pending where event_seq in (:seqs)").param("seqs", eventSeqs).update();
        }
    }

    void removePending(long eventSeq) {
        jdbc.sql("delete from audit_pending where event_seq = ?").param(eventSeq).update();
    }

    // --- verifying

    /** Streams the links with {@code afterChainSeq < chain_seq <= upTo} and their entries, in chain order. */
    void forEachLink(long afterChainSeq, long upTo, Consumer<LinkedEntry> sink) {
        long after = afterChainSeq;
        while (true) {
            var page = jdbc.sql("select c.chain_seq, c.event_seq, c.prev_mac, c.mac, e.* from audit_chain c"
                    + " left join audit_event e on e.seq = c.event_seq where c.chain_seq > ? and c.chain_seq <= ?"
                    + " order by c.chain_seq fetch first " + PAGE + " rows only")
                    .params(after, upTo)
                    .query((rs, n) -> new LinkedEntry(link(rs, n), rs.getObject("seq") == null ? null : entry(rs, n)))
                    .list();
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            after = page.get(page.size() - 1).link().chainSeq();
        }
    }

    /** The first entry that is neither linked nor pending (written behind the log's back), if any. */
    Optional<Long> firstUnchained() {
        return first(jdbc.sql("select min(e.seq) from audit_event e"
                + " where not exists (select 1 from audit_chain c where c.event_seq = e.seq)"
                + " and not exists (select 1 from audit_pending p where p.event_seq = e.seq)")
                .query(Long.class).list());
    }

    /** Every stored entry with its link, in entry order (the export of the whole log). */
    public void forEachInOrder(Consumer<Row> sink) {
        long after = 0;
        while (true) {
            var page = jdbc.sql(ROWS + " where e.seq > ? order by e.seq fetch first " + PAGE + " rows only")
                    .param(after).query(AuditStore::map).list();
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            after = page.get(page.size() - 1).seq();
        }
    }

    public Optional<Row> find(long seq) {
        return jdbc.sql(ROWS + " where e.seq = ?").param(seq).query(AuditStore::map).optional();
    }

    // --- reading for auditors

    long count(Criteria c) {
        Where w = where(c);
        return jdbc.sql("select count(*) from audit_event e" + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** One page of matching rows, newest first. */
    List<Row> search(Criteria c, long offset, int limit) {
        Where w = where(c);
        return jdbc.sql(ROWS + w.sql() + " order by e.seq desc offset :offset rows"
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
            var page = jdbc.sql(ROWS + w.sql() + " and e.seq > :after order by e.seq"
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

    /** The first link after {@code afterChainSeq} whose entry is stamped at or after {@code at}, if any. */
    Optional<Long> firstChainSeqAtOrAfter(long afterChainSeq, Instant at) {
        return first(jdbc.sql("select min(c.chain_seq) from audit_chain c join audit_event e"
                + " on e.seq = c.event_seq where c.chain_seq > ? and e.occurred_at >= ?")
                .params(afterChainSeq, utc(at)).query(Long.class).list());
    }

    /** Deletes the links {@code afterChainSeq < chain_seq <= throughChainSeq} and their entries; returns the entries deleted. */
    long deleteThrough(long afterChainSeq, long throughChainSeq) {
        long entries = jdbc.sql("delete from audit_event where seq in (select event_seq from audit_chain"
                + " where chain_seq > ? and chain_seq <= ?)").params(afterChainSeq, throughChainSeq).update();
        jdbc.sql("delete from audit_chain where chain_seq > ? and chain_seq <= ?")
                .params(afterChainSeq, throughChainSeq).update();
        return entries;
    }

    void insertCheckpoint(Checkpoint cp) {
        jdbc.sql("insert into audit_checkpoint (through_seq, through_hash, purged_count, cutoff, created_at)"
                + " values (?,?,?,?,?)")
                .params(cp.throughSeq(), cp.throughHash(), cp.purgedCount(), utc(cp.cutoff()), utc(cp.createdAt()))
                .update();
    }

    /** The linked entry that recorded the purge through link {@code throughChainSeq}. */
    Optional<Row> purgeEntry(long throughChainSeq) {
        return jdbc.sql(ROWS + " where e.entity_type = ? and e.action = ? and e.entity_id = ?"
                + " and c.chain_seq > ? order by c.chain_seq fetch first 1 rows only")
                .params(RetentionPurge.ENTITY, RetentionPurge.ACTION, String.valueOf(throughChainSeq), throughChainSeq)
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

    /** The value of a one-row aggregate ({@code min}, {@code max}), empty when it is null. */
    private static Optional<Long> first(List<Long> values) {
        return values.stream().filter(java.util.Objects::nonNull).findFirst();
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
                rs.getString("request_id"), rs.getObject("chain_seq", Long.class), rs.getString("prev_mac"),
                rs.getString("mac"));
    }

    static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                rs.getObject("actor_unit_id", Long.class), rs.getString("ip"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("action"), rs.getString("outcome"), rs.getString("changes"),
                rs.getString("request_id"));
    }

    static Link link(ResultSet rs, int n) throws SQLException {
        return new Link(rs.getLong("chain_seq"), rs.getLong("event_seq"), rs.getString("prev_mac"),
                rs.getString("mac"));
    }
}
