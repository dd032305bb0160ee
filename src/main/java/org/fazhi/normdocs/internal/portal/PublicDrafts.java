package org.fazhi.normdocs.internal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.AdoptionSummary;
import org.fazhi.normdocs.CommentRequest;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicComment;
import org.fazhi.normdocs.PublicConsultation;
import org.fazhi.normdocs.internal.ConsultationStore;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of consultations (征求意见), for the portal pages and the public API: drafts open
 * for comment, drafts whose window has ended, the published dispositions (content with identifiers
 * removed, never who wrote it), comments and receipt look-ups. A consultation on a document whose
 * drafting was stopped (终止制定) is no longer public; a comment is accepted only while the window
 * is open and the document is still in consultation.
 */
@Component
@Transactional(readOnly = true)
class PublicDrafts {

    static final String ENTITY = "consultation";
    private static final int RECENTLY_CLOSED = 20;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Consultations consultations;
    private final ConsultationStore store;
    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final MessageSource messages;
    private final Clock clock;

    PublicDrafts(Consultations consultations, ConsultationStore store, DocumentStore documents,
            IssuingBodyStore bodies, MessageSource messages, Clock clock) {
        this.consultations = consultations;
        this.store = store;
        this.documents = documents;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    /** Drafts open for comment, closing soonest first. */
    List<DraftSummary> open() {
        return store.allOpen().stream().map(this::summaryOf).flatMap(Optional::stream)
                .filter(DraftSummary::acceptingComments).toList();
    }

    /** Windows that have ended (dispositions pending or published), most recently closed first. */
    List<DraftSummary> ended() {
        List<DraftSummary> out = new ArrayList<>();
        store.allOpen().stream().map(this::summaryOf).flatMap(Optional::stream)
                .filter(s -> !s.acceptingComments()).forEach(out::add);
        consultations.recentlyClosed(RECENTLY_CLOSED).stream().map(this::summaryOf).flatMap(Optional::stream)
                .forEach(out::add);
        return out;
    }

    DraftSummary summary(long consultationId) {
        return consultations.publicView(consultationId).flatMap(this::summaryOf)
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
    }

    /** The version put out for comment: title, text and drafting notes (起草说明). */
    DocumentVersion text(long consultationId) {
        summary(consultationId);
        return consultations.publicText(consultationId);
    }

    /** The counts of the published dispositions; empty while the window is open or not yet closed. */
    Optional<AdoptionSummary> adoption(long consultationId) {
        DraftSummary s = summary(consultationId);
        return s.dispositionsPublished() ? Optional.of(consultations.publishedDispositions(consultationId))
                : Optional.empty();
    }

    /** Each published comment, numbered, with identifiers removed from its content. */
    List<PublishedComment> published(AdoptionSummary summary) {
        List<PublishedComment> out = new ArrayList<>();
        int no = 1;
        for (PublicComment c : summary.comments()) {
            out.add(new PublishedComment(no++, redact(c.content()),
                    c.submittedAt() == null ? null : LocalDate.ofInstant(c.submittedAt(), ZONE), c.disposition(),
                    redact(c.dispositionReason())));
        }
        return out;
    }

    /** Submits a comment from the portal; refused when the window is not open. */
    @Transactional
    PublicComment comment(long consultationId, CommentRequest form) {
        DraftSummary s = summary(consultationId);
        if (!s.acceptingComments()) {
            throw new RefusedException("consultation-closed", "normdocs.refused.consultation-closed");
        }
        return consultations.comment(consultationId, form);
    }

    /** A comment by its receipt number; the disposition only once the dispositions are published. */
    Optional<ReceiptView> receipt(String receiptNo) {
        return consultations.byReceipt(receiptNo).flatMap(c -> consultations.publicView(c.consultationId())
                .flatMap(this::summaryOf).map(s -> new ReceiptView(c.receiptNo(), s.consultationId(), s.title(),
                        c.submittedAt(), redact(c.content()), s.dispositionsPublished() && c.disposition() != null,
                        s.dispositionsPublished() ? c.disposition() : null,
                        s.dispositionsPublished() ? redact(c.dispositionReason()) : null)));
    }

    private Optional<DraftSummary> summaryOf(PublicConsultation c) {
        Optional<NormativeDocument> d = documents.find(c.documentId());
        if (d.isEmpty() || d.get().status() == DocumentStatus.WITHDRAWN) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        String title = documents.version(c.versionId()).map(DocumentVersion::title).orElse(d.get().title());
        String body = bodies.find(d.get().issuingBodyId()).map(IssuingBody::name).orElse("");
        String state;
        if (!c.open()) {
            state = "CLOSED";
        } else if (today.isAfter(c.closesOn()) || d.get().status() != DocumentStatus.CONSULTING) {
            state = "ENDED";
        } else {
            state = "OPEN";
        }
        long daysLeft = "OPEN".equals(state) ? ChronoUnit.DAYS.between(today, c.closesOn()) : 0;
        return Optional.of(DraftSummary.of(c.id(), title, body, c.openedOn(), c.closesOn(), c.closedOn(), state,
                daysLeft));
    }

    private String redact(String text) {
        return PublicText.redact(text, messages.getMessage("normdocsportal.redacted", null, "〔已删除〕",
                LocaleContextHolder.getLocale()));
    }
}
