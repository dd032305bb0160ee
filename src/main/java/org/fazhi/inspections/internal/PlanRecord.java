package org.fazhi.inspections.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.inspections.PlanStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The inspection plan as an aggregate root, saved whole and conditional on the version read. */
@Table("inspection_plan")
public class PlanRecord {

    @Id
    private Long id;
    private Long unitId;
    private Long agencyId;
    private Long itemId;
    private String title;
    private Integer yearNo;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer objectCount;
    private PlanStatus status;
    private String algorithm;
    private String seed;
    private String objectPoolDigest;
    private String inspectorPoolDigest;
    private String resultDigest;
    private LocalDate drawnOn;
    private Long drawnBy;
    private LocalDate publishedOn;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    PlanRecord() {
    }

    public static PlanRecord planned(long unitId, long agencyId, long itemId, String title, LocalDate startsOn,
            LocalDate endsOn, Integer objectCount, Long createdBy, OffsetDateTime now) {
        PlanRecord r = new PlanRecord();
        r.unitId = unitId;
        r.agencyId = agencyId;
        r.itemId = itemId;
        r.title = title;
        r.yearNo = startsOn.getYear();
        r.startsOn = startsOn;
        r.endsOn = endsOn;
        r.objectCount = objectCount;
        r.status = PlanStatus.PLANNED;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void drawn(String algorithm, String seed, int count, String objectDigest, String inspectorDigest,
            String resultDigest, LocalDate on, Long by, OffsetDateTime now) {
        this.algorithm = algorithm;
        this.seed = seed;
        this.objectCount = count;
        this.objectPoolDigest = objectDigest;
        this.inspectorPoolDigest = inspectorDigest;
        this.resultDigest = resultDigest;
        this.drawnOn = on;
        this.drawnBy = by;
        this.status = PlanStatus.DRAWN;
        this.updatedAt = now;
    }

    public void published(LocalDate on, OffsetDateTime now) {
        publishedOn = on;
        status = PlanStatus.PUBLISHED;
        updatedAt = now;
    }

    public void touched(OffsetDateTime now) {
        updatedAt = now;
    }
}
