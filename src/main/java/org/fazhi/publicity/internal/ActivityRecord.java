package org.fazhi.publicity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.publicity.ActivityKind;
import org.fazhi.publicity.ActivityStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A publicity activity as an aggregate root (the row that carries the procedure): saved whole by Spring Data
 * JDBC, every save conditional on the version read. The steps change it only through the methods below.
 */
@Table("publicity_activity")
public class ActivityRecord {

    @Id
    private Long id;
    private Long unitId;
    private Long dutyId;
    private String title;
    private ActivityKind kind;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;
    private String audience;
    private String description;
    private String materials;
    private ActivityStatus status;
    private LocalDate announcedOn;
    private LocalDate heldOn;
    private Integer participants;
    private Integer copies;
    private String cancelReason;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    ActivityRecord() {
    }

    /** An activity planned by a unit. */
    public static ActivityRecord planned(long unitId, Long dutyId, String title, ActivityKind kind,
            LocalDate startsOn, LocalDate endsOn, String place, String audience, String description,
            String materials, Long by, OffsetDateTime now) {
        ActivityRecord r = new ActivityRecord();
        r.unitId = unitId;
        r.dutyId = dutyId;
        r.title = title;
        r.kind = kind;
        r.startsOn = startsOn;
        r.endsOn = endsOn;
        r.place = place;
        r.audience = audience;
        r.description = description;
        r.materials = materials;
        r.status = ActivityStatus.PLANNED;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(ActivityStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void announced(LocalDate on) {
        announcedOn = on;
    }

    public void held(LocalDate on, int participants, int copies) {
        heldOn = on;
        this.participants = participants;
        this.copies = copies;
    }

    public void cancelled(String reason) {
        cancelReason = reason;
    }
}
