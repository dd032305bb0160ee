package org.fazhi.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.internal.EvidenceFiles;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special meetings on rule-of-law government work (SD-11), the leadership's rule-of-law study
 * sessions (SD-09) and court-hearing attendance (SD-10) of each unit, with date, participants, topic and
 * minutes, and their files; counted per year against the targets by {@link GovernanceTargets}.
 */
@Service
@Transactional
public class RuleOfLawMeetings {

    static final String ENTITY = "governance-meeting";

    private final GovernanceStore store;
    private final EvidenceFiles evidence;
    private final FileStore files;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    RuleOfLawMeetings(GovernanceStore store, EvidenceFiles evidence, FileStore files, DataScope scope, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.evidence = evidence;
        this.files = files;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a meeting held (not in the future) by a unit in the actor's scope, with its files. */
    @Allowed.Reporters
    public Meeting record(MeetingRequest r, List<Evidence> attachments) {
        scope.require(r.unitId(), "unit", r.unitId());
        if (r.heldOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("heldOn", "governance.date.future");
        }
        List<Long> fileIds = evidence.store(attachments);
        long id = store.insertMeeting(r.unitId(), r.kind(), r.heldOn(), r.topic().strip(), r.participants().strip(),
                r.participantCount(), r.minutes().strip(), blank(r.venue()), fileIds, Actor.current().userId());
        audit.created(ENTITY, id, Map.of("unitId", r.unitId(), "kind", r.kind(), "heldOn", r.heldOn().toString(),
                "topic", r.topic().strip(), "participantCount", r.participantCount(), "files", fileIds.size()));
        return store.meeting(id).orElseThrow();
    }

    /** The meetings of the units in the actor's scope in a year (of one kind, or all when null), newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(int year, MeetingKind kind) {
        return store.meetings(scope.visibleUnitIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), kind);
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        Meeting m = store.meeting(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        scope.require(m.unitId(), ENTITY, id);
        return m;
    }

    /** A file of a meeting (404 unless it is one and the actor may see both). */
    @Transactional(readOnly = true)
    public StoredFile file(long id, long fileId) {
        if (!meeting(id).fileIds().contains(fileId)) {
            throw new NotFoundException("meeting-file", fileId);
        }
        return files.get(fileId);
    }

    @Transactional // reading an unpublished file is audited, so not read-only
    public Resource content(long id, long fileId) {
        file(id, fileId);
        return files.content(fileId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
