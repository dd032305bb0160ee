package org.fazhi.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code inbox_message} table. */
@Repository
class InboxStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    InboxStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void insert(long userId, String titleKey, List<String> args, String link) {
        jdbc.sql("insert into inbox_message (user_id, title_key, args, link, created_at) values (?,?,?,?,?)")
                .params(userId, titleKey, json.writeValueAsString(args), link, now()).update();
    }

    List<InboxMessage> of(long userId, boolean unreadOnly, int limit, long offset) {
        return jdbc.sql("select * from inbox_message where user_id = :user and (:all = true or read_at is null)"
                + " order by id desc limit :limit offset :offset")
                .param("user", userId).param("all", !unreadOnly).param("limit", limit).param("offset", offset)
                .query(this::message).list();
    }

    long count(long userId, boolean unreadOnly) {
        return jdbc.sql("select count(*) from inbox_message where user_id = :user and (:all = true or read_at is null)")
                .param("user", userId).param("all", !unreadOnly).query(Long.class).single();
    }

    Optional<InboxMessage> find(long id, long userId) {
        return jdbc.sql("select * from inbox_message where id = ? and user_id = ?").params(id, userId)
                .query(this::message).optional();
    }

    int markRead(long id, long userId) {
        return jdbc.sql("update inbox_message set read_at = ? where id = ? and user_id = ? and read_at is null")
                .params(now(), id, userId).update();
    }

    int markAllRead(long userId) {
        return jdbc.sql("update inbox_message set read_at = ? where user_id = ? and read_at is null")
                .params(now(), userId).update();
    }

    private InboxMessage message(ResultSet rs, int n) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new InboxMessage(rs.getLong("id"), rs.getLong("user_id"), rs.getString("title_key"),
                json.readValue(rs.getString("args"), STRINGS), rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
