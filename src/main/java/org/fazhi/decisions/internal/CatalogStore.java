package org.fazhi.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.CatalogAmendment;
import org.fazhi.decisions.CatalogItem;
import org.fazhi.decisions.CatalogItemRequest;
import org.fazhi.decisions.CatalogStatus;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.DecisionCriterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decision_catalog (reads), decision_catalog_item and decision_catalog_amendment tables. */
@Repository
public class CatalogStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<DecisionCatalog> find(long id) {
        return jdbc.sql("select * from decision_catalog where id = ?").param(id).query(CatalogStore::map).optional();
    }

    public Optional<DecisionCatalog> lock(long id) {
        return jdbc.sql("select * from decision_catalog where id = ? for update").param(id).query(CatalogStore::map)
                .optional();
    }

    public Optional<DecisionCatalog> of(long unitId, int year) {
        return jdbc.sql("select * from decision_catalog where unit_id = ? and year_no = ?").params(unitId, year)
                .query(CatalogStore::map).optional();
    }

    /** Catalogs of these units, newest year first. */
    public List<DecisionCatalog> ofUnits(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from decision_catalog where unit_id in (:units) order by year_no desc, id desc")
                .param("units", units).query(CatalogStore::map).list();
    }

    /** Published catalogs, newest year first (the portal). */
    public List<DecisionCatalog> published() {
        return jdbc.sql("select * from decision_catalog where status = 'PUBLISHED' order by year_no desc, id")
                .query(CatalogStore::map).list();
    }

    public long addItem(long catalogId, CatalogItemRequest r, int versionNo, Long by) {
        int no = jdbc.sql("select coalesce(max(item_no), 0) + 1 from decision_catalog_item where catalog_id = ?")
                .param(catalogId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into decision_catalog_item (catalog_id, item_no, title, sponsor_unit_id, planned_quarter,"
                + " criteria, criteria_note, status, added_in_version, created_by, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,'LISTED',?,?,?,?)")
                .params(catalogId, no, r.title().strip(), r.sponsorUnitId(), r.plannedQuarter(), criteria(r),
                        blank(r.criteriaNote()), versionNo, by, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void changeItem(long itemId, CatalogItemRequest r) {
        jdbc.sql("update decision_catalog_item set title = ?, sponsor_unit_id = ?, planned_quarter = ?, criteria = ?,"
                + " criteria_note = ?, updated_at = ? where id = ?")
                .params(r.title().strip(), r.sponsorUnitId(), r.plannedQuarter(), criteria(r), blank(r.criteriaNote()),
                        OffsetDateTime.now(clock), itemId)
                .update();
    }

    /** Takes an item off the catalog: deleted while the catalog is compiled, marked removed once published. */
    public void removeItem(long itemId, Integer inVersion) {
        if (inVersion == null) {
            jdbc.sql("delete from decision_catalog_item where id = ?").param(itemId).update();
        } else {
            jdbc.sql("update decision_catalog_item set status = 'REMOVED', removed_in_version = ?, updated_at = ?"
                    + " where id = ?").params(inVersion, OffsetDateTime.now(clock), itemId).update();
        }
    }

    public Optional<CatalogItem> item(long itemId) {
        return jdbc.sql("select * from decision_catalog_item where id = ?").param(itemId).query(CatalogStore::mapItem)
                .optional();
    }

    public List<CatalogItem> items(long catalogId) {
        return jdbc.sql("select * from decision_catalog_item where catalog_id = ? order by item_no").param(catalogId)
                .query(CatalogStore::mapItem).list();
    }

    public long amend(long catalogId, int versionNo, CatalogAmendment.AmendmentKind kind, long itemId, String reason,
            String approvedBy, String approvalRef, LocalDate approvedOn, String before, String after, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_catalog_amendment (catalog_id, version_no, kind, item_id, reason, approved_by,"
                + " approval_ref, approved_on, before_text, after_text, recorded_by, recorded_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(catalogId, versionNo, kind.name(), itemId, reason, approvedBy, approvalRef, approvedOn, before,
                        after, by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<CatalogAmendment> amendments(long catalogId) {
        return jdbc.sql("select * from decision_catalog_amendment where catalog_id = ? order by version_no, id")
                .param(catalogId).query((rs, n) -> new CatalogAmendment(rs.getLong("id"), rs.getLong("catalog_id"),
                        rs.getInt("version_no"), CatalogAmendment.AmendmentKind.valueOf(rs.getString("kind")),
                        rs.getLong("item_id"), rs.getString("reason"), rs.getString("approved_by"),
                        rs.getString("approval_ref"), rs.getObject("approved_on", LocalDate.class),
                        rs.getString("before_text"), rs.getString("after_text"), (Long) rs.getObject("recorded_by",
                                Long.class), instant(rs, "recorded_at")))
                .list();
    }

    static DecisionCatalog map(ResultSet rs, int n) throws SQLException {
        return new DecisionCatalog(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year_no"),
                rs.getString("title"), CatalogStatus.valueOf(rs.getString("status")), rs.getInt("version_no"),
                rs.getString("approved_by"), rs.getString("approval_ref"), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getInt("lock_version"));
    }

    static CatalogItem mapItem(ResultSet rs, int n) throws SQLException {
        Object removed = rs.getObject("removed_in_version");
        return new CatalogItem(rs.getLong("id"), rs.getLong("catalog_id"), rs.getInt("item_no"), rs.getString("title"),
                rs.getLong("sponsor_unit_id"), rs.getInt("planned_quarter"),
                Arrays.stream(rs.getString("criteria").split(",")).filter(s -> !s.isBlank())
                        .map(DecisionCriterion::valueOf).toList(),
                rs.getString("criteria_note"), "LISTED".equals(rs.getString("status")), rs.getInt("added_in_version"),
                removed == null ? null : ((Number) removed).intValue());
    }

    static java.time.Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }

    private static String criteria(CatalogItemRequest r) {
        return String.join(",", r.criteria().stream().distinct().map(Enum::name).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
