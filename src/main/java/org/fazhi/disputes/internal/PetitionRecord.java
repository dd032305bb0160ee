package org.fazhi.disputes.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.disputes.PetitionChannel;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.disputes.ReplyOutcome;
import org.fazhi.shared.privacy.Encrypted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A petition as an aggregate root (the row that carries the procedure), saved whole by Spring Data JDBC,
 * every save conditional on the version read; changed only through the methods below.
 */
@Table("petition")
public class PetitionRecord {

    @Id
    private Long id;
    private Long unitId;
    private String petitionNo;
    private LocalDate receivedOn;
    private PetitionChannel channel;
    @Encrypted(PetitionStore.TABLE + ".petitioner_name")
    private String petitionerName;
    @Encrypted(PetitionStore.TABLE + ".id_number")
    private String idNumber;
    @Encrypted(PetitionStore.TABLE + ".phone")
    private String phone;
    @Encrypted(PetitionStore.TABLE + ".address")
    private String address;
    private int groupSize;
    private String subject;
    private String requestText;
    private PetitionStatus status;
    private Long acceptanceDeadlineId;
    private Long handlingDeadlineId;
    private LocalDate decidedOn;
    private String declineReason;
    private String transferredTo;
    private String extensionReason;
    private LocalDate extendedOn;
    private LocalDate repliedOn;
    private ReplyOutcome replyOutcome;
    private String replyText;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    PetitionRecord() {
    }

    public static PetitionRecord received(long unitId, String no, LocalDate receivedOn, PetitionChannel channel,
            String name, String idNumber, String phone, String address, int groupSize, String subject,
            String requestText, Long by, OffsetDateTime now) {
        PetitionRecord r = new PetitionRecord();
        r.unitId = unitId;
        r.petitionNo = no;
        r.receivedOn = receivedOn;
        r.channel = channel;
        r.petitionerName = name;
        r.idNumber = idNumber;
        r.phone = phone;
        r.address = address;
        r.groupSize = groupSize;
        r.subject = subject;
        r.requestText = requestText;
        r.status = PetitionStatus.RECEIVED;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(PetitionStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void acceptanceTracked(long deadlineId) {
        acceptanceDeadlineId = deadlineId;
    }

    public void decided(LocalDate on, String reason, String transferred) {
        decidedOn = on;
        declineReason = reason;
        transferredTo = transferred;
    }

    public void handlingTracked(long deadlineId) {
        handlingDeadlineId = deadlineId;
    }

    public void extended(LocalDate on, String reason) {
        extendedOn = on;
        extensionReason = reason;
    }

    public void replied(LocalDate on, ReplyOutcome outcome, String text) {
        repliedOn = on;
        replyOutcome = outcome;
        replyText = text;
    }
}
