package org.fazhi.normdocs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.normdocs.internal.AttachmentStore;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.NormdocsRules;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.FilingStore;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewStatus;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing (备案) of published documents with the superior body: the deadline comes from the catalog
 * (ND-05, a locality setting) counted from publication; the filing packet (text, 起草说明, legality
 * review opinion, 制定依据) is checked for completeness before it is recorded.
 */
@Service
@Transactional
public class Filings {

    static final String ENTITY = "document-filing";
    static final String CORRECTION = "filing-correction";

    private final FilingStore store;
    private final DocumentStore documents;
    private final DocumentAccess access;
    private final DocumentSteps steps;
    private final Deadlines deadlines;
    private final LegalityReviews reviews;
    private final AuditLog audit;
    private final MessageSource messages;
    private final AttachmentStore attachments;
    private final Clock clock;

    Filings(FilingStore store, DocumentStore documents, DocumentAccess access, DocumentSteps steps, Deadlines deadlines,
            LegalityReviews reviews, AuditLog audit, MessageSource messages, AttachmentStore attachments,
            Clock clock) {
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.steps = steps;
        this.deadlines = deadlines;
        this.reviews = reviews;
        this.audit = audit;
        this.messages = messages;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Opens the filing duty of a just-published document (called by publication). */
    Filing open(long documentId, long unitId, String title, LocalDate publicationDate, String filedTo) {
        TrackedDeadline deadline = deadlines.track(NewDeadline.of(NormativeDocument.MODULE, ENTITY,
                String.valueOf(documentId), title, NormdocsRules.FILING_DEADLINE, publicationDate, unitId)
                .withLabel("normdocs.deadline.filing").withLink("/console/normdocs/" + documentId));
        // a record, not a page: stored in the language of the records whatever the publisher reads
        String to = filedTo == null || filedTo.isBlank()
                ? messages.getMessage("normdocs.filing.default-to", null, java.util.Locale.SIMPLIFIED_CHINESE)
                : filedTo.strip();
        long id = store.insert(documentId, to, deadline.dueDate(), deadline.id());
        audit.created(ENTITY, id, Map.of("documentId", documentId, "dueOn", deadline.dueDate(), "filedTo", to));
        return store.ofDocument(documentId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Filing> of(long documentId) {
        access.requireVisible(documentId);
        return store.ofDocument(documentId).map(this::withCurrentDue);
    }

    /** What the filing packet lacks now (empty: complete). */
    @Transactional(readOnly = true)
    public List<String> missingItems(long documentId) {
        NormativeDocument d = access.requireVisible(documentId);
        return missing(d);
    }

    @Allowed.Drafters
    public Filing file(long documentId, FilingRequest r) {
        DocumentSteps.Taken step = steps.take(documentId, Step.FILE, null);
        NormativeDocument d = step.document();
        Filing filing = step.facts().filing().orElseThrow();
        if (r.filedOn().isBefore(d.publicationDate()) || r.filedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("filedOn", "normdocs.filed-on.range", d.publicationDate());
        }
        List<String> missing = missing(d);
        boolean accept = Boolean.TRUE.equals(r.acceptIncomplete());
        if (!missing.isEmpty() && !accept) {
            throw new RefusedException("packet-incomplete", "normdocs.refused.packet-incomplete",
                    String.join("、", missing.stream().map(this::label).toList()));
        }
        if (!missing.isEmpty() && (r.incompleteReason() == null || r.incompleteReason().isBlank())) {
            throw InvalidInputException.field("incompleteReason", "normdocs.reason.required");
        }
        store.recordFiled(filing.id(), r.filedTo().strip(), r.filedOn(), blank(r.receiptNo()), missing.isEmpty(),
                missing.isEmpty() ? null : String.join(",", missing));
        if (filing.deadlineId() != null) {
            deadlines.meet(filing.deadlineId(), r.filedOn());
        }
        audit.changed(ENTITY, filing.id(), "file", Map.of("filedOn", ""), Map.of("filedOn", r.filedOn(),
                "receiptNo", blank(r.receiptNo()) == null ? "" : r.receiptNo().strip(), "missing", missing,
                "incompleteReason", accept && !missing.isEmpty() ? r.incompleteReason().strip() : ""));
        steps.complete(step, Map.of("filingId", filing.id(), "filedOn", r.filedOn()));
        return withCurrentDue(store.ofDocument(documentId).orElseThrow());
    }

    /**
     * Records the filing body's review result (备案审查). A requested correction needs the body's opinion
     * and is due within LC-05 (as the document's locality sets it) from its receipt, on the 督办台.
     */
    @Allowed.Drafters
    public Filing recordReview(long documentId, FilingReviewRequest r) {
        DocumentSteps.Taken step = steps.take(documentId, Step.RECORD_FILING_REVIEW, null);
        NormativeDocument d = step.document();
        Filing filing = step.facts().filing().orElseThrow();
        if (r.receivedOn().isBefore(filing.filedOn()) || r.receivedOn().isAfter(step.today())) {
            throw InvalidInputException.field("receivedOn", "normdocs.filing-review.received-on.range",
                    filing.filedOn());
        }
        String opinion = blank(r.opinion());
        LocalDate due = null;
        Long deadlineId = null;
        if (r.result() == FilingReviewResult.CORRECTION_REQUESTED) {
            if (opinion == null) {
                throw InvalidInputException.field("opinion", "normdocs.filing-review.opinion-required");
            }
            TrackedDeadline deadline = deadlines.track(NewDeadline.of(NormativeDocument.MODULE, CORRECTION,
                    String.valueOf(documentId), d.title(), NormdocsRules.FILING_CORRECTION, r.receivedOn(), d.unitId())
                    .withLabel("normdocs.deadline.correction").withLink("/console/normdocs/" + documentId));
            due = deadline.dueDate();
            deadlineId = deadline.id();
        }
        store.recordReview(filing.id(), r.result(), r.receivedOn(), opinion, due, deadlineId);
        audit.changed(ENTITY, filing.id(), "filing-review", Map.of("reviewResult", ""), Map.of("reviewResult",
                r.result(), "receivedOn", r.receivedOn(), "correctionDueOn", due == null ? "" : due));
        steps.complete(step, Map.of("filingReview", r.result()));
        return withCurrentDue(store.ofDocument(documentId).orElseThrow());
    }

    /** Records how and when the correction the filing body asked for was made; the deadline is met. */
    @Allowed.Drafters
    public Filing recordCorrection(long documentId, CorrectionRequest r) {
        DocumentSteps.Taken step = steps.take(documentId, Step.RECORD_CORRECTION, null);
        Filing filing = step.facts().filing().orElseThrow();
        if (r.correctedOn().isBefore(filing.reviewReceivedOn()) || r.correctedOn().isAfter(step.today())) {
            throw InvalidInputException.field("correctedOn", "normdocs.correction.corrected-on.range",
                    filing.reviewReceivedOn());
        }
        store.recordCorrection(filing.id(), r.correctedOn(), r.note().strip());
        if (filing.correctionDeadlineId() != null) {
            deadlines.meet(filing.correctionDeadlineId(), r.correctedOn());
        }
        audit.changed(ENTITY, filing.id(), "correction", Map.of("correctedOn", ""), Map.of("correctedOn",
                r.correctedOn(), "note", r.note().strip()));
        steps.complete(step, Map.of("correctedOn", r.correctedOn()));
        return withCurrentDue(store.ofDocument(documentId).orElseThrow());
    }

    /**
     * The packet items: text, 起草说明 and 制定依据 (as text of the current version or as attached
     * files), and a concluded passing legality review.
     */
    List<String> missing(NormativeDocument d) {
        List<String> missing = new ArrayList<>();
        DocumentVersion v = documents.version(d.currentVersionId()).orElseThrow();
        if (v.body() == null || v.body().isBlank()) {
            missing.add("text");
        }
        if ((v.draftingNotes() == null || v.draftingNotes().isBlank())
                && !attachments.hasKind(d.id(), DocumentAttachment.Kind.DRAFTING_NOTES.name())) {
            missing.add("drafting-notes");
        }
        if ((v.basis() == null || v.basis().isBlank())
                && !attachments.hasKind(d.id(), DocumentAttachment.Kind.BASIS.name())) {
            missing.add("basis");
        }
        boolean reviewed = d.imported() || reviews.forSubject(NormativeDocument.SUBJECT.ref(d.id())).stream()
                .anyMatch(r -> r.status() == ReviewStatus.CONCLUDED && r.outcome().passes());
        if (!reviewed) {
            missing.add("review-opinion");
        }
        return missing;
    }

    Filing withCurrentDue(Filing f) {
        if (f.deadlineId() == null) {
            return f;
        }
        LocalDate due = deadlines.find(f.deadlineId()).map(TrackedDeadline::dueDate).orElse(f.dueOn());
        return new Filing(f.id(), f.documentId(), f.filedTo(), due, f.deadlineId(), f.filedOn(), f.receiptNo(),
                f.packetComplete(), f.missingItems(), f.reviewResult(), f.reviewReceivedOn(), f.reviewOpinion(),
                f.correctionDueOn(), f.correctionDeadlineId(), f.correctedOn(), f.correctionNote());
    }

    private String label(String item) {
        return messages.getMessage("normdocs.packet." + item, null, item, LocaleContextHolder.getLocale());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
