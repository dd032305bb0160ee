package org.fazhi.decisions.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.decisions.CatalogStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision catalog as an aggregate root (the row that carries its procedure), saved whole with
 * {@code lockVersion}; items and amendments are appended by {@link CatalogStore}.
 */
@Table("decision_catalog")
public class CatalogRecord {

    @Id
    private Long id;
    private Long unitId;
    @Column("year_no")
    private int year;
    private String title;
    private CatalogStatus status;
    private int versionNo;
    private String approvedBy;
    private String approvalRef;
    private LocalDate approvedOn;
    private Long approvalRecordedBy;
    private LocalDate publishedOn;
    private Long publishedBy;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    CatalogRecord() {
    }

    public static CatalogRecord started(long unitId, int year, String title, Long by, OffsetDateTime now) {
        CatalogRecord r = new CatalogRecord();
        r.unitId = unitId;
        r.year = year;
        r.title = title;
        r.status = CatalogStatus.DRAFTING;
        r.versionNo = 1;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(CatalogStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void approved(String by, String ref, LocalDate on, Long recordedBy, OffsetDateTime now) {
        this.approvedBy = by;
        this.approvalRef = ref;
        this.approvedOn = on;
        this.approvalRecordedBy = recordedBy;
        this.updatedAt = now;
    }

    public void published(LocalDate on, Long by, OffsetDateTime now) {
        this.publishedOn = on;
        this.publishedBy = by;
        this.updatedAt = now;
    }

    /** An amendment made the next version. */
    public int amended(OffsetDateTime now) {
        this.versionNo++;
        this.updatedAt = now;
        return versionNo;
    }

    public void touched(OffsetDateTime now) {
        this.updatedAt = now;
    }
}
