package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.DeliveryForm;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.disclosure.IntakeRequest;
import org.fazhi.disclosure.ReplyReason;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.disclosure.RequesterType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A disclosure request as an aggregate root, saved whole with {@code lockVersion}. */
@Table("disclosure_request")
public class RequestRecord {

    @Id
    private Long id;
    private Long unitId;
    private String receiptNo;
    private String codeHash;
    private Channel channel;
    private RequesterType requesterType;
    private String requesterName;
    private String requesterIdNo;
    private String requesterContact;
    private String requesterAddress;
    private String content;
    private DeliveryForm deliveryForm;
    private String correctionAnswer;
    private LocalDate receivedOn;
    private RequestStatus status;
    private LocalDate clockStart;
    private LocalDate correctionAskedOn;
    private String correctionNote;
    private LocalDate correctionReceivedOn;
    private String consultParty;
    private LocalDate consultStartedOn;
    private LocalDate consultEndedOn;
    private LocalDate extendedOn;
    private String extensionReason;
    private String extensionApprover;
    private ReplyReason replyReason;
    private String replyNote;
    private LocalDate repliedOn;
    private Long replyDeadlineId;
    private Long correctionDeadlineId;
    private Long consultDeadlineId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    RequestRecord() {
    }

    public static RequestRecord received(IntakeRequest r, LocalDate receivedOn, String receiptNo, String codeHash,
            Long createdBy, OffsetDateTime now) {
        RequestRecord x = new RequestRecord();
        x.unitId = r.unitId();
        x.receiptNo = receiptNo;
        x.codeHash = codeHash;
        x.channel = r.channel();
        x.requesterType = r.requesterType();
        x.requesterName = r.requesterName().strip();
        x.requesterIdNo = blankToNull(r.requesterIdNo());
        x.requesterContact = r.requesterContact().strip();
        x.requesterAddress = blankToNull(r.requesterAddress());
        x.content = r.content().strip();
        x.deliveryForm = r.deliveryForm();
        x.receivedOn = receivedOn;
        x.clockStart = receivedOn;
        x.status = RequestStatus.PROCESSING;
        x.createdBy = createdBy;
        x.createdAt = now;
        x.updatedAt = now;
        return x;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public void moveTo(RequestStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void replyClock(long deadlineId, LocalDate start) {
        replyDeadlineId = deadlineId;
        clockStart = start;
    }

    public void correctionClock(long deadlineId) {
        correctionDeadlineId = deadlineId;
    }

    public void correctionAsked(LocalDate on, String note) {
        correctionAskedOn = on;
        correctionNote = note;
        replyDeadlineId = null;
    }

    /**
     * Encrypts the requester's identity and contact before the first save (SECURITY.md DC-02), each under
     * its column's name ({@link RequestStore#IDENTITY_COLUMNS}).
     */
    public void seal(FieldCipher cipher) {
        requesterName = cipher.encrypt(RequestStore.NAME, requesterName);
        requesterIdNo = cipher.encrypt(RequestStore.ID_NO, requesterIdNo);
        requesterContact = cipher.encrypt(RequestStore.CONTACT, requesterContact);
        requesterAddress = cipher.encrypt(RequestStore.ADDRESS, requesterAddress);
    }

    /** The requester's own 补正 on the portal: its text (null when only files came). */
    public void correctionAnswered(LocalDate on, String answer) {
        correctionReceived(on);
        correctionAnswer = answer;
    }

    public void correctionReceived(LocalDate on) {
        correctionReceivedOn = on;
    }

    public void consulting(String party, LocalDate from, long deadlineId) {
        consultParty = party;
        consultStartedOn = from;
        consultEndedOn = null;
        consultDeadlineId = deadlineId;
    }

    public void consulted(LocalDate on) {
        consultEndedOn = on;
    }

    public void extended(LocalDate on, String reason, String approver) {
        extendedOn = on;
        extensionReason = reason;
        extensionApprover = approver;
    }

    public void replied(ReplyReason reason, String note, LocalDate on) {
        replyReason = reason;
        replyNote = note;
        repliedOn = on;
    }
}
