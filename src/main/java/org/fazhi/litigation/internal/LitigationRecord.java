package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.litigation.LitigationRequest;
import org.fazhi.litigation.LitigationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One instance of a suit as an aggregate root (Spring Data JDBC, {@code @Version}); its hearings are
 * appended by {@link CourtHearingStore}. The steps change it only through the methods below.
 */
@Table("litigation_case")
public class LitigationRecord {

    @Id
    private Long id;
    private Long unitId;
    private Long previousCaseId;
    private String stage;
    private LitigationStatus status;
    private String court;
    private String caseNo;
    private String cause;
    private String plaintiff;
    private String plaintiffType;
    private String actDescription;
    private String filingBasis;
    private LocalDate actDate;
    private LocalDate knowledgeDate;
    private boolean informedOfPeriod;
    private LocalDate periodKnownDate;
    private LocalDate reconsiderationReceivedOn;
    private LocalDate dutyRequestedOn;
    private boolean emergency;
    private boolean realProperty;
    private LocalDate filedOn;
    private LocalDate complaintReceivedOn;
    private boolean majorInterest;
    private boolean disclosureSubject;
    private boolean windowOk;
    private LocalDate windowDate;
    private String windowRule;
    private LocalDate answerSubmittedOn;
    private String answerSummary;
    private Long answerDeadlineId;
    private String judgmentKind;
    private String outcome;
    private String judgmentNo;
    private LocalDate servedOn;
    private Boolean requiresPerformance;
    private String judgmentSummary;
    private LocalDate effectiveOn;
    private String appellant;
    private LocalDate appealFiledOn;
    private LocalDate performedOn;
    private String performanceSummary;
    private LocalDate reportedOn;
    private LocalDate closedOn;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    LitigationRecord() {
    }

    /** A new instance, pending, with its filing window as checked. */
    public static LitigationRecord filed(long unitId, LitigationRequest r, boolean windowOk, LocalDate windowDate,
            String windowRule, Long createdBy, OffsetDateTime now) {
        LitigationRecord c = new LitigationRecord();
        c.unitId = unitId;
        c.previousCaseId = r.previousCaseId();
        c.stage = r.stage().name();
        c.status = LitigationStatus.PENDING;
        c.court = r.court().strip();
        c.caseNo = r.caseNo().strip();
        c.cause = r.cause().strip();
        c.plaintiff = r.plaintiff().strip();
        c.plaintiffType = r.plaintiffType().name();
        c.actDescription = r.actDescription().strip();
        c.filingBasis = r.filingBasis().name();
        c.actDate = r.actDate();
        c.knowledgeDate = r.knowledgeDate();
        c.informedOfPeriod = r.informedOfPeriod() == null || r.informedOfPeriod();
        c.periodKnownDate = r.periodKnownDate();
        c.reconsiderationReceivedOn = r.reconsiderationReceivedOn();
        c.dutyRequestedOn = r.dutyRequestedOn();
        c.emergency = r.emergency();
        c.realProperty = r.realProperty();
        c.filedOn = r.filedOn();
        c.complaintReceivedOn = r.complaintReceivedOn();
        c.majorInterest = r.majorInterest();
        c.disclosureSubject = r.disclosureSubject();
        c.windowOk = windowOk;
        c.windowDate = windowDate;
        c.windowRule = windowRule;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    public Long id() {
        return id;
    }

    public void moveTo(LitigationStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void answerClock(Long deadline) {
        answerDeadlineId = deadline;
    }

    public void defended(LocalDate on, String summary) {
        answerSubmittedOn = on;
        answerSummary = summary;
    }

    public void judged(String kind, String result, String number, LocalDate served, boolean perform, String summary) {
        judgmentKind = kind;
        outcome = result;
        judgmentNo = number;
        servedOn = served;
        requiresPerformance = perform;
        judgmentSummary = summary;
    }

    public void appealed(String by, LocalDate on) {
        appellant = by;
        appealFiledOn = on;
        closedOn = on;
    }

    public void effective(LocalDate on) {
        effectiveOn = on;
    }

    public void fulfilled(LocalDate on, String summary, LocalDate reported) {
        performedOn = on;
        performanceSummary = summary;
        reportedOn = reported;
        closedOn = on;
    }

    public void closed(LocalDate on) {
        closedOn = on;
    }
}
