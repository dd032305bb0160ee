package org.fazhi.governance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.governance.TaskStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task of a work plan as an aggregate root (the row that carries the task procedure): saved whole by
 * Spring Data JDBC, every save conditional on the version read ({@code lockVersion}: a stale save fails
 * with 409). Its co-units and reports are written by {@link GovernanceStore}.
 */
@Table("plan_task")
public class PlanTaskRecord {

    @Id
    private Long id;
    private Long planId;
    private String taskNo;
    private int sortNo;
    private String content;
    private Long leadUnitId;
    private LocalDate dueDate;
    private TaskStatus status;
    private Long deadlineId;
    private LocalDate completedOn;
    private LocalDate closedOn;
    private String closureNote;
    private String endReason;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    PlanTaskRecord() {
    }

    /** A task of a plan being prepared. */
    public static PlanTaskRecord planned(long planId, String taskNo, int sortNo, String content, long leadUnitId,
            LocalDate dueDate, OffsetDateTime now) {
        PlanTaskRecord r = new PlanTaskRecord();
        r.planId = planId;
        r.taskNo = taskNo;
        r.sortNo = sortNo;
        r.content = content;
        r.leadUnitId = leadUnitId;
        r.dueDate = dueDate;
        r.status = TaskStatus.PLANNED;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(TaskStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void tracked(long deadline) {
        deadlineId = deadline;
    }

    public void completed(LocalDate on, String note, OffsetDateTime now) {
        completedOn = on;
        closureNote = note;
        updatedAt = now;
    }

    public void confirmed(LocalDate on, OffsetDateTime now) {
        closedOn = on;
        updatedAt = now;
    }

    /** Sent back for more work: the reported completion no longer stands. */
    public void returned(String reason, OffsetDateTime now) {
        completedOn = null;
        endReason = reason;
        updatedAt = now;
    }

    public void cancelled(String reason, OffsetDateTime now) {
        endReason = reason;
        updatedAt = now;
    }
}
