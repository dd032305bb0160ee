package org.fazhi.lists.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.lists.ListVersionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A version of a list as an aggregate root (the row that carries the procedure): Spring Data JDBC
 * saves it whole, and {@code lockVersion} makes every save conditional on the version read, so a
 * concurrent or stale change fails as stale (409). Its entries, participation records and review
 * texts are written by {@link ListStore}; every change of the entries goes through {@link #contentChanged}
 * so the revision and the content hash the review desk compares always match the entries.
 */
@Table("list_version")
public class ListVersionRecord {

    @Id
    private Long id;
    private Long listId;
    private int versionNo;
    private ListVersionStatus status;
    private String reason;
    private boolean participationRequired;
    private String noParticipationReason;
    private int revision;
    private String contentSha256;
    private int itemCount;
    private LocalDate effectiveDate;
    private LocalDate publishedOn;
    private boolean imported;
    private String withdrawnReason;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    ListVersionRecord() {
    }

    /** A new adjustment of a list, in drafting, starting from the content of {@code copied} entries. */
    public static ListVersionRecord drafted(long listId, int versionNo, String reason, boolean participationRequired,
            String noParticipationReason, String sha256, int itemCount, Long createdBy, OffsetDateTime now) {
        ListVersionRecord r = new ListVersionRecord();
        r.listId = listId;
        r.versionNo = versionNo;
        r.status = ListVersionStatus.DRAFTING;
        r.reason = reason;
        r.participationRequired = participationRequired;
        r.noParticipationReason = noParticipationReason;
        r.revision = 1;
        r.contentSha256 = sha256;
        r.itemCount = itemCount;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** An existing list loaded as published and in force from {@code effective} (not adjusted here). */
    public static ListVersionRecord imported(long listId, int versionNo, String reason, String sha256, int itemCount,
            LocalDate effective, LocalDate on, Long createdBy, OffsetDateTime now) {
        ListVersionRecord r = drafted(listId, versionNo, reason, false, null, sha256, itemCount, createdBy, now);
        r.status = ListVersionStatus.PUBLISHED;
        r.effectiveDate = effective;
        r.publishedOn = on;
        r.imported = true;
        return r;
    }

    public Long id() {
        return id;
    }

    public int revision() {
        return revision;
    }

    public void moveTo(ListVersionStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    /** The entries changed: a new revision with its hash and count. */
    public void contentChanged(String sha256, int count, OffsetDateTime now) {
        revision++;
        contentSha256 = sha256;
        itemCount = count;
        updatedAt = now;
    }

    public void published(LocalDate effective, LocalDate on, OffsetDateTime now) {
        effectiveDate = effective;
        publishedOn = on;
        updatedAt = now;
    }

    public void withdrawn(String why, OffsetDateTime now) {
        withdrawnReason = why;
        updatedAt = now;
    }
}
