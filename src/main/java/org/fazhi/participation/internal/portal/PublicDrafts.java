package org.fazhi.participation.internal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.Article;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationText;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.privacy.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of consultations (征求意见), for the portal pages and the public API: drafts open
 * for comment, drafts whose window has ended, the published dispositions (content with identifiers
 * removed, never who wrote it, nothing of a withheld comment), comments and receipt look-ups. A
 * withdrawn consultation (the owner's procedure was stopped) is no longer public; a comment is
 * accepted only while the window is open.
 */
@Component
@Transactional(readOnly = true)
class PublicDrafts {

    static final String ENTITY = PublicConsultations.ENTITY;
    private static final int RECENTLY_CLOSED = 20;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PublicConsultations consultations;
    private final MessageSource messages;
    private final Clock clock;

    PublicDrafts(PublicConsultations consultations, MessageSource messages, Clock clock) {
        this.consultations = consultations;
        this.messages = messages;
        this.clock = clock;
    }

    /** Drafts open for comment, closing soonest first. */
    List<DraftSummary> open() {
        return consultations.notYetClosed().stream().map(this::summaryOf).filter(DraftSummary::acceptingComments)
                .toList();
    }

    /** Windows that have ended (dispositions pending or published), most recently closed first. */
    List<DraftSummary> ended() {
        List<DraftSummary> out = new ArrayList<>();
        consultations.notYetClosed().stream().map(this::summaryOf).filter(s -> !s.acceptingComments())
                .forEach(out::add);
        consultations.recentlyClosed(RECENTLY_CLOSED).stream().map(this::summaryOf).forEach(out::add);
        return out;
    }

    DraftSummary summary(long consultationId) {
        return consultations.publicView(consultationId).map(this::summaryOf)
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
    }

    /**
     * The text put out for comment: title, text with its articles, and notes (起草说明), with natural
     * persons' identifiers found in them removed (PI-03: they never reach the public).
     */
    ConsultationText text(long consultationId) {
        ConsultationText t = consultations.publicText(consultationId);
        String body = PersonalData.redact(t.body());
        return new ConsultationText(t.consultationId(), t.versionId(), t.versionNo(), PersonalData.redact(t.title()),
                body, PersonalData.redact(t.notes()), t.sha256(), Article.parse(body));
    }

    /** The counts of the published dispositions; empty while the window is open or not yet closed. */
    Optional<AdoptionSummary> adoption(long consultationId) {
        DraftSummary s = summary(consultationId);
        return s.dispositionsPublished() ? Optional.of(consultations.publishedDispositions(consultationId))
                : Optional.empty();
    }

    /** Each published comment, numbered, with identifiers removed from its content. */
    List<PublishedComment> published(long consultationId, AdoptionSummary summary) {
        ConsultationText text = text(consultationId);
        List<PublishedComment> out = new ArrayList<>();
        int no = 1;
        for (PublicComment c : summary.comments()) {
            Article a = text.article(c.articleNo());
            out.add(new PublishedComment(no++, c.articleNo(), a == null ? null : a.label(),
                    c.withheld() ? null : redact(c.content()), c.withheld(),
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
            throw new RefusedException("consultation-closed", "participation.refused.consultation-closed");
        }
        return consultations.comment(consultationId, form);
    }

    /** A comment by its receipt number; the disposition only once the dispositions are published. */
    Optional<ReceiptView> receipt(String receiptNo) {
        return consultations.byReceipt(receiptNo).flatMap(c -> consultations.publicView(c.consultationId())
                .map(this::summaryOf).map(s -> {
                    Article a = c.articleNo() == null ? null : text(s.consultationId()).article(c.articleNo());
                    return new ReceiptView(c.receiptNo(), s.consultationId(), s.title(),
                            a == null ? null : a.label(), c.submittedAt(), c.withheld() ? null : redact(c.content()),
                            c.withheld(), s.dispositionsPublished() && c.disposition() != null,
                            s.dispositionsPublished() ? c.disposition() : null,
                            s.dispositionsPublished() ? redact(c.dispositionReason()) : null);
                }));
    }

    private DraftSummary summaryOf(PublicConsultation c) {
        LocalDate today = LocalDate.now(clock);
        String state;
        if (!c.open()) {
            state = "CLOSED";
        } else if (today.isAfter(c.closesOn())) {
            state = "ENDED";
        } else {
            state = "OPEN";
        }
        long daysLeft = "OPEN".equals(state) ? ChronoUnit.DAYS.between(today, c.closesOn()) : 0;
        return DraftSummary.of(c.id(), c.kind(), PersonalData.redact(c.title()), c.organiser(), c.openedOn(), c.closesOn(), c.closedOn(),
                state, daysLeft, c.shortenedReason());
    }

    private String redact(String text) {
        return PublicText.redact(text, messages.getMessage("participationportal.redacted", null, "participationportal.redacted",
                LocaleContextHolder.getLocale()));
    }
}
