package org.fazhi.governance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.governance.FindingStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A finding of an inspection as an aggregate root (the row that carries the rectification procedure),
 * saved whole with {@code lockVersion}; its reports are written by {@link GovernanceStore}.
 */
@Table("finding")
public class FindingRecord {

    @Id
    private Long id;
    private Long inspectionId;
    private int findingNo;
    private String description;
    private Long ownerUnitId;
    private String ownerPerson;
    private String measures;
    private LocalDate dueDate;
    private FindingStatus status;
    private Long deadlineId;
    private LocalDate rectifiedOn;
    private LocalDate closedOn;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    FindingRecord() {
    }

    public static FindingRecord found(long inspectionId, int no, String description, long ownerUnitId,
            String ownerPerson, String measures, LocalDate dueDate, OffsetDateTime now) {
        FindingRecord r = new FindingRecord();
        r.inspectionId = inspectionId;
        r.findingNo = no;
        r.description = description;
        r.ownerUnitId = ownerUnitId;
        r.ownerPerson = ownerPerson;
        r.measures = measures;
        r.dueDate = dueDate;
        r.status = FindingStatus.OPEN;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(FindingStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void tracked(long deadline) {
        deadlineId = deadline;
    }

    public void rectified(LocalDate on, OffsetDateTime now) {
        rectifiedOn = on;
        updatedAt = now;
    }

    public void accepted(LocalDate on, OffsetDateTime now) {
        closedOn = on;
        updatedAt = now;
    }

    public void returned(OffsetDateTime now) {
        rectifiedOn = null;
        updatedAt = now;
    }
}
