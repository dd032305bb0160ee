package org.fazhi.suggestions.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.suggestions.RegisterRequest;
import org.fazhi.suggestions.SuggestionKind;
import org.fazhi.suggestions.SuggestionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A suggestion as an aggregate root, saved whole with {@code lockVersion}; the contact is stored encrypted. */
@Table("suggestion")
public class SuggestionRecord {

    @Id
    private Long id;
    private SuggestionKind kind;
    private String number;
    private String sessionName;
    private Integer sessionYear;
    private String proposers;
    private String contact;
    private String title;
    private String content;
    private LocalDate receivedOn;
    private boolean concernsNormdocs;
    private Long coordinatorUnitId;
    private Long leadUnitId;
    private LocalDate assignedOn;
    private boolean difficult;
    private LocalDate extendedOn;
    private String extensionReason;
    private SuggestionStatus status;
    private int round;
    private Long answerDeadlineId;
    private LocalDate publishedOn;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    SuggestionRecord() {
    }

    /** A registered suggestion; {@code encryptedContact} already passed through the field cipher. */
    public static SuggestionRecord registered(RegisterRequest r, String encryptedContact, Long createdBy,
            OffsetDateTime now) {
        SuggestionRecord x = new SuggestionRecord();
        x.kind = r.kind();
        x.number = r.number().strip();
        x.sessionName = r.sessionName().strip();
        x.sessionYear = r.sessionYear();
        x.proposers = r.proposers().strip();
        x.contact = encryptedContact;
        x.title = r.title().strip();
        x.content = r.content().strip();
        x.receivedOn = r.receivedOn();
        x.concernsNormdocs = r.concernsNormdocs();
        x.coordinatorUnitId = r.coordinatorUnitId();
        x.status = SuggestionStatus.REGISTERED;
        x.createdBy = createdBy;
        x.createdAt = now;
        x.updatedAt = now;
        return x;
    }

    public Long id() {
        return id;
    }

    public void moveTo(SuggestionStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void assigned(long leadUnit, LocalDate on, boolean difficultCase) {
        leadUnitId = leadUnit;
        assignedOn = on;
        difficult = difficultCase;
    }

    /** A new handling round starts with its clock. */
    public void roundStarted(int number, long deadlineId) {
        round = number;
        answerDeadlineId = deadlineId;
    }

    public void extended(LocalDate on, String reason, long deadlineId) {
        extendedOn = on;
        extensionReason = reason;
        answerDeadlineId = deadlineId;
    }

    public void published(LocalDate on) {
        publishedOn = on;
    }
}
