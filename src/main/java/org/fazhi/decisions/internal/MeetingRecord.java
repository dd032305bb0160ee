package org.fazhi.decisions.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.decisions.MeetingKind;
import org.fazhi.decisions.MeetingStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A government meeting as an aggregate root; attendees, topics and speeches are appended by {@link MeetingStore}. */
@Table("government_meeting")
public class MeetingRecord {

    @Id
    private Long id;
    private Long unitId;
    private MeetingKind kind;
    private String title;
    private LocalDate meetingDate;
    private String place;
    private MeetingStatus status;
    private OffsetDateTime heldAt;
    private LocalDate closedOn;
    private Long closedBy;
    private String cancelledReason;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    MeetingRecord() {
    }

    public static MeetingRecord convened(long unitId, MeetingKind kind, String title, LocalDate date, String place,
            Long by, OffsetDateTime now) {
        MeetingRecord r = new MeetingRecord();
        r.unitId = unitId;
        r.kind = kind;
        r.title = title;
        r.meetingDate = date;
        r.place = place;
        r.status = MeetingStatus.PLANNED;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(MeetingStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void held(OffsetDateTime now) {
        this.heldAt = now;
        this.updatedAt = now;
    }

    public void closed(LocalDate on, Long by, OffsetDateTime now) {
        this.closedOn = on;
        this.closedBy = by;
        this.updatedAt = now;
    }

    public void cancelled(String reason, OffsetDateTime now) {
        this.cancelledReason = reason;
        this.updatedAt = now;
    }

    public void touched(OffsetDateTime now) {
        this.updatedAt = now;
    }
}
