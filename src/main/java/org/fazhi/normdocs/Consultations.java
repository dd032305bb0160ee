package org.fazhi.normdocs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.OpeningRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public consultation (公开征求意见) of a draft, as a step of the document's procedure, on the
 * participation module: the window lasts at least the catalog's period (SD-01, seed 000: 7 working
 * days) on the official calendar and runs to the end of its last day — opening a shorter window and
 * closing during it are refused. Comments come through the portal or are entered by staff, are tied to
 * the version they were made on and get a receipt number; every comment gets a disposition with a
 * reason before the document may move on. The window, comments and dispositions are participation's
 * records; the document's procedure (states, gates, who may act) stays here.
 */
@Service
@Transactional
public class Consultations {

    private final PublicConsultations participation;
    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final DocumentAccess access;
    private final DocumentSteps steps;
    private final Clock clock;

    Consultations(PublicConsultations participation, DocumentStore documents, IssuingBodyStore bodies,
            DocumentAccess access, DocumentSteps steps, Clock clock) {
        this.participation = participation;
        this.documents = documents;
        this.bodies = bodies;
        this.access = access;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * The last day of the minimum period of a consultation of a document of {@code unitId} opened on
     * {@code openedOn}: SD-01 as the unit's locality sets it (never shorter than the national value), on
     * the calendar. The window runs to the end of that day and may be closed from the next.
     */
    @Transactional(readOnly = true)
    public LocalDate earliestClose(LocalDate openedOn, long unitId) {
        return participation.earliestClose(ConsultationKind.NORMATIVE_DOCUMENT, openedOn, unitId);
    }

    /** As {@link #earliestClose(LocalDate, long)} with SD-01's national value. */
    @Transactional(readOnly = true)
    public LocalDate earliestClose(LocalDate openedOn) {
        return participation.earliestClose(ConsultationKind.NORMATIVE_DOCUMENT, openedOn);
    }

    /** Opens the window today on the current version, to close on {@code closesOn}. */
    @Allowed.Drafters
    public PublicConsultation open(long documentId, LocalDate closesOn) {
        DocumentSteps.Taken step = steps.take(documentId, Step.OPEN_CONSULTATION, null);
        NormativeDocument d = step.document();
        DocumentVersion v = documents.version(d.currentVersionId()).orElseThrow();
        String organiser = bodies.find(d.issuingBodyId()).map(IssuingBody::name).orElse(d.title());
        PublicConsultation c = participation.open(new OpeningRequest(subject(documentId),
                ConsultationKind.NORMATIVE_DOCUMENT, d.unitId(), organiser, v.id(), v.versionNo(), v.title(), v.body(),
                v.draftingNotes(), v.sha256(), closesOn, null, "/console/normdocs/" + documentId + "#consultation"));
        steps.complete(step, Map.of("consultationId", c.id(), "closesOn", closesOn));
        return c;
    }

    /** Closes the window; refused until its minimum period has run out. */
    @Allowed.Drafters
    public PublicConsultation close(long documentId) {
        return closeNow(steps.take(documentId, Step.CLOSE_CONSULTATION, null));
    }

    /**
     * Closes windows whose planned closing date has passed (daily job, system actor). The portal
     * accepts comments through the closing day, so the job run in the small hours of that day must
     * not cut it short.
     */
    public int closeDue() {
        int closed = 0;
        for (PublicConsultation c : participation.dueToClose(NormativeDocument.SUBJECT, LocalDate.now(clock))) {
            long documentId = c.subjectLongId();
            if (steps.systemMay(documentId, Step.CLOSE_DUE_CONSULTATION)) {
                closeNow(steps.takeAsSystem(documentId, Step.CLOSE_DUE_CONSULTATION));
                closed++;
            }
        }
        return closed;
    }

    private PublicConsultation closeNow(DocumentSteps.Taken step) {
        PublicConsultation c = step.facts().openConsultation().orElseThrow();
        PublicConsultation closed = participation.close(c.id());
        steps.complete(step, Map.of("consultationId", c.id()));
        return closed;
    }

    /** A comment from the public portal: only while the window is open. Returns the receipt number. */
    public PublicComment comment(long consultationId, CommentRequest form) {
        return participation.comment(consultationId, form);
    }

    /** A comment received by letter, phone or meeting, entered by staff. */
    @Allowed.Drafters
    public PublicComment enterComment(long documentId, CommentRequest form) {
        Optional<PublicConsultation> open = participation.openOf(subject(documentId));
        if (open.isEmpty()) {
            // the procedure says why not (no open window, or not the actor's document: 404)
            steps.take(documentId, Step.ENTER_COMMENT, null);
            throw new IllegalStateException("consulting without an open window: " + documentId);
        }
        return participation.enterComment(open.get().id(), form);
    }

    /** Answers a comment; 部分采纳 and 不采纳 need a reason. */
    @Allowed.Drafters
    public PublicComment dispose(long commentId, DispositionRequest r) {
        PublicComment comment = participation.findComment(commentId)
                .filter(c -> participation.find(c.consultationId()).map(x -> x.isOn(NormativeDocument.SUBJECT))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException(PublicConsultations.COMMENT, commentId));
        steps.take(documentOf(comment), Step.DISPOSE_COMMENT, null);
        if (r.disposition() != null && r.disposition() != Disposition.ADOPTED
                && (r.reason() == null || r.reason().isBlank())) {
            throw InvalidInputException.field("reason", "normdocs.disposition.reason-required");
        }
        return participation.dispose(commentId, r);
    }

    @Transactional(readOnly = true)
    public List<PublicConsultation> ofDocument(long documentId) {
        access.requireVisible(documentId);
        return participation.ofSubject(subject(documentId));
    }

    @Transactional(readOnly = true)
    public List<PublicComment> comments(long documentId) {
        access.requireVisible(documentId);
        return participation.commentsOfSubject(subject(documentId));
    }

    /** The comments on a document whose visibility the caller has checked. */
    List<PublicComment> commentsOf(long documentId) {
        return participation.commentsOfSubject(subject(documentId));
    }

    /**
     * The commenter's contact, for the drafting office to reach them (PI-02): shown in full only for a
     * stated reason, and every reveal is written to the audit log with it.
     */
    @Allowed.Drafters
    public PublicComment withContact(long commentId, String reason) {
        return participation.withContact(commentId, reason);
    }

    /** A comment with its contact masked, as the reveal form shows it before a reason is given. */
    @Allowed.Drafters
    public PublicComment masked(long commentId) {
        return participation.masked(commentId);
    }

    /** The adoption summary of every comment on the document. */
    @Transactional(readOnly = true)
    public AdoptionSummary summary(long documentId) {
        access.requireVisible(documentId);
        return participation.summaryOfSubject(subject(documentId));
    }

    // ----- public reads (portal) -----

    /** Consultations on normative documents the public may comment on. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> openToThePublic() {
        return participation.openToThePublic().stream().filter(c -> c.isOn(NormativeDocument.SUBJECT)).toList();
    }

    /** Closed consultations on normative documents whose dispositions are published. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> recentlyClosed(int limit) {
        return participation.recentlyClosed(limit).stream().filter(c -> c.isOn(NormativeDocument.SUBJECT)).toList();
    }

    /** A consultation as the public sees it (any state: open, or closed with its dispositions). */
    @Transactional(readOnly = true)
    public Optional<PublicConsultation> publicView(long consultationId) {
        return participation.publicView(consultationId);
    }

    /** The dispositions of a closed consultation, without names or contacts (public). */
    @Transactional(readOnly = true)
    public AdoptionSummary publishedDispositions(long consultationId) {
        return participation.publishedDispositions(consultationId);
    }

    /** A commenter looks their comment up by receipt number (content and disposition only). */
    @Transactional(readOnly = true)
    public Optional<PublicComment> byReceipt(String receiptNo) {
        return participation.byReceipt(receiptNo);
    }

    static AdoptionSummary summarise(List<PublicComment> comments) {
        return AdoptionSummary.of(comments);
    }

    private long documentOf(PublicComment comment) {
        return participation.find(comment.consultationId()).orElseThrow().subjectLongId();
    }

    private static SubjectRef subject(long documentId) {
        return NormativeDocument.SUBJECT.ref(documentId);
    }
}
