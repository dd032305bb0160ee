package org.fazhi.tickets.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.tickets.Satisfaction;
import org.fazhi.tickets.TicketChannel;
import org.fazhi.tickets.TicketStatus;
import org.fazhi.tickets.TicketType;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A ticket as an aggregate root, saved whole with {@code lockVersion}. The complainant columns hold the
 * values as {@code FieldCipher} encrypted them; this class never sees them in clear.
 */
@Table("ticket")
public class TicketRecord {

    @Id
    private Long id;
    private String receiptNo;
    private String codeHash;
    private TicketChannel channel;
    private TicketType ticketType;
    private String title;
    private String description;
    private String location;
    private String complainantName;
    private String complainantPhone;
    private String complainantIdNo;
    private String complainantAddress;
    private Long intakeUnitId;
    private Long unitId;
    private TicketStatus status;
    private LocalDate receivedOn;
    private LocalDate assignedOn;
    private LocalDate clockStart;
    private Long clockDeadlineId;
    private LocalDate pausedOn;
    private String pauseReason;
    private LocalDate repliedOn;
    private String replyText;
    private Long callbackDeadlineId;
    private Satisfaction satisfaction;
    private LocalDate ratedOn;
    private int reopenCount;
    private LocalDate closedOn;
    private String sourceSystem;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    TicketRecord() {
    }

    /** A new ticket; {@code identity} are the encrypted name, phone, ID number and address. */
    public static TicketRecord received(TicketChannel channel, TicketType type, String title, String description,
            String location, String[] identity, long intakeUnitId, LocalDate on, String receiptNo, String codeHash,
            String sourceSystem, Long createdBy, OffsetDateTime now) {
        TicketRecord x = new TicketRecord();
        x.receiptNo = receiptNo;
        x.codeHash = codeHash;
        x.channel = channel;
        x.ticketType = type;
        x.title = title;
        x.description = description;
        x.location = location;
        x.complainantName = identity[0];
        x.complainantPhone = identity[1];
        x.complainantIdNo = identity[2];
        x.complainantAddress = identity[3];
        x.intakeUnitId = intakeUnitId;
        x.unitId = intakeUnitId;
        x.status = TicketStatus.NEW;
        x.receivedOn = on;
        x.sourceSystem = sourceSystem;
        x.createdBy = createdBy;
        x.createdAt = now;
        x.updatedAt = now;
        return x;
    }

    public Long id() {
        return id;
    }

    public void moveTo(TicketStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void assigned(TicketType type, long unit, LocalDate on) {
        ticketType = type;
        unitId = unit;
        assignedOn = on;
    }

    public void transferred(long unit) {
        unitId = unit;
    }

    /** A handling clock starts (assignment, transfer, re-handling). */
    public void clock(long deadlineId, LocalDate start) {
        clockDeadlineId = deadlineId;
        clockStart = start;
    }

    public void paused(LocalDate on, String reason) {
        pausedOn = on;
        pauseReason = reason;
    }

    public void resumed() {
        pausedOn = null;
        pauseReason = null;
    }

    public void replied(String text, LocalDate on, long callbackDeadline) {
        replyText = text;
        repliedOn = on;
        callbackDeadlineId = callbackDeadline;
    }

    public void rated(Satisfaction s, LocalDate on) {
        satisfaction = s;
        ratedOn = on;
    }

    public void closed(LocalDate on) {
        closedOn = on;
    }

    public void reopened() {
        reopenCount++;
        replyText = null;
        repliedOn = null;
        callbackDeadlineId = null;
    }
}
