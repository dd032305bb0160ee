package org.fazhi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_event} table and its chain head. Rows are only ever inserted. */
@Repository
public class AuditStore {

    /** A raw stored row, exactly as hashed. */
    public record Row(long seq, Instant occurredAt, Long actorId, String actorName, Long actorUnitId, String ip,
            String entityType, String entityId, String action, String outcome, String changes, String prevHash,
            String hash) {
    }

    public record Head(long lastSeq, String lastHash) {
    }

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
                .params(r.seq(), OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.actorId(), r.actorName(),
                        r.actorUnitId(), r.ip(), r.entityType(), r.entityId(), r.action(), r.outcome(), r.changes(),
                        r.prevHash(), r.hash())
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(r.seq(), r.hash())
                .update();
    }

    /** Streams every row in chain order to {@code sink}, a page at a time. */
    public void forEachInOrder(Consumer<Row> sink) {
        long after = 0;
        while (true) {
            var page = jdbc.sql("select * from audit_event where seq > ? order by seq fetch first 1000 rows only")
                    .param(after).query(AuditStore::map).list();
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

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                rs.getObject("actor_unit_id", Long.class), rs.getString("ip"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("action"), rs.getString("outcome"), rs.getString("changes"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
