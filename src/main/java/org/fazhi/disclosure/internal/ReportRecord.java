package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.disclosure.ReportKind;
import org.fazhi.disclosure.ReportStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An annual report as an aggregate root, saved whole with {@code lockVersion}; its entered cells are in {@link ReportStore}. */
@Table("disclosure_report")
public class ReportRecord {

    @Id
    private Long id;
    private Long unitId;
    private Integer yearNo;
    private ReportKind kind;
    private String overviewText;
    private String problemsText;
    private String otherText;
    private ReportStatus status;
    private Long submittedBy;
    private Long approvedBy;
    private LocalDate approvedOn;
    private LocalDate publishedOn;
    private Long deadlineId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    ReportRecord() {
    }

    public static ReportRecord opened(long unitId, int year, ReportKind kind, Long by, OffsetDateTime now) {
        ReportRecord r = new ReportRecord();
        r.unitId = unitId;
        r.yearNo = year;
        r.kind = kind;
        r.status = ReportStatus.DRAFT;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public int year() {
        return yearNo;
    }

    public ReportKind kind() {
        return kind;
    }

    public ReportStatus status() {
        return status;
    }

    public String overview() {
        return overviewText;
    }

    public String problems() {
        return problemsText;
    }

    public String other() {
        return otherText;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public Long approvedBy() {
        return approvedBy;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Long deadlineId() {
        return deadlineId;
    }

    public int version() {
        return lockVersion == null ? 0 : lockVersion;
    }

    public void tracked(long deadline) {
        deadlineId = deadline;
    }

    public void texts(String overview, String problems, String other, OffsetDateTime now) {
        overviewText = overview;
        problemsText = problems;
        otherText = other;
        updatedAt = now;
    }

    public void moveTo(ReportStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void submitted(Long by) {
        submittedBy = by;
    }

    public void published(Long by, LocalDate on) {
        approvedBy = by;
        approvedOn = on;
        publishedOn = on;
    }

    public void returned() {
        submittedBy = null;
    }
}
