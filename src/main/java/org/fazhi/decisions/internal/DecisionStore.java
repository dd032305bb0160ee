package org.fazhi.decisions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.DecisionAttributes;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.DecisionVersion;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.ProcessRecord;
import org.fazhi.decisions.RequiredProcedure;
import org.fazhi.decisions.Waiver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads of major_decision; the decision_version, decision_waiver and decision_process_record tables. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<MajorDecision> find(long id) {
        return jdbc.sql("select * from major_decision where id = ?").param(id).query(DecisionStore::map).optional();
    }

    public Optional<MajorDecision> lock(long id) {
        return jdbc.sql("select * from major_decision where id = ? for update").param(id).query(DecisionStore::map)
                .optional();
    }

    /** Decisions sponsored by or decided by these units, newest first. */
    public List<MajorDecision> ofUnits(Collection<Long> units, DecisionStatus status) {
        if (units.isEmpty()) {
            return List.of();
        }
        String sql = "select * from major_decision where (unit_id in (:units) or deciding_unit_id in (:units))"
                + (status == null ? "" : " and status = :status") + " order by id desc";
        var q = jdbc.sql(sql).param("units", units);
        if (status != null) {
            q = q.param("status", status.name());
        }
        return q.query(DecisionStore::map).list();
    }

    /** Every decision (metrics and the daily job filter further). */
    public List<MajorDecision> all() {
        return jdbc.sql("select * from major_decision order by id").query(DecisionStore::map).list();
    }

    /** Decisions published (MD-08), newest publication first (the portal). */
    public List<MajorDecision> published() {
        return jdbc.sql("select * from major_decision where publication_date is not null"
                + " order by publication_date desc, id desc").query(DecisionStore::map).list();
    }

    /** The decision started from a catalog item, other than a stopped one. */
    public Optional<MajorDecision> activeOfItem(long itemId) {
        return jdbc.sql("select * from major_decision where catalog_item_id = ? and status <> 'STOPPED'"
                + " order by id desc").param(itemId).query(DecisionStore::map).list().stream().findFirst();
    }

    public List<MajorDecision> ofItem(long itemId) {
        return jdbc.sql("select * from major_decision where catalog_item_id = ? order by id").param(itemId)
                .query(DecisionStore::map).list();
    }

    public String publishedText(long id) {
        return jdbc.sql("select published_text from major_decision where id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }

    // ----- versions -----

    public long insertVersion(long decisionId, int roundNo, String title, String body, String explanation,
            String note, Long by) {
        int no = jdbc.sql("select coalesce(max(version_no), 0) + 1 from decision_version where decision_id = ?")
                .param(decisionId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_version (decision_id, version_no, round_no, title, body, explanation, sha256,"
                + " note, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(decisionId, no, roundNo, title, body, explanation, sha256(title, body, explanation), note, by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<DecisionVersion> version(long versionId) {
        return jdbc.sql("select * from decision_version where id = ?").param(versionId)
                .query(DecisionStore::mapVersion).optional();
    }

    public List<DecisionVersion> versions(long decisionId) {
        return jdbc.sql("select * from decision_version where decision_id = ? order by version_no").param(decisionId)
                .query(DecisionStore::mapVersion).list();
    }

    // ----- waivers -----

    public long waive(long decisionId, int roundNo, RequiredProcedure procedure, String reason, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_waiver (decision_id, round_no, procedure_kind, reason, waived_by, waived_at)"
                + " values (?,?,?,?,?,?)").params(decisionId, roundNo, procedure.name(), reason, by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Waiver> waivers(long decisionId) {
        return jdbc.sql("select * from decision_waiver where decision_id = ? order by id").param(decisionId)
                .query((rs, n) -> new Waiver(rs.getLong("id"), rs.getLong("decision_id"), rs.getInt("round_no"),
                        RequiredProcedure.valueOf(rs.getString("procedure_kind")), rs.getString("reason"),
                        rs.getObject("waived_by", Long.class), CatalogStore.instant(rs, "waived_at")))
                .list();
    }

    // ----- the process record -----

    public void record(long decisionId, int roundNo, String step, Long actorId, String actorName, Long unitId,
            Long versionId, String summary) {
        jdbc.sql("insert into decision_process_record (decision_id, round_no, step, actor_id, actor_name, unit_id,"
                + " version_id, summary, recorded_at) values (?,?,?,?,?,?,?,?,?)")
                .params(decisionId, roundNo, step, actorId, actorName, unitId, versionId,
                        summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 2000),
                        OffsetDateTime.now(clock))
                .update();
    }

    public List<ProcessRecord> processRecord(long decisionId) {
        return jdbc.sql("select * from decision_process_record where decision_id = ? order by id").param(decisionId)
                .query((rs, n) -> new ProcessRecord(rs.getLong("id"), rs.getLong("decision_id"), rs.getInt("round_no"),
                        rs.getString("step"), rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                        rs.getObject("unit_id", Long.class), rs.getObject("version_id", Long.class),
                        rs.getString("summary"), CatalogStore.instant(rs, "recorded_at")))
                .list();
    }

    static MajorDecision map(ResultSet rs, int n) throws SQLException {
        String parties = rs.getString("interested_parties");
        return new MajorDecision(rs.getLong("id"), rs.getLong("catalog_item_id"), rs.getLong("unit_id"),
                rs.getLong("deciding_unit_id"), rs.getString("title"), DecisionStatus.valueOf(rs.getString("status")),
                new DecisionAttributes(rs.getBoolean("affects_public"), rs.getBoolean("major_public_interest"),
                        rs.getBoolean("livelihood"), rs.getBoolean("technical"), rs.getBoolean("stability_risk")),
                lines(parties), rs.getObject("current_version_id", Long.class), rs.getInt("round_no"),
                CatalogStore.instant(rs, "round_started_at"), rs.getString("change_reason"),
                rs.getObject("decided_version_id", Long.class), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("decided_topic_id", Long.class), rs.getObject("publication_date", LocalDate.class),
                rs.getString("publication_channels"), rs.getString("document_number"),
                rs.getObject("suspended_on", LocalDate.class), rs.getString("suspension_reason"),
                rs.getString("suspension_basis"), rs.getString("stopped_reason"),
                rs.getObject("archived_on", LocalDate.class), rs.getString("archive_no"), rs.getInt("lock_version"));
    }

    static DecisionVersion mapVersion(ResultSet rs, int n) throws SQLException {
        return new DecisionVersion(rs.getLong("id"), rs.getLong("decision_id"), rs.getInt("version_no"),
                rs.getInt("round_no"), rs.getString("title"), rs.getString("body"), rs.getString("explanation"),
                rs.getString("sha256"), rs.getString("note"), rs.getObject("created_by", Long.class),
                CatalogStore.instant(rs, "created_at"));
    }

    /** Non-empty lines of a text, stripped. */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** SHA-256 of a version's title, text and explanation, as the desk and the meeting record name it. */
    public static String sha256(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
