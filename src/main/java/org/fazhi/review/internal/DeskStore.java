package org.fazhi.review.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review_desk table: deciding unit → the unit whose legal office reviews for it. */
@Repository
public class DeskStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeskStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Long> deskOf(long decidingUnitId) {
        return jdbc.sql("select desk_unit_id from review_desk where deciding_unit_id = ?").param(decidingUnitId)
                .query(Long.class).optional();
    }

    public void assign(long decidingUnitId, long deskUnitId) {
        int n = jdbc.sql("update review_desk set desk_unit_id = ?, updated_at = ? where deciding_unit_id = ?")
                .params(deskUnitId, OffsetDateTime.now(clock), decidingUnitId).update();
        if (n == 0) {
            jdbc.sql("insert into review_desk (deciding_unit_id, desk_unit_id, updated_at) values (?,?,?)")
                    .params(decidingUnitId, deskUnitId, OffsetDateTime.now(clock)).update();
        }
    }

    public void remove(long decidingUnitId) {
        jdbc.sql("delete from review_desk where deciding_unit_id = ?").param(decidingUnitId).update();
    }

    public Map<Long, Long> all() {
        Map<Long, Long> map = new LinkedHashMap<>();
        jdbc.sql("select deciding_unit_id, desk_unit_id from review_desk order by deciding_unit_id")
                .query((rs, n) -> map.put(rs.getLong(1), rs.getLong(2))).list();
        return map;
    }
}
