package org.fazhi.enforcement;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.CaseFileStore;
import org.fazhi.enforcement.internal.CaseProcedure.Step;
import org.fazhi.enforcement.internal.CaseSteps;
import org.fazhi.enforcement.internal.Sm3;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full-process record (全过程记录, PN-04): documents, photos, audio and video kept in the file store
 * with their SHA-256 and SM3 digests, the capture time and place, the stage they document and who
 * added them. Nothing is replaced: a correction is a new item that supersedes the old one, which stays
 * readable with the reason. Files are read through the case (another unit's case answers 404).
 */
@Service
@Transactional
public class CaseEvidence {

    private final CaseSteps steps;
    private final CaseAccess access;
    private final CaseFileStore files;
    private final FileStore store;
    private final Clock clock;

    CaseEvidence(CaseSteps steps, CaseAccess access, CaseFileStore files, FileStore store, Clock clock) {
        this.steps = steps;
        this.access = access;
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<EvidenceItem> of(long caseId) {
        access.requireVisible(caseId);
        return files.evidenceOf(caseId);
    }

    /** The bytes of a piece of evidence of a case the actor may see. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public Resource content(long caseId, long evidenceId) {
        EvidenceItem e = item(caseId, evidenceId);
        return store.content(e.fileId());
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public EvidenceItem get(long caseId, long evidenceId) {
        return item(caseId, evidenceId);
    }

    /** Adds a piece of evidence to a case (any stage before the archive). */
    @Allowed.EnforcementOfficers
    public EvidenceItem add(long caseId, InputStream content, String name, String contentType, EvidenceRequest r) {
        CaseSteps.Taken t = steps.take(caseId, Step.ADD_EVIDENCE, null);
        long id = store(t, content, name, contentType, r, null, null);
        t.record().touched(steps.now());
        steps.complete(t, Map.of("evidenceId", id, "stage", r.stage(), "title", r.title().strip()));
        return files.evidence(id).orElseThrow();
    }

    /** A corrected piece superseding one still current; the old one stays, with the reason. */
    @Allowed.EnforcementOfficers
    public EvidenceItem supersede(long caseId, long evidenceId, InputStream content, String name, String contentType,
            EvidenceRequest r) {
        CaseSteps.Taken t = steps.take(caseId, Step.SUPERSEDE_EVIDENCE, null);
        EvidenceItem old = item(caseId, evidenceId);
        if (!old.current()) {
            throw new RefusedException("evidence-superseded", "enforcement.refused.evidence-superseded");
        }
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (reason == null) {
            throw InvalidInputException.field("reason", "enforcement.text.required");
        }
        long id = store(t, content, name, contentType, r, old.id(), reason);
        t.record().touched(steps.now());
        steps.complete(t, Map.of("evidenceId", id, "supersedes", old.id(), "reason", reason));
        return files.evidence(id).orElseThrow();
    }

    private long store(CaseSteps.Taken t, InputStream content, String name, String contentType, EvidenceRequest r,
            Long supersedes, String reason) {
        Instant captured = r.capturedAt() == null ? clock.instant() : r.capturedAt();
        if (captured.isAfter(clock.instant())) {
            throw InvalidInputException.field("capturedAt", "enforcement.date.future");
        }
        if (r.actId() != null && t.facts().acts().stream().noneMatch(a -> a.id().equals(r.actId()))) {
            throw InvalidInputException.field("actId", "enforcement.evidence.act-unknown");
        }
        Sm3 digesting = new Sm3(content);
        StoredFile stored = store.store(digesting, name, contentType, t.c().unitId());
        if (!fits(r.kind(), stored.contentType())) {
            throw InvalidInputException.field("kind", "enforcement.evidence.kind-mismatch", stored.contentType());
        }
        String sm3 = digesting.hex();
        return files.insertEvidence(t.id(), stored.id(), r.title().strip(), r.kind(), r.stage(), stored.sha256(), sm3,
                stored.size(), captured, r.capturedPlace() == null || r.capturedPlace().isBlank() ? null
                        : r.capturedPlace().strip(), r.actId(), Actor.current().userId(), supersedes, reason);
    }

    /** Photos are images, audio is audio, video is video; a document may be any accepted type (a scan too). */
    private static boolean fits(EvidenceKind kind, String contentType) {
        return switch (kind) {
            case PHOTO -> contentType.startsWith("image/");
            case AUDIO -> contentType.startsWith("audio/");
            case VIDEO -> contentType.startsWith("video/");
            case DOCUMENT -> true;
        };
    }

    private EvidenceItem item(long caseId, long evidenceId) {
        access.requireVisible(caseId);
        return files.evidence(evidenceId).filter(e -> e.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("case-evidence", evidenceId));
    }
}
