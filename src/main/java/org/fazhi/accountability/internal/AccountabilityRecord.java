package org.fazhi.accountability.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.accountability.AccountabilitySource.Source;
import org.fazhi.accountability.AccountabilityStatus;
import org.fazhi.accountability.FaultKind;
import org.fazhi.accountability.Measure;
import org.fazhi.shared.privacy.Encrypted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An accountability record as an aggregate root: opened, perhaps extended once, then decided or cleared. */
@Table("accountability_case")
public class AccountabilityRecord {

    @Id
    private Long id;
    private Long unitId;
    private String sourceType;
    private Long sourceId;
    private String sourceTitle;
    private String sourceLink;
    private FaultKind fault;
    @Encrypted(AccountabilityStore.PERSON_NAME)
    private String personName;
    private String personPost;
    private LocalDate openedOn;
    private String facts;
    private AccountabilityStatus status;
    private boolean extended;
    private String extensionReason;
    private String extensionApprovedBy;
    private LocalDate concludedOn;
    private String decisionNo;
    private String measures;
    private String conclusion;
    private Long deadlineId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    AccountabilityRecord() {
    }

    public static AccountabilityRecord opened(Source source, FaultKind fault, String personName, String personPost,
            LocalDate openedOn, String facts, Long by, OffsetDateTime now) {
        AccountabilityRecord r = new AccountabilityRecord();
        r.unitId = source.unitId();
        r.sourceType = source.subjectType();
        r.sourceId = source.id();
        r.sourceTitle = source.title();
        r.sourceLink = source.link();
        r.fault = fault;
        r.personName = personName;
        r.personPost = personPost;
        r.openedOn = openedOn;
        r.facts = facts;
        r.status = AccountabilityStatus.OPEN;
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

    public void extend(String reason, String approvedBy, OffsetDateTime now) {
        extended = true;
        extensionReason = reason;
        extensionApprovedBy = approvedBy;
        updatedAt = now;
    }

    public void decide(LocalDate on, String number, List<Measure> taken, String summary, OffsetDateTime now) {
        status = AccountabilityStatus.DECIDED;
        concludedOn = on;
        decisionNo = number;
        measures = taken.stream().distinct().map(Measure::name).collect(Collectors.joining(","));
        conclusion = summary;
        updatedAt = now;
    }

    public void clear(LocalDate on, String reason, OffsetDateTime now) {
        status = AccountabilityStatus.CLEARED;
        concludedOn = on;
        conclusion = reason;
        updatedAt = now;
    }
}
