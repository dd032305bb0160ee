package org.fazhi.review.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A review request as an aggregate root (Spring Data JDBC, versioned): the row that carries the
 * desk's procedure. Required changes and adviser consultations are appended by {@link ReviewStore}.
 */
@Table("review_request")
public class ReviewRecord {

    @Id
    private Long id;
    private ReviewType reviewType;
    private String module;
    private String subjectType;
    private String subjectId;
    private String title;
    private long versionId;
    private int versionNo;
    private String versionSha256;
    private String link;
    private int roundNo;
    private long submittingUnitId;
    private long decidingUnitId;
    private long deskUnitId;
    private Long submittedBy;
    private LocalDate receivedOn;
    private Long deadlineId;
    private ReviewStatus status;
    private ReviewOutcome outcome;
    private String opinion;
    private Long reviewerId;
    private LocalDate concludedOn;
    private String earlyReason;
    private String withdrawnReason;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    ReviewRecord() {
    }

    public static ReviewRecord received(ReviewType type, ReviewSubject s, int round, long submittingUnit, long decidingUnit,
            long deskUnit, Long submittedBy, LocalDate receivedOn, OffsetDateTime now) {
        ReviewRecord r = new ReviewRecord();
        r.reviewType = type;
        r.module = s.module();
        r.subjectType = s.subjectType();
        r.subjectId = s.subjectId();
        r.title = s.title();
        r.versionId = s.versionId();
        r.versionNo = s.versionNo();
        r.versionSha256 = s.versionSha256();
        r.link = s.link();
        r.roundNo = round;
        r.submittingUnitId = submittingUnit;
        r.decidingUnitId = decidingUnit;
        r.deskUnitId = deskUnit;
        r.submittedBy = submittedBy;
        r.receivedOn = receivedOn;
        r.status = ReviewStatus.SUBMITTED;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void tracked(long deadline) {
        deadlineId = deadline;
    }

    public void moveTo(ReviewStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    /** The complete materials arrived: the review period runs from then. */
    public void rebased(LocalDate received, long deadline, OffsetDateTime now) {
        receivedOn = received;
        deadlineId = deadline;
        updatedAt = now;
    }

    public void concluded(ReviewOutcome result, String text, long reviewer, LocalDate on, String early, OffsetDateTime now) {
        status = ReviewStatus.CONCLUDED;
        outcome = result;
        opinion = text;
        reviewerId = reviewer;
        concludedOn = on;
        earlyReason = early;
        updatedAt = now;
    }

    public void withdrawn(String reason, OffsetDateTime now) {
        status = ReviewStatus.WITHDRAWN;
        withdrawnReason = reason;
        updatedAt = now;
    }

    /** A change was answered: the request changed (its version moves on). */
    public void touched(OffsetDateTime now) {
        updatedAt = now;
    }
}
