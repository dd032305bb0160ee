package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.reconsideration.LetterStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An opinion or suggestion letter as an aggregate root with its own small procedure (issued, then
 * the correction reported), saved with optimistic locking.
 */
@Table("reconsideration_letter")
public class LetterRecord {

    @Id
    private Long id;
    private Long caseId;
    private Long unitId;
    private Long recipientUnitId;
    private String kind;
    private String letterNo;
    private LocalDate issuedOn;
    private LocalDate servedOn;
    private String content;
    private LetterStatus status;
    private LocalDate reportedOn;
    private String reportSummary;
    private Long deadlineId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    LetterRecord() {
    }

    public static LetterRecord issued(long caseId, long unitId, long recipientUnitId, String kind, String letterNo,
            LocalDate issuedOn, LocalDate servedOn, String content, Long createdBy, OffsetDateTime now) {
        LetterRecord r = new LetterRecord();
        r.caseId = caseId;
        r.unitId = unitId;
        r.recipientUnitId = recipientUnitId;
        r.kind = kind;
        r.letterNo = letterNo;
        r.issuedOn = issuedOn;
        r.servedOn = servedOn;
        r.content = content;
        r.status = LetterStatus.ISSUED;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void clock(Long deadline) {
        deadlineId = deadline;
    }

    public void reported(LocalDate on, String summary, OffsetDateTime now) {
        status = LetterStatus.REPORTED;
        reportedOn = on;
        reportSummary = summary;
        updatedAt = now;
    }
}
