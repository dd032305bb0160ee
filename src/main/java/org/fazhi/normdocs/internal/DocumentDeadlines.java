package org.fazhi.normdocs.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.normdocs.NormativeDocument;
import org.springframework.stereotype.Component;

/**
 * The deadlines a normative document puts on the 督办台, each in words: publication within 20 working
 * days of registration (GI-05: information is disclosed within 20 working days of being formed), and,
 * once a document in force comes within the notice period before its expiry (LC-04), its evaluation
 * before the validity ends. Filing (ND-05) is registered by {@code Filings}, the review limit by the desk.
 */
@Component
public class DocumentDeadlines {

    public static final String PUBLICATION = "publication";
    private static final String PUBLICATION_RULE = "GI-05";

    private final Deadlines deadlines;

    DocumentDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Registered: the document is due to be published within GI-05's 20 working days. */
    public void registered(NormativeDocument d, LocalDate on) {
        deadlines.track(NewDeadline.of(NormativeDocument.MODULE, PUBLICATION, String.valueOf(d.id()), d.title(),
                PUBLICATION_RULE, on, d.unitId()).withLabel("normdocs.deadline.publication").withLink(link(d)));
    }

    /** Published on {@code on}: the publication deadline is met. */
    public void published(NormativeDocument d, LocalDate on) {
        open(d, PUBLICATION).forEach(t -> deadlines.meet(t.id(), on));
    }

    /** Withdrawn: nothing of it stays open on the board. */
    public void withdrawn(NormativeDocument d, String reason) {
        open(d, PUBLICATION).forEach(t -> deadlines.cancel(t.id(), reason));
    }

    /**
     * A document in force whose expiry falls within the notice period: its evaluation (后评估, then
     * continue, amend or repeal) is due by the expiry date. Registered once.
     */
    public void nearingExpiry(NormativeDocument d, LocalDate today) {
        if (d.expiryDate() == null || !open(d, NormativeDocument.SUBJECT.name()).isEmpty()
                || d.expiryDate().isBefore(today)) {
            return;
        }
        deadlines.trackFixed(NewDeadline.of(NormativeDocument.MODULE, NormativeDocument.SUBJECT.name(),
                String.valueOf(d.id()), d.title(), NormdocsRules.EXPIRY_NOTICE, today, d.unitId())
                .withLabel("normdocs.deadline.expiry").withLink(link(d)), d.expiryDate());
    }

    /** Evaluated, or no longer in force: the expiry deadline is met. */
    public void expiryHandled(NormativeDocument d, LocalDate on) {
        open(d, NormativeDocument.SUBJECT.name()).forEach(t -> deadlines.meet(t.id(), on));
    }

    private List<TrackedDeadline> open(NormativeDocument d, String type) {
        return deadlines.forSubject(NormativeDocument.MODULE, type, String.valueOf(d.id())).stream()
                .filter(t -> t.status().isActive()).toList();
    }

    private static String link(NormativeDocument d) {
        return "/console/normdocs/" + d.id();
    }
}
