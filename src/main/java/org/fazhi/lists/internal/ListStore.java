package org.fazhi.lists.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.lists.CertificationStatus;
import org.fazhi.lists.ItemList;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.lists.PowerType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The item_list, list_version (reads), list_item and list_entry tables. */
@Repository
public class ListStore {

    private static final String VERSION = "select v.*, l.unit_id, l.kind from list_version v"
            + " join item_list l on l.id = v.list_id";
    private static final String ENTRY = "select e.*, i.code from list_entry e join list_item i on i.id = e.item_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ListStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    // ----- lists -----

    public Optional<ItemList> list(long id) {
        return jdbc.sql("select * from item_list where id = ?").param(id).query(ListStore::itemList).optional();
    }

    public Optional<ItemList> list(long unitId, ListKind kind) {
        return jdbc.sql("select * from item_list where unit_id = ? and kind = ?").params(unitId, kind.name())
                .query(ListStore::itemList).optional();
    }

    public ItemList insertList(long unitId, ListKind kind) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into item_list (unit_id, kind, created_at) values (?,?,?)")
                .params(unitId, kind.name(), now()).update(keys, "id");
        return list(keys.getKey().longValue()).orElseThrow();
    }

    /** The lists of these units (of one kind, or all kinds when null), by unit then kind. */
    public List<ItemList> lists(Collection<Long> unitIds, ListKind kind) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from item_list where unit_id in (:units)" + (kind == null ? "" : " and kind = :kind")
                + " order by unit_id, kind").param("units", unitIds).param("kind", kind == null ? "" : kind.name())
                .query(ListStore::itemList).list();
    }

    /** Lists with at least one published version (of one kind, or all when null). */
    public List<ItemList> publishedLists(ListKind kind) {
        return jdbc.sql("select * from item_list l where exists (select 1 from list_version v where v.list_id = l.id"
                + " and v.status = 'PUBLISHED')" + (kind == null ? "" : " and l.kind = :kind") + " order by l.unit_id, l.kind")
                .param("kind", kind == null ? "" : kind.name()).query(ListStore::itemList).list();
    }

    // ----- versions -----

    public Optional<ListVersion> version(long id) {
        return jdbc.sql(VERSION + " where v.id = ?").param(id).query(ListStore::version).optional();
    }

    /** The version, its row locked for the rest of the transaction. */
    public Optional<ListVersion> lock(long id) {
        jdbc.sql("select id from list_version where id = ? for update").param(id).query(Long.class).optional();
        return version(id);
    }

    /** Every version of a list, newest first. */
    public List<ListVersion> versions(long listId) {
        return jdbc.sql(VERSION + " where v.list_id = ? order by v.version_no desc").param(listId)
                .query(ListStore::version).list();
    }

    /** The published versions of a list, by effective date (then number), oldest first. */
    public List<ListVersion> publishedVersions(long listId) {
        return jdbc.sql(VERSION + " where v.list_id = ? and v.status = 'PUBLISHED' order by v.effective_date, v.version_no")
                .param(listId).query(ListStore::version).list();
    }

    /** Published versions of many lists, by list, effective date and number. */
    public List<ListVersion> publishedVersions(Collection<Long> listIds) {
        if (listIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VERSION + " where v.list_id in (:lists) and v.status = 'PUBLISHED'"
                + " order by v.list_id, v.effective_date, v.version_no").param("lists", listIds)
                .query(ListStore::version).list();
    }

    /** The version of the list in force on {@code on}: the published one with the latest effective date not after it. */
    public Optional<ListVersion> inForce(long listId, LocalDate on) {
        return jdbc.sql(VERSION + " where v.list_id = ? and v.status = 'PUBLISHED' and v.effective_date <= ?"
                + " order by v.effective_date desc, v.version_no desc").params(listId, on).query(ListStore::version)
                .list().stream().findFirst();
    }

    /** The adjustment on its way (drafting, under review or reviewed), if any. */
    public Optional<ListVersion> openVersion(long listId) {
        return jdbc.sql(VERSION + " where v.list_id = ? and v.status in ('DRAFTING','CONSULTING','REVIEWING','REVIEWED')")
                .param(listId).query(ListStore::version).optional();
    }

    public int lastVersionNo(long listId) {
        return jdbc.sql("select coalesce(max(version_no), 0) from list_version where list_id = ?").param(listId)
                .query(Integer.class).single();
    }

    // ----- items and entries -----

    /** The item ids of a list by code. */
    public Map<String, Long> itemIds(long listId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code from list_item where list_id = ?").param(listId)
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    /** The item ids of these codes, creating the items the list does not have yet. */
    public Map<String, Long> itemIds(long listId, Collection<String> codes) {
        Map<String, Long> ids = itemIds(listId);
        List<String> missing = codes.stream().filter(c -> !ids.containsKey(c)).distinct().toList();
        if (!missing.isEmpty()) {
            OffsetDateTime now = now();
            batch.batchUpdate("insert into list_item (list_id, code, created_at) values (?,?,?)", missing, 500,
                    (ps, code) -> {
                        ps.setLong(1, listId);
                        ps.setString(2, code);
                        ps.setObject(3, now);
                    });
            return itemIds(listId);
        }
        return ids;
    }

    public Optional<Long> listOfItem(long itemId) {
        return jdbc.sql("select list_id from list_item where id = ?").param(itemId).query(Long.class).optional();
    }

    /** The entries of a version, in list order. */
    public List<ListEntry> entries(long versionId) {
        return jdbc.sql(ENTRY + " where e.version_id = ? order by e.sort_no, i.code").param(versionId)
                .query(ListStore::entry).list();
    }

    /** One page of a version's entries whose code or name contains {@code q} (all when null). */
    public List<ListEntry> entries(long versionId, String q, int limit, long offset) {
        return jdbc.sql(ENTRY + " where e.version_id = :v" + like(q) + " order by e.sort_no, i.code limit :limit offset :offset")
                .param("v", versionId).param("q", pattern(q)).param("limit", limit).param("offset", offset)
                .query(ListStore::entry).list();
    }

    public long countEntries(long versionId, String q) {
        return jdbc.sql("select count(*) from list_entry e join list_item i on i.id = e.item_id where e.version_id = :v"
                + like(q)).param("v", versionId).param("q", pattern(q)).query(Long.class).single();
    }

    public Optional<ListEntry> entry(long versionId, long itemId) {
        return jdbc.sql(ENTRY + " where e.version_id = ? and e.item_id = ?").params(versionId, itemId)
                .query(ListStore::entry).optional();
    }

    /** The entries of these items in these versions: version id → entries. */
    public Map<Long, List<ListEntry>> entriesOfItems(Collection<Long> versionIds, Collection<Long> itemIds) {
        Map<Long, List<ListEntry>> byVersion = new HashMap<>();
        if (versionIds.isEmpty() || itemIds.isEmpty()) {
            return byVersion;
        }
        jdbc.sql(ENTRY + " where e.version_id in (:versions) and e.item_id in (:items)").param("versions", versionIds)
                .param("items", itemIds).query(rs -> {
                    byVersion.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(entry(rs, 0));
                });
        return byVersion;
    }

    /** Which of these versions carry which items: version id → item ids. */
    public Map<Long, java.util.Set<Long>> membership(Collection<Long> versionIds, Collection<Long> itemIds) {
        Map<Long, java.util.Set<Long>> m = new HashMap<>();
        if (versionIds.isEmpty() || itemIds.isEmpty()) {
            return m;
        }
        jdbc.sql("select version_id, item_id from list_entry where version_id in (:versions) and item_id in (:items)")
                .param("versions", versionIds).param("items", itemIds).query(rs -> {
                    m.computeIfAbsent(rs.getLong("version_id"), k -> new java.util.HashSet<>()).add(rs.getLong("item_id"));
                });
        return m;
    }

    /** The entries of the given versions whose implementing unit is {@code unitId}. */
    public List<Map.Entry<Long, ListEntry>> entriesOfUnit(Collection<Long> versionIds, long unitId) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Long, ListEntry>> out = new ArrayList<>();
        jdbc.sql(ENTRY + " where e.version_id in (:versions) and e.implementing_unit_id = :unit order by e.sort_no, i.code")
                .param("versions", versionIds).param("unit", unitId)
                .query(rs -> {
                    out.add(Map.entry(rs.getLong("version_id"), entry(rs, 0)));
                });
        return out;
    }

    /** Replaces every entry of a version (the items must exist in the version's list). */
    public void replaceEntries(long versionId, List<ListEntry> entries) {
        jdbc.sql("delete from list_entry where version_id = ?").param(versionId).update();
        insertEntries(versionId, entries);
    }

    public void insertEntries(long versionId, List<ListEntry> entries) {
        batch.batchUpdate("insert into list_entry (version_id, item_id, sort_no, name, power_type, basis_law,"
                + " basis_article, implementing_unit_id, responsibilities, accountability, cert_status, cert_issuer,"
                + " notification_commitment, replacement, window_acceptance, fully_online, one_trip, high_frequency,"
                + " time_limit_days, company_startup) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entries, 500,
                (ps, e) -> {
                    ps.setLong(1, versionId);
                    ps.setLong(2, e.itemId());
                    ps.setInt(3, e.sortNo());
                    ps.setString(4, e.name());
                    ps.setString(5, e.powerType() == null ? null : e.powerType().name());
                    ps.setString(6, e.basisLaw());
                    ps.setString(7, e.basisArticle());
                    if (e.implementingUnitId() == null) {
                        ps.setNull(8, Types.BIGINT);
                    } else {
                        ps.setLong(8, e.implementingUnitId());
                    }
                    ps.setString(9, e.responsibilities());
                    ps.setString(10, e.accountability());
                    ps.setString(11, e.certStatus() == null ? null : e.certStatus().name());
                    ps.setString(12, e.certIssuer());
                    ps.setBoolean(13, e.notificationCommitment());
                    ps.setString(14, e.replacement());
                    ps.setBoolean(15, e.windowAcceptance());
                    ps.setBoolean(16, e.fullyOnline());
                    ps.setBoolean(17, e.oneTrip());
                    ps.setBoolean(18, e.highFrequency());
                    if (e.timeLimitDays() == null) {
                        ps.setNull(19, Types.INTEGER);
                    } else {
                        ps.setInt(19, e.timeLimitDays());
                    }
                    ps.setBoolean(20, e.companyStartup());
                });
    }

    public void deleteEntry(long versionId, long itemId) {
        jdbc.sql("delete from list_entry where version_id = ? and item_id = ?").params(versionId, itemId).update();
    }

    public int maxSortNo(long versionId) {
        return jdbc.sql("select coalesce(max(sort_no), 0) from list_entry where version_id = ?").param(versionId)
                .query(Integer.class).single();
    }

    // ----- texts put out for comment or review -----

    /** The exact text of a version as put out for public comment or submitted for review. */
    public record ListText(long id, long versionId, String purpose, int revision, String title, String body,
            String sha256) {
    }

    public long insertText(long versionId, String purpose, int revision, String title, String body, String sha256) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into list_text (version_id, purpose, revision, title, body, sha256, created_at)"
                + " values (?,?,?,?,?,?,?)").params(versionId, purpose, revision, title, body, sha256, now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ListText> text(long id) {
        return jdbc.sql("select * from list_text where id = ?").param(id)
                .query((rs, n) -> new ListText(rs.getLong("id"), rs.getLong("version_id"), rs.getString("purpose"),
                        rs.getInt("revision"), rs.getString("title"), rs.getString("body"), rs.getString("sha256")))
                .optional();
    }

    // ----- mapping -----

    private static String like(String q) {
        return q == null ? "" : " and (lower(i.code) like :q or lower(e.name) like :q)";
    }

    private static String pattern(String q) {
        return q == null ? "" : "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "")
                .replace("_", "") + "%";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static ItemList itemList(ResultSet rs, int n) throws SQLException {
        return new ItemList(rs.getLong("id"), rs.getLong("unit_id"), ListKind.valueOf(rs.getString("kind")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static ListVersion version(ResultSet rs, int n) throws SQLException {
        return new ListVersion(rs.getLong("id"), rs.getLong("list_id"), rs.getLong("unit_id"),
                ListKind.valueOf(rs.getString("kind")), rs.getInt("version_no"),
                ListVersionStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getBoolean("participation_required"), rs.getString("no_participation_reason"), rs.getInt("revision"),
                rs.getString("content_sha256"), rs.getInt("item_count"), rs.getObject("effective_date", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getBoolean("imported"),
                rs.getString("withdrawn_reason"), rs.getInt("lock_version"));
    }

    static ListEntry entry(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("power_type");
        String cert = rs.getString("cert_status");
        long unit = rs.getLong("implementing_unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        int limit = rs.getInt("time_limit_days");
        Integer timeLimit = rs.wasNull() ? null : limit;
        return new ListEntry(rs.getLong("item_id"), rs.getString("code"), rs.getInt("sort_no"), rs.getString("name"),
                type == null ? null : PowerType.valueOf(type), rs.getString("basis_law"), rs.getString("basis_article"),
                unitId, rs.getString("responsibilities"), rs.getString("accountability"),
                cert == null ? null : CertificationStatus.valueOf(cert), rs.getString("cert_issuer"),
                rs.getBoolean("notification_commitment"), rs.getString("replacement"),
                rs.getBoolean("window_acceptance"), rs.getBoolean("fully_online"), rs.getBoolean("one_trip"),
                rs.getBoolean("high_frequency"), timeLimit, rs.getBoolean("company_startup"));
    }
}
