package org.fazhi.governance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.governance.AssessmentWeight;
import org.fazhi.governance.DutyStatement;
import org.fazhi.governance.Finding;
import org.fazhi.governance.FindingStatus;
import org.fazhi.governance.GroupMember;
import org.fazhi.governance.Inspection;
import org.fazhi.governance.InspectionKind;
import org.fazhi.governance.LeadingGroup;
import org.fazhi.governance.Meeting;
import org.fazhi.governance.MeetingKind;
import org.fazhi.governance.MemberRole;
import org.fazhi.governance.PlanKind;
import org.fazhi.governance.PlanStatus;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.Report;
import org.fazhi.governance.ReportKind;
import org.fazhi.governance.TaskStatus;
import org.fazhi.governance.WorkPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The governance tables other than the two aggregate roots' own columns: leading groups and their
 * rosters, 述法, plans, co-units, reports and evidence, meetings, inspections, findings (reads) and the
 * assessment weights.
 */
@Repository
public class GovernanceStore {

    private static final String TASK = "select t.*, p.unit_id as plan_unit_id, p.year_no as plan_year from plan_task t"
            + " join work_plan p on p.id = t.plan_id";
    private static final String FINDING = "select f.*, i.unit_id as inspection_unit_id, i.inspected_unit_id"
            + " from finding f join inspection i on i.id = f.inspection_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    GovernanceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ----- leading groups -----

    public long insertGroup(long unitId, int year, String name, Long officeUnitId, String officeNote,
            String documentRef, LocalDate establishedOn, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into leading_group (unit_id, year_no, name, office_unit_id, office_note, document_ref,"
                + " established_on, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(unitId, year, name, officeUnitId, officeNote, documentRef, establishedOn, by, now(), now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateGroup(long id, String name, Long officeUnitId, String officeNote, String documentRef,
            LocalDate establishedOn) {
        jdbc.sql("update leading_group set name = ?, office_unit_id = ?, office_note = ?, document_ref = ?,"
                + " established_on = ?, updated_at = ? where id = ?")
                .params(name, officeUnitId, officeNote, documentRef, establishedOn, now(), id).update();
    }

    public Optional<LeadingGroup> group(long id) {
        return jdbc.sql("select * from leading_group where id = ?").param(id).query((rs, n) -> group(rs)).optional();
    }

    public Optional<LeadingGroup> group(long unitId, int year) {
        return jdbc.sql("select * from leading_group where unit_id = ? and year_no = ?").params(unitId, year)
                .query((rs, n) -> group(rs)).optional();
    }

    public List<LeadingGroup> groups(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from leading_group where unit_id in (:units) and year_no = :y order by unit_id")
                .param("units", unitIds).param("y", year).query((rs, n) -> group(rs)).list();
    }

    private LeadingGroup group(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long office = rs.getLong("office_unit_id");
        Long officeUnit = rs.wasNull() ? null : office;
        return new LeadingGroup(id, rs.getLong("unit_id"), rs.getInt("year_no"), rs.getString("name"), officeUnit,
                rs.getString("office_note"), rs.getString("document_ref"),
                rs.getObject("established_on", LocalDate.class), members(id));
    }

    public List<GroupMember> members(long groupId) {
        return jdbc.sql("select * from leading_group_member where group_id = ? order by sort_no, id").param(groupId)
                .query((rs, n) -> member(rs)).list();
    }

    public Optional<GroupMember> member(long id) {
        return jdbc.sql("select * from leading_group_member where id = ?").param(id).query((rs, n) -> member(rs))
                .optional();
    }

    private static GroupMember member(ResultSet rs) throws SQLException {
        return new GroupMember(rs.getLong("id"), rs.getLong("group_id"), MemberRole.valueOf(rs.getString("member_role")),
                rs.getString("person_name"), rs.getString("post"), rs.getBoolean("principal"), rs.getInt("sort_no"));
    }

    public long insertMember(long groupId, MemberRole role, String name, String post, boolean principal, int sortNo) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into leading_group_member (group_id, member_role, person_name, post, principal, sort_no,"
                + " created_at) values (?,?,?,?,?,?,?)").params(groupId, role.name(), name, post, principal, sortNo,
                now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public int nextMemberSort(long groupId) {
        return jdbc.sql("select coalesce(max(sort_no), 0) + 1 from leading_group_member where group_id = ?")
                .param(groupId).query(Integer.class).single();
    }

    public void deleteMember(long id) {
        jdbc.sql("delete from leading_group_member where id = ?").param(id).update();
    }

    public boolean memberHasStatements(long memberId) {
        return jdbc.sql("select count(*) from duty_statement where member_id = ?").param(memberId).query(Long.class)
                .single() > 0;
    }

    // ----- 述法 -----

    public long insertStatement(long memberId, long unitId, int year, LocalDate givenOn, String occasion,
            String summary, Long fileId, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into duty_statement (member_id, unit_id, year_no, given_on, occasion, summary, file_id,"
                + " created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params(memberId, unitId, year, givenOn, occasion, summary, fileId, by, now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean statementExists(long memberId, int year) {
        return jdbc.sql("select count(*) from duty_statement where member_id = ? and year_no = ?")
                .params(memberId, year).query(Long.class).single() > 0;
    }

    public List<DutyStatement> statements(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select s.*, m.person_name, m.post from duty_statement s join leading_group_member m"
                + " on m.id = s.member_id where s.unit_id in (:units) and s.year_no = :y order by s.given_on, s.id")
                .param("units", unitIds).param("y", year)
                .query((rs, n) -> {
                    long file = rs.getLong("file_id");
                    return new DutyStatement(rs.getLong("id"), rs.getLong("member_id"), rs.getString("person_name"),
                            rs.getString("post"), rs.getLong("unit_id"), rs.getInt("year_no"),
                            rs.getObject("given_on", LocalDate.class), rs.getString("occasion"),
                            rs.getString("summary"), rs.wasNull() ? null : file);
                }).list();
    }

    // ----- plans -----

    public long insertPlan(long unitId, int year, PlanKind kind, String title, String documentNumber, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into work_plan (unit_id, year_no, kind, title, document_number, status, created_by,"
                + " created_at, updated_at) values (?,?,?,?,?,?,?,?,?)")
                .params(unitId, year, kind.name(), title, documentNumber, PlanStatus.DRAFT.name(), by, now(), now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<WorkPlan> plan(long id) {
        return jdbc.sql("select * from work_plan where id = ?").param(id).query(GovernanceStore::plan).optional();
    }

    /** The plan's row locked for the rest of the transaction. */
    public Optional<WorkPlan> lockPlan(long id) {
        jdbc.sql("select id from work_plan where id = ? for update").param(id).query(Long.class).optional();
        return plan(id);
    }

    public List<WorkPlan> plans(Collection<Long> unitIds, Integer year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from work_plan where unit_id in (:units)" + (year == null ? "" : " and year_no = :y")
                + " order by year_no desc, id desc").param("units", unitIds).param("y", year == null ? 0 : year)
                .query(GovernanceStore::plan).list();
    }

    public void issuePlan(long id, LocalDate on) {
        jdbc.sql("update work_plan set status = ?, issued_on = ?, updated_at = ? where id = ?")
                .params(PlanStatus.ISSUED.name(), on, now(), id).update();
    }

    private static WorkPlan plan(ResultSet rs, int n) throws SQLException {
        return new WorkPlan(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year_no"),
                PlanKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("document_number"),
                PlanStatus.valueOf(rs.getString("status")), rs.getObject("issued_on", LocalDate.class));
    }

    // ----- tasks -----

    public Optional<PlanTask> task(long id) {
        return jdbc.sql(TASK + " where t.id = ?").param(id).query((rs, n) -> task(rs)).optional()
                .map(this::withCoUnits);
    }

    public Optional<PlanTask> lockTask(long id) {
        jdbc.sql("select id from plan_task where id = ? for update").param(id).query(Long.class).optional();
        return task(id);
    }

    public List<PlanTask> tasksOfPlan(long planId) {
        return withCoUnits(jdbc.sql(TASK + " where t.plan_id = ? order by t.sort_no, t.id").param(planId)
                .query((rs, n) -> task(rs)).list());
    }

    /** Tasks whose responsible unit or a co-unit is one of {@code unitIds} (of plans of the year, or all). */
    public List<PlanTask> tasksOfUnits(Collection<Long> unitIds, Integer year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return withCoUnits(jdbc.sql(TASK + " where (t.lead_unit_id in (:units) or exists (select 1 from plan_task_co_unit c"
                + " where c.task_id = t.id and c.unit_id in (:units)))" + (year == null ? "" : " and p.year_no = :y")
                + " order by t.due_date, t.id").param("units", unitIds).param("y", year == null ? 0 : year)
                .query((rs, n) -> task(rs)).list());
    }

    /** Tasks of plans of these units (of the year). */
    public List<PlanTask> tasksOfPlanUnits(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return withCoUnits(jdbc.sql(TASK + " where p.unit_id in (:units) and p.year_no = :y and p.status = 'ISSUED'"
                + " order by t.plan_id, t.sort_no").param("units", unitIds).param("y", year).query((rs, n) -> task(rs))
                .list());
    }

    public void deleteTasksOfPlan(long planId) {
        jdbc.sql("delete from plan_task_co_unit where task_id in (select id from plan_task where plan_id = ?)")
                .param(planId).update();
        jdbc.sql("delete from plan_task where plan_id = ?").param(planId).update();
    }

    public void insertCoUnits(long taskId, Collection<Long> unitIds) {
        for (Long u : unitIds) {
            jdbc.sql("insert into plan_task_co_unit (task_id, unit_id) values (?,?)").params(taskId, u).update();
        }
    }

    private PlanTask task(ResultSet rs) throws SQLException {
        long deadline = rs.getLong("deadline_id");
        Long deadlineId = rs.wasNull() ? null : deadline;
        return new PlanTask(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("plan_unit_id"),
                rs.getInt("plan_year"), rs.getString("task_no"), rs.getInt("sort_no"), rs.getString("content"),
                rs.getLong("lead_unit_id"), List.of(), rs.getObject("due_date", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")), deadlineId, rs.getObject("completed_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getString("closure_note"), rs.getString("end_reason"),
                rs.getInt("lock_version"));
    }

    private PlanTask withCoUnits(PlanTask t) {
        return withCoUnits(List.of(t)).get(0);
    }

    private List<PlanTask> withCoUnits(List<PlanTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<Long, List<Long>> co = new HashMap<>();
        jdbc.sql("select task_id, unit_id from plan_task_co_unit where task_id in (:ids) order by unit_id")
                .param("ids", tasks.stream().map(PlanTask::id).toList())
                .query(rs -> {
                    co.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(rs.getLong("unit_id"));
                });
        return tasks.stream().map(t -> new PlanTask(t.id(), t.planId(), t.planUnitId(), t.planYear(), t.taskNo(),
                t.sortNo(), t.content(), t.leadUnitId(), co.getOrDefault(t.id(), List.of()), t.dueDate(), t.status(),
                t.deadlineId(), t.completedOn(), t.closedOn(), t.closureNote(), t.endReason(), t.version())).toList();
    }

    // ----- reports and evidence (tasks: task_report; findings: finding_report) -----

    public long insertReport(String table, String ownerColumn, long ownerId, ReportKind kind, long unitId,
            LocalDate on, String body, Collection<Long> fileIds, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into " + table + " (" + ownerColumn + ", kind, unit_id, reported_on, body, created_by,"
                + " created_at) values (?,?,?,?,?,?,?)").params(ownerId, kind.name(), unitId, on, body, by, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String evidence = table.equals("task_report") ? "task_evidence" : "finding_evidence";
        for (Long f : fileIds) {
            jdbc.sql("insert into " + evidence + " (report_id, file_id) values (?,?)").params(id, f).update();
        }
        return id;
    }

    public List<Report> reports(String table, String ownerColumn, long ownerId) {
        String evidence = table.equals("task_report") ? "task_evidence" : "finding_evidence";
        List<Report> reports = jdbc.sql("select * from " + table + " where " + ownerColumn + " = ? order by id")
                .param(ownerId).query((rs, n) -> new Report(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                        rs.getLong("unit_id"), rs.getObject("reported_on", LocalDate.class), rs.getString("body"),
                        List.of(), rs.getObject("created_by", Long.class))).list();
        if (reports.isEmpty()) {
            return reports;
        }
        Map<Long, List<Long>> files = new HashMap<>();
        jdbc.sql("select report_id, file_id from " + evidence + " where report_id in (:ids) order by file_id")
                .param("ids", reports.stream().map(Report::id).toList()).query(rs -> {
                    files.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(rs.getLong("file_id"));
                });
        return reports.stream().map(r -> new Report(r.id(), r.kind(), r.unitId(), r.reportedOn(), r.text(),
                files.getOrDefault(r.id(), List.of()), r.createdBy())).toList();
    }

    /** Whether the file is evidence of a report of the task or finding (downloads are checked against it). */
    public boolean isEvidence(String table, String ownerColumn, long ownerId, long fileId) {
        String evidence = table.equals("task_report") ? "task_evidence" : "finding_evidence";
        return jdbc.sql("select count(*) from " + evidence + " e join " + table + " r on r.id = e.report_id where r."
                + ownerColumn + " = ? and e.file_id = ?").params(ownerId, fileId).query(Long.class).single() > 0;
    }

    // ----- meetings -----

    public long insertMeeting(long unitId, MeetingKind kind, LocalDate heldOn, String topic, String participants,
            int count, String minutes, String venue, Collection<Long> fileIds, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into governance_meeting (unit_id, kind, held_on, topic, participants, participant_count,"
                + " minutes, venue, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(unitId, kind.name(), heldOn, topic, participants, count, minutes, venue, by, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long f : fileIds) {
            jdbc.sql("insert into meeting_file (meeting_id, file_id) values (?,?)").params(id, f).update();
        }
        return id;
    }

    public Optional<Meeting> meeting(long id) {
        return meetings("where id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<Meeting> meetings(Collection<Long> unitIds, LocalDate from, LocalDate to, MeetingKind kind) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("units", unitIds);
        p.put("from", from);
        p.put("to", to);
        p.put("kind", kind == null ? "" : kind.name());
        return meetings("where unit_id in (:units) and held_on between :from and :to"
                + (kind == null ? "" : " and kind = :kind") + " order by held_on desc, id desc", p);
    }

    private List<Meeting> meetings(String where, Map<String, ?> params) {
        var spec = jdbc.sql("select * from governance_meeting " + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Meeting> rows = spec.query((rs, n) -> new Meeting(rs.getLong("id"), rs.getLong("unit_id"),
                MeetingKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("topic"), rs.getString("participants"), rs.getInt("participant_count"),
                rs.getString("minutes"), rs.getString("venue"), List.of())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> files = new HashMap<>();
        jdbc.sql("select meeting_id, file_id from meeting_file where meeting_id in (:ids)")
                .param("ids", rows.stream().map(Meeting::id).toList()).query(rs -> {
                    files.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>()).add(rs.getLong("file_id"));
                });
        return rows.stream().map(m -> new Meeting(m.id(), m.unitId(), m.kind(), m.heldOn(), m.topic(), m.participants(),
                m.participantCount(), m.minutes(), m.venue(), files.getOrDefault(m.id(), List.of()))).toList();
    }

    // ----- inspections and findings -----

    public long insertInspection(long unitId, long inspectedUnitId, InspectionKind kind, Integer half, LocalDate on,
            String inspector, String summary, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into inspection (unit_id, inspected_unit_id, kind, half_no, inspected_on, inspector, summary,"
                + " created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params(unitId, inspectedUnitId, kind.name(), half, on, inspector, summary, by, now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Inspection> inspection(long id) {
        return jdbc.sql("select * from inspection where id = ?").param(id).query(GovernanceStore::inspection)
                .optional();
    }

    /** Inspections organised by or of these units, in the date range. */
    public List<Inspection> inspections(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from inspection where (unit_id in (:units) or inspected_unit_id in (:units))"
                + " and inspected_on between :from and :to order by inspected_on desc, id desc")
                .param("units", unitIds).param("from", from).param("to", to).query(GovernanceStore::inspection).list();
    }

    private static Inspection inspection(ResultSet rs, int n) throws SQLException {
        int half = rs.getInt("half_no");
        Integer h = rs.wasNull() ? null : half;
        return new Inspection(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("inspected_unit_id"),
                InspectionKind.valueOf(rs.getString("kind")), h, rs.getObject("inspected_on", LocalDate.class),
                rs.getString("inspector"), rs.getString("summary"));
    }

    public Optional<Finding> finding(long id) {
        return jdbc.sql(FINDING + " where f.id = ?").param(id).query(GovernanceStore::finding).optional();
    }

    public Optional<Finding> lockFinding(long id) {
        jdbc.sql("select id from finding where id = ? for update").param(id).query(Long.class).optional();
        return finding(id);
    }

    public List<Finding> findingsOf(long inspectionId) {
        return jdbc.sql(FINDING + " where f.inspection_id = ? order by f.finding_no").param(inspectionId)
                .query(GovernanceStore::finding).list();
    }

    /** Findings owned by these units or of inspections of or by them (of inspections in the range). */
    public List<Finding> findings(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FINDING + " where (f.owner_unit_id in (:units) or i.unit_id in (:units)"
                + " or i.inspected_unit_id in (:units)) and i.inspected_on between :from and :to"
                + " order by f.due_date, f.id").param("units", unitIds).param("from", from).param("to", to)
                .query(GovernanceStore::finding).list();
    }

    public int nextFindingNo(long inspectionId) {
        return jdbc.sql("select coalesce(max(finding_no), 0) + 1 from finding where inspection_id = ?")
                .param(inspectionId).query(Integer.class).single();
    }

    private static Finding finding(ResultSet rs, int n) throws SQLException {
        long deadline = rs.getLong("deadline_id");
        Long deadlineId = rs.wasNull() ? null : deadline;
        return new Finding(rs.getLong("id"), rs.getLong("inspection_id"), rs.getLong("inspection_unit_id"),
                rs.getLong("inspected_unit_id"), rs.getInt("finding_no"), rs.getString("description"),
                rs.getLong("owner_unit_id"), rs.getString("owner_person"), rs.getString("measures"),
                rs.getObject("due_date", LocalDate.class), FindingStatus.valueOf(rs.getString("status")), deadlineId,
                rs.getObject("rectified_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getInt("lock_version"));
    }

    // ----- assessment weights -----

    public Optional<AssessmentWeight> weight(long unitId, int year) {
        return jdbc.sql("select * from assessment_weight where unit_id = ? and year_no = ?").params(unitId, year)
                .query(GovernanceStore::weight).optional();
    }

    public List<AssessmentWeight> weights(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from assessment_weight where unit_id in (:units) and year_no = :y order by unit_id")
                .param("units", unitIds).param("y", year).query(GovernanceStore::weight).list();
    }

    public long upsertWeight(long unitId, int year, BigDecimal total, BigDecimal ruleOfLaw, String documentRef,
            String note, Long by) {
        Optional<AssessmentWeight> existing = weight(unitId, year);
        if (existing.isPresent()) {
            jdbc.sql("update assessment_weight set total_points = ?, rule_of_law_points = ?, document_ref = ?,"
                    + " note = ?, updated_at = ? where id = ?").params(total, ruleOfLaw, documentRef, note, now(),
                    existing.get().id()).update();
            return existing.get().id();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment_weight (unit_id, year_no, total_points, rule_of_law_points, document_ref,"
                + " note, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?)")
                .params(unitId, year, total, ruleOfLaw, documentRef, note, by, now(), now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static AssessmentWeight weight(ResultSet rs, int n) throws SQLException {
        return new AssessmentWeight(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year_no"),
                rs.getBigDecimal("total_points"), rs.getBigDecimal("rule_of_law_points"), rs.getString("document_ref"),
                rs.getString("note"));
    }
}
