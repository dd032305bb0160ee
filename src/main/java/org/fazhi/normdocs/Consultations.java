package org.fazhi.normdocs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.normdocs.PublicComment.CommentSource;
import org.fazhi.normdocs.internal.ConsultationStore;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.NormdocsRules;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public consultation (公开征求意见) of a draft that affects rights and duties. The window lasts at
 * least the catalog's period (SD-01, seed 000: 7 working days) on the official calendar: opening a
 * shorter window and closing before the earliest date are refused. Comments come through the
 * portal or are entered by staff, are tied to the version they were made on and get a receipt
 * number; every comment gets a disposition with a reason before the document may move on.
 */
@Service
@Transactional
public class Consultations {

    static final String ENTITY = "consultation";
    static final String COMMENT = "public-comment";
    private static final String RECEIPT_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final ConsultationStore store;
    private final DocumentStore documents;
    private final DocumentAccess access;
    private final DocumentSteps steps;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Consultations(ConsultationStore store, DocumentStore documents, DocumentAccess access, DocumentSteps steps,
            WorkingCalendar calendar, RulesCatalog rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.steps = steps;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The earliest date a consultation of a document of {@code unitId} opened on {@code openedOn} may
     * close: SD-01 as the unit's locality sets it (never shorter than the national value), on the calendar.
     */
    @Transactional(readOnly = true)
    public LocalDate earliestClose(LocalDate openedOn, long unitId) {
        return calendar.due(openedOn, rules.period(NormdocsRules.CONSULTATION_MINIMUM, RuleTerm.AMOUNT, openedOn,
                unitId)).due();
    }

    /** The earliest date a consultation opened on {@code openedOn} may close (SD-01, national value). */
    @Transactional(readOnly = true)
    public LocalDate earliestClose(LocalDate openedOn) {
        return calendar.due(openedOn, rules.period(NormdocsRules.CONSULTATION_MINIMUM, RuleTerm.AMOUNT, openedOn))
                .due();
    }

    /** Opens the window today on the current version, to close on {@code closesOn}. */
    @Allowed.Drafters
    public PublicConsultation open(long documentId, LocalDate closesOn) {
        DocumentSteps.Taken step = steps.take(documentId, Step.OPEN_CONSULTATION, null);
        LocalDate today = step.today();
        long unit = step.document().unitId();
        LocalDate earliest = earliestClose(today, unit);
        if (closesOn == null || closesOn.isBefore(earliest)) {
            throw new RefusedException("window-too-short", "normdocs.refused.window-too-short", earliest,
                    rules.period(NormdocsRules.CONSULTATION_MINIMUM, RuleTerm.AMOUNT, today, unit).amount(),
                    NormdocsRules.CONSULTATION_MINIMUM);
        }
        if (closesOn.isAfter(today.plusYears(1))) {
            throw InvalidInputException.field("closesOn", "normdocs.closes-on.too-far");
        }
        long versionId = step.document().currentVersionId();
        long id = store.open(documentId, versionId, today, earliest, closesOn, Actor.current().userId());
        audit.created(ENTITY, id, Map.of("documentId", documentId, "versionId", versionId, "openedOn", today,
                "earliestClose", earliest, "closesOn", closesOn));
        steps.complete(step, Map.of("consultationId", id, "closesOn", closesOn));
        return store.find(id).orElseThrow();
    }

    /** Closes the window; refused before the earliest closing date. */
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
        for (PublicConsultation c : store.dueToClose(LocalDate.now(clock))) {
            if (steps.systemMay(c.documentId(), Step.CLOSE_DUE_CONSULTATION)) {
                closeNow(steps.takeAsSystem(c.documentId(), Step.CLOSE_DUE_CONSULTATION));
                closed++;
            }
        }
        return closed;
    }

    private PublicConsultation closeNow(DocumentSteps.Taken step) {
        PublicConsultation c = step.facts().openConsultation().orElseThrow();
        store.close(c.id(), step.today());
        audit.changed(ENTITY, c.id(), "close", Map.of("open", true), Map.of("open", false, "closedOn", step.today()));
        steps.complete(step, Map.of("consultationId", c.id()));
        return store.find(c.id()).orElseThrow();
    }

    /** A comment from the public portal: only while the window is open. Returns the receipt number. */
    public PublicComment comment(long consultationId, CommentRequest form) {
        PublicConsultation c = store.find(consultationId).filter(PublicConsultation::open)
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        if (LocalDate.now(clock).isAfter(c.closesOn())) {
            throw new RefusedException("consultation-closed", "normdocs.refused.consultation-closed");
        }
        return add(c, form, CommentSource.PORTAL);
    }

    /** A comment received by letter, phone or meeting, entered by staff. */
    @Allowed.Drafters
    public PublicComment enterComment(long documentId, CommentRequest form) {
        DocumentSteps.Taken step = steps.take(documentId, Step.ENTER_COMMENT, null);
        return add(step.facts().openConsultation().orElseThrow(), form, CommentSource.STAFF);
    }

    private PublicComment add(PublicConsultation c, CommentRequest form, CommentSource source) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String receipt = receiptNumber();
            try {
                long id = store.addComment(c.id(), c.documentId(), c.versionId(), receipt, blank(form.name()),
                        form.contact().strip(), blank(form.organisation()), form.content().strip(), source);
                audit.created(COMMENT, id, Map.of("consultationId", c.id(), "receiptNo", receipt, "source", source));
                return store.comment(id).orElseThrow();
            } catch (DuplicateKeyException collision) {
                // astronomically rare: draw another receipt number
            }
        }
        throw new IllegalStateException("no unique receipt number");
    }

    /** Answers a comment; 部分采纳 and 不采纳 need a reason. */
    @Allowed.Drafters
    public PublicComment dispose(long commentId, DispositionRequest r) {
        PublicComment comment = store.comment(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        steps.take(comment.documentId(), Step.DISPOSE_COMMENT, null);
        String reason = blank(r.reason());
        if (r.disposition() != Disposition.ADOPTED && reason == null) {
            throw InvalidInputException.field("reason", "normdocs.disposition.reason-required");
        }
        store.dispose(commentId, r.disposition(), reason, Actor.current().userId());
        audit.changed(COMMENT, commentId, "dispose",
                Map.of("disposition", comment.disposition() == null ? "" : comment.disposition()),
                Map.of("disposition", r.disposition(), "reason", reason == null ? "" : reason));
        return store.comment(commentId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PublicConsultation> ofDocument(long documentId) {
        access.requireVisible(documentId);
        return store.ofDocument(documentId);
    }

    @Transactional(readOnly = true)
    public List<PublicComment> comments(long documentId) {
        access.requireVisible(documentId);
        return store.commentsOfDocument(documentId);
    }

    /** The comments on a document whose visibility the caller has checked. */
    List<PublicComment> commentsOf(long documentId) {
        return store.commentsOfDocument(documentId);
    }

    /**
     * The commenter's contact, for the drafting office to reach them; staff lists show it masked, so
     * every reveal is written to the audit log.
     */
    @Allowed.Drafters
    public PublicComment withContact(long commentId) {
        PublicComment comment = store.comment(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        NormativeDocument d = access.requireVisible(comment.documentId());
        if (!access.canDraft(d)) {
            throw new RefusedException("not-drafting-unit", "normdocs.refused.not-drafting-unit");
        }
        audit.action(COMMENT, commentId, "view-contact", Map.of("documentId", d.id()));
        return comment;
    }

    /** The adoption summary of every comment on the document. */
    @Transactional(readOnly = true)
    public AdoptionSummary summary(long documentId) {
        access.requireVisible(documentId);
        return summarise(documentId, store.commentsOfDocument(documentId));
    }

    // ----- public reads (portal) -----

    /** Open consultations the public may comment on. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> openToThePublic() {
        return store.allOpen().stream().filter(c -> !LocalDate.now(clock).isAfter(c.closesOn())).toList();
    }

    /** Closed consultations whose dispositions are published. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> recentlyClosed(int limit) {
        return store.closed(limit);
    }

    /** A consultation as the public sees it (any state: open, or closed with its dispositions). */
    @Transactional(readOnly = true)
    public Optional<PublicConsultation> publicView(long consultationId) {
        return store.find(consultationId);
    }

    /** The version the consultation is on (its text is public while and after the window is open). */
    @Transactional(readOnly = true)
    public DocumentVersion publicText(long consultationId) {
        PublicConsultation c = store.find(consultationId).orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        return documents.version(c.versionId()).orElseThrow();
    }

    /** The dispositions of a closed consultation, without names or contacts (public). */
    @Transactional(readOnly = true)
    public AdoptionSummary publishedDispositions(long consultationId) {
        PublicConsultation c = store.find(consultationId).filter(x -> !x.open())
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        List<PublicComment> anonymous = store.commentsOf(c.id()).stream()
                .map(pc -> new PublicComment(pc.id(), pc.consultationId(), pc.documentId(), pc.versionId(),
                        pc.receiptNo(), null, null, null, pc.content(), pc.source(), pc.submittedAt(),
                        pc.disposition(), pc.dispositionReason(), pc.disposedAt()))
                .toList();
        return summarise(c.documentId(), anonymous);
    }

    /** A commenter looks their comment up by receipt number (content and disposition only). */
    @Transactional(readOnly = true)
    public Optional<PublicComment> byReceipt(String receiptNo) {
        if (receiptNo == null || receiptNo.length() > 24) {
            return Optional.empty();
        }
        return store.commentByReceipt(receiptNo.strip().toUpperCase()).map(pc -> new PublicComment(pc.id(),
                pc.consultationId(), pc.documentId(), pc.versionId(), pc.receiptNo(), null, null, null,
                pc.content(), pc.source(), pc.submittedAt(), pc.disposition(), pc.dispositionReason(),
                pc.disposedAt()));
    }

    static AdoptionSummary summarise(long documentId, List<PublicComment> comments) {
        int adopted = 0;
        int partly = 0;
        int not = 0;
        int open = 0;
        for (PublicComment c : comments) {
            if (c.disposition() == null) {
                open++;
            } else {
                switch (c.disposition()) {
                    case ADOPTED -> adopted++;
                    case PARTLY_ADOPTED -> partly++;
                    case NOT_ADOPTED -> not++;
                }
            }
        }
        return new AdoptionSummary(documentId, comments.size(), adopted, partly, not, open, comments);
    }

    private String receiptNumber() {
        StringBuilder sb = new StringBuilder("YJ").append(LocalDate.now(clock).toString().replace("-", "")).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
