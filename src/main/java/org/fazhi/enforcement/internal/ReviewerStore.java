package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.LegalReviewer;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ReviewCatalogItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The agency_legal_reviewer and review_catalog_item tables. */
@Repository
public class ReviewerStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insertReviewer(long agencyId, String name, Long userId, boolean qualified, LocalDate designatedOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into agency_legal_reviewer (agency_id, name, user_id, qualified, designated_on, created_at)"
                + " values (?,?,?,?,?,?)").params(agencyId, name, userId, qualified, designatedOn,
                        OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void endReviewer(long id, LocalDate on) {
        jdbc.sql("update agency_legal_reviewer set ended_on = ? where id = ?").params(on, id).update();
    }

    public Optional<LegalReviewer> reviewer(long id) {
        return jdbc.sql("select * from agency_legal_reviewer where id = ?").param(id).query(ReviewerStore::reviewer)
                .optional();
    }

    public List<LegalReviewer> reviewers(long agencyId) {
        return jdbc.sql("select * from agency_legal_reviewer where agency_id = ? order by ended_on desc, name, id")
                .param(agencyId).query(ReviewerStore::reviewer).list();
    }

    public long insertCatalogItem(long agencyId, String title, ActionKind kind, PenaltyType type, BigDecimal minAmount,
            String description, LocalDate listedOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into review_catalog_item (agency_id, title, kind, penalty_type, min_amount, description,"
                + " listed_on, created_at) values (?,?,?,?,?,?,?,?)")
                .params(agencyId, title, kind.name(), Rows.name(type), minAmount, description, listedOn,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void endCatalogItem(long id, LocalDate on) {
        jdbc.sql("update review_catalog_item set ended_on = ? where id = ?").params(on, id).update();
    }

    public Optional<ReviewCatalogItem> catalogItem(long id) {
        return jdbc.sql("select * from review_catalog_item where id = ?").param(id).query(ReviewerStore::item)
                .optional();
    }

    public List<ReviewCatalogItem> catalog(long agencyId) {
        return jdbc.sql("select * from review_catalog_item where agency_id = ? order by ended_on desc, kind, title, id")
                .param(agencyId).query(ReviewerStore::item).list();
    }

    static LegalReviewer reviewer(ResultSet rs, int n) throws SQLException {
        return new LegalReviewer(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("name"),
                Rows.longOrNull(rs, "user_id"), rs.getBoolean("qualified"), Rows.date(rs, "designated_on"),
                Rows.date(rs, "ended_on"));
    }

    static ReviewCatalogItem item(ResultSet rs, int n) throws SQLException {
        return new ReviewCatalogItem(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("title"),
                ActionKind.valueOf(rs.getString("kind")), Rows.enumOf(rs, "penalty_type", PenaltyType.class),
                rs.getBigDecimal("min_amount"), rs.getString("description"), Rows.date(rs, "listed_on"),
                Rows.date(rs, "ended_on"));
    }
}
