package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.litigation.SuggestionIssuer;
import org.fazhi.litigation.SuggestionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A court's or procuratorate's suggestion as an aggregate root (received, then replied). */
@Table("judicial_suggestion")
public class SuggestionRecord {

    @Id
    private Long id;
    private Long unitId;
    private String court;
    private String suggestionNo;
    private LocalDate receivedOn;
    private String content;
    private Long litigationCaseId;
    private LocalDate replyDue;
    private SuggestionIssuer issuer;
    private SuggestionStatus status;
    private LocalDate repliedOn;
    private String replySummary;
    private Long deadlineId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    SuggestionRecord() {
    }

    public static SuggestionRecord received(long unitId, SuggestionIssuer issuer, String court, String number, LocalDate receivedOn,
            String content, Long caseId, LocalDate replyDue, Long by, OffsetDateTime now) {
        SuggestionRecord r = new SuggestionRecord();
        r.unitId = unitId;
        r.issuer = issuer;
        r.court = court;
        r.suggestionNo = number;
        r.receivedOn = receivedOn;
        r.content = content;
        r.litigationCaseId = caseId;
        r.replyDue = replyDue;
        r.status = SuggestionStatus.RECEIVED;
        r.createdBy = by;
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

    public void replied(LocalDate on, String summary, OffsetDateTime now) {
        status = SuggestionStatus.REPLIED;
        repliedOn = on;
        replySummary = summary;
        updatedAt = now;
    }
}
