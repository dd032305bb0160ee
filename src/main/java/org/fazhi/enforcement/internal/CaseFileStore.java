package org.fazhi.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.enforcement.ActKind;
import org.fazhi.enforcement.CaseAct;
import org.fazhi.enforcement.CaseExtension;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The records that belong to a case and are only appended: its team (case_officer), its acts with
 * the people at each (case_act, case_act_officer), its evidence (case_evidence), the packets sent to
 * the review desk (case_review_packet) and the approved extensions (case_extension).
 */
@Repository
public class CaseFileStore {

    /** A packet of text sent to the review desk. */
    public record Packet(Long id, long caseId, int packetNo, int proposalVersion, String title, String body,
            String sha256) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseFileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ----- team -----

    /** The officer ids on the case's team now. */
    public List<Long> team(long caseId) {
        return jdbc.sql("select officer_id from case_officer where case_id = ? and released_on is null order by id")
                .param(caseId).query(Long.class).list();
    }

    public void assign(long caseId, long officerId, LocalDate on) {
        jdbc.sql("insert into case_officer (case_id, officer_id, assigned_on) values (?,?,?)")
                .params(caseId, officerId, on).update();
    }

    public void release(long caseId, long officerId, LocalDate on) {
        jdbc.sql("update case_officer set released_on = ? where case_id = ? and officer_id = ? and released_on is null")
                .params(on, caseId, officerId).update();
    }

    // ----- acts -----

    public long insertAct(long caseId, ActKind kind, LocalDate on, String place, String summary, Long createdBy,
            List<CaseAct.ActOfficer> people) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_act (case_id, act_kind, act_on, place, summary, created_by, created_at)"
                + " values (?,?,?,?,?,?,?)")
                .params(caseId, kind.name(), on, place, summary, createdBy, OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (CaseAct.ActOfficer p : people) {
            jdbc.sql("insert into case_act_officer (act_id, officer_id, certificate_no, auxiliary) values (?,?,?,?)")
                    .params(id, p.officerId(), p.certificateNo(), p.auxiliary()).update();
        }
        return id;
    }

    public List<CaseAct> acts(long caseId) {
        List<CaseAct> heads = jdbc.sql("select * from case_act where case_id = ? order by act_on, id").param(caseId)
                .query((rs, n) -> new CaseAct(rs.getLong("id"), rs.getLong("case_id"),
                        ActKind.valueOf(rs.getString("act_kind")), Rows.date(rs, "act_on"), rs.getString("place"),
                        rs.getString("summary"), List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<CaseAct.ActOfficer>> people = new LinkedHashMap<>();
        jdbc.sql("select ao.*, o.name from case_act_officer ao join enforcement_officer o on o.id = ao.officer_id"
                + " where ao.act_id in (:ids) order by ao.auxiliary, o.name").param("ids",
                        heads.stream().map(CaseAct::id).toList())
                .query(rs -> {
                    people.computeIfAbsent(rs.getLong("act_id"), k -> new ArrayList<>())
                            .add(new CaseAct.ActOfficer(rs.getLong("officer_id"), rs.getString("name"),
                                    rs.getString("certificate_no"), rs.getBoolean("auxiliary")));
                });
        return heads.stream().map(a -> new CaseAct(a.id(), a.caseId(), a.kind(), a.on(), a.place(), a.summary(),
                people.getOrDefault(a.id(), List.of()))).toList();
    }

    // ----- evidence -----

    public long insertEvidence(long caseId, long fileId, String title, EvidenceKind kind, EvidenceStage stage,
            String sha256, String sm3, long size, Instant capturedAt, String place, Long actId, Long addedBy,
            Long supersedes, String reason) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_evidence (case_id, file_id, title, kind, stage, sha256, sm3, size_bytes, captured_at,"
                + " captured_place, act_id, added_by, added_at, supersedes_id, supersede_reason)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(caseId, fileId, title, kind.name(), stage.name(), sha256, sm3, size,
                        capturedAt.atOffset(ZoneOffset.UTC), place, actId, addedBy, OffsetDateTime.now(clock),
                        supersedes, reason)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (supersedes != null) {
            jdbc.sql("update case_evidence set superseded_by = ? where id = ? and superseded_by is null")
                    .params(id, supersedes).update();
        }
        return id;
    }

    public Optional<EvidenceItem> evidence(long id) {
        return jdbc.sql("select * from case_evidence where id = ?").param(id).query(CaseFileStore::evidence)
                .optional();
    }

    public List<EvidenceItem> evidenceOf(long caseId) {
        return jdbc.sql("select * from case_evidence where case_id = ? order by added_at, id").param(caseId)
                .query(CaseFileStore::evidence).list();
    }

    /** The stages with current evidence, per case, for many cases at once (metrics). */
    public Map<Long, List<EvidenceStage>> stagesOf(Collection<Long> caseIds) {
        Map<Long, List<EvidenceStage>> stages = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return stages;
        }
        jdbc.sql("select case_id, stage from case_evidence where case_id in (:ids) and superseded_by is null")
                .param("ids", caseIds).query(rs -> {
                    stages.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>())
                            .add(EvidenceStage.valueOf(rs.getString("stage")));
                });
        return stages;
    }

    static EvidenceItem evidence(ResultSet rs, int n) throws SQLException {
        return new EvidenceItem(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("file_id"), rs.getString("title"),
                EvidenceKind.valueOf(rs.getString("kind")), EvidenceStage.valueOf(rs.getString("stage")),
                rs.getString("sha256"), rs.getString("sm3"), rs.getLong("size_bytes"),
                rs.getObject("captured_at", OffsetDateTime.class).toInstant(), rs.getString("captured_place"),
                Rows.longOrNull(rs, "act_id"), Rows.longOrNull(rs, "added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(), Rows.longOrNull(rs, "supersedes_id"),
                Rows.longOrNull(rs, "superseded_by"), rs.getString("supersede_reason"));
    }

    // ----- review packets -----

    public long insertPacket(long caseId, int proposalVersion, String title, String body, String sha256,
            Long createdBy) {
        int no = jdbc.sql("select coalesce(max(packet_no), 0) from case_review_packet where case_id = ?").param(caseId)
                .query(Integer.class).single() + 1;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_review_packet (case_id, packet_no, proposal_version, title, body_text, sha256,"
                + " created_by, created_at) values (?,?,?,?,?,?,?,?)")
                .params(caseId, no, proposalVersion, title, body, sha256, createdBy, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Packet> packet(long id) {
        return jdbc.sql("select * from case_review_packet where id = ?").param(id).query(CaseFileStore::packet)
                .optional();
    }

    public List<Packet> packets(long caseId) {
        return jdbc.sql("select * from case_review_packet where case_id = ? order by packet_no").param(caseId)
                .query(CaseFileStore::packet).list();
    }

    static Packet packet(ResultSet rs, int n) throws SQLException {
        return new Packet(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("packet_no"),
                rs.getInt("proposal_version"), rs.getString("title"), rs.getString("body_text"),
                rs.getString("sha256"));
    }

    // ----- extensions -----

    public long insertExtension(long caseId, String approvedBy, LocalDate approvedOn, String reason, LocalDate before,
            LocalDate after, Long createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_extension (case_id, approved_by, approved_on, reason, due_before, due_after,"
                + " created_by, created_at) values (?,?,?,?,?,?,?,?)")
                .params(caseId, approvedBy, approvedOn, reason, before, after, createdBy, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<CaseExtension> extensions(long caseId) {
        return jdbc.sql("select * from case_extension where case_id = ? order by approved_on, id").param(caseId)
                .query((rs, n) -> new CaseExtension(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("approved_by"), Rows.date(rs, "approved_on"), rs.getString("reason"),
                        Rows.date(rs, "due_before"), Rows.date(rs, "due_after")))
                .list();
    }
}
