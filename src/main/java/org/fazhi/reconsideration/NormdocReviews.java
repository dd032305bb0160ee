package org.fazhi.reconsideration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.normdocs.PublicDocument;
import org.fazhi.reconsideration.internal.CaseClocks;
import org.fazhi.reconsideration.internal.CaseProcedure.Step;
import org.fazhi.reconsideration.internal.CaseSteps;
import org.fazhi.reconsideration.internal.NormdocReviewStore;
import org.fazhi.reconsideration.internal.ReconsiderationRules;
import org.fazhi.reconsideration.internal.SuspensionStore;
import org.fazhi.reconsideration.internal.StoredTexts;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incidental review of a normative document (附带审查, 行政复议法第五十六条至第六十条, RC-07) with
 * its own clocks. Opening it suspends the case (the decision clock pauses). A body that may handle
 * the document handles it within 30 days (RC-07), notifies the issuing organ within 3 working days
 * (RC-17), which answers within 10 (RC-18); one that may not forwards it within 7 working days (RC-16)
 * and the receiving organ replies within 60 days (RC-19). A document of our own catalog is linked
 * through the normative documents' public catalog (never its tables).
 */
@Service
@Transactional
public class NormdocReviews {

    private final CaseSteps steps;
    private final CaseClocks clocks;
    private final NormdocReviewStore reviews;
    private final SuspensionStore suspensions;
    private final PublicCatalog catalog;
    private final StoredTexts texts;
    private final TransactionTemplate lookup;

    NormdocReviews(CaseSteps steps, CaseClocks clocks, NormdocReviewStore reviews, SuspensionStore suspensions,
            PublicCatalog catalog, StoredTexts texts, PlatformTransactionManager transactions) {
        this.lookup = new TransactionTemplate(transactions);
        this.lookup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lookup.setReadOnly(true);
        this.steps = steps;
        this.clocks = clocks;
        this.reviews = reviews;
        this.suspensions = suspensions;
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Opens the review on {@code on}: the case is suspended from that day and the review's clocks start. */
    @Allowed.CaseHandlers
    public NormdocReview open(long id, NormdocReviewRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.OPEN_NORMDOC_REVIEW, r.version());
        ReconsiderationCase c = step.c();
        ReconsiderationCases.between("on", r.on(), c.acceptance().acceptedOn(), step.today());
        String title = r.documentTitle().strip();
        String organ = r.issuingOrgan().strip();
        if (r.normdocId() != null) {
            PublicDocument d = published(r.normdocId());
            title = d.title();
            organ = d.issuingBody();
        }
        Long handle;
        Long notice = null;
        if (r.competent()) {
            handle = clocks.start(c, ReconsiderationRules.NORMDOC_HANDLING, r.on(), c.unitId());
            notice = clocks.start(c, ReconsiderationRules.NORMDOC_NOTICE, r.on(), c.unitId());
        } else {
            handle = clocks.start(c, ReconsiderationRules.NORMDOC_FORWARD, r.on(), c.unitId());
        }
        reviews.open(id, title, organ, r.normdocId(), r.competent(), r.on(), handle, notice, Actor.current().userId(),
                steps.now());
        String why = texts.stored("reconsideration.clock.normdoc-review", title);
        clocks.pause(c.clocks().decision(), r.on(), why);
        suspensions.open(id, SuspensionGround.NORMDOC_REVIEW, why, r.on(), Actor.current().userId(), steps.now());
        step.record().suspended(r.on(), SuspensionGround.NORMDOC_REVIEW.name(), null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentTitle", title);
        details.put("issuingOrgan", organ);
        details.put("normdocId", r.normdocId() == null ? "" : r.normdocId());
        details.put("competent", r.competent());
        details.put("on", r.on());
        steps.complete(step, details);
        return reviews.ofCase(id).orElseThrow();
    }

    /** The issuing organ notified in writing: its 10 working days (RC-18) run from that day. */
    @Allowed.CaseHandlers
    public NormdocReview notifyIssuer(long id, NormdocStepRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.NOTIFY_ISSUER, r.version());
        NormdocReview n = step.facts().normdoc().orElseThrow();
        ReconsiderationCases.between("on", r.on(), n.openedOn(), step.today());
        clocks.meet(n.noticeDeadlineId(), r.on());
        long answer = clocks.start(step.c(), ReconsiderationRules.NORMDOC_ISSUER_ANSWER, r.on(), step.c().unitId());
        reviews.issuerNotified(id, r.on(), answer);
        steps.complete(step, Map.of("on", r.on(), "answerDue", clocks.get(answer).dueDate()));
        return reviews.ofCase(id).orElseThrow();
    }

    /** The issuing organ's written answer received. */
    @Allowed.CaseHandlers
    public NormdocReview recordIssuerAnswer(long id, NormdocStepRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.RECORD_ISSUER_ANSWER, r.version());
        NormdocReview n = step.facts().normdoc().orElseThrow();
        ReconsiderationCases.between("on", r.on(), n.issuerNotifiedOn(), step.today());
        clocks.meet(n.answerDeadlineId(), r.on());
        reviews.issuerAnswered(id, r.on());
        steps.complete(step, Map.of("on", r.on()));
        return reviews.ofCase(id).orElseThrow();
    }

    /** Forwarded to the organ that may handle the document: its 60 days (RC-19) run. */
    @Allowed.CaseHandlers
    public NormdocReview forward(long id, NormdocStepRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.FORWARD_NORMDOC, r.version());
        NormdocReview n = step.facts().normdoc().orElseThrow();
        String to = Applications.blank(r.forwardedTo());
        if (to == null) {
            throw InvalidInputException.field("forwardedTo", "reconsideration.normdoc.forwarded-to");
        }
        ReconsiderationCases.between("on", r.on(), n.openedOn(), step.today());
        clocks.meet(n.handleDeadlineId(), r.on());
        long reply = clocks.start(step.c(), ReconsiderationRules.NORMDOC_REPLY, r.on(), step.c().unitId());
        reviews.forwarded(id, r.on(), to, reply);
        steps.complete(step, Map.of("on", r.on(), "forwardedTo", to, "replyDue", clocks.get(reply).dueDate()));
        return reviews.ofCase(id).orElseThrow();
    }

    /**
     * Concluded: this body found the provisions lawful, or unlawful (their execution stopped and the
     * issuer ordered to correct them, 第五十九条); or the receiving organ's reply came in.
     */
    @Allowed.CaseHandlers
    public NormdocReview conclude(long id, NormdocStepRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.CONCLUDE_NORMDOC, r.version());
        NormdocReview n = step.facts().normdoc().orElseThrow();
        if (r.conclusion() == null || n.competent() == (r.conclusion() == NormdocConclusion.REPLIED)) {
            throw InvalidInputException.field("conclusion", n.competent()
                    ? "reconsideration.normdoc.conclusion-competent" : "reconsideration.normdoc.conclusion-forwarded");
        }
        ReconsiderationCases.between("on", r.on(), n.competent() ? n.openedOn() : n.forwardedOn(), step.today());
        clocks.meet(n.competent() ? n.handleDeadlineId() : n.replyDeadlineId(), r.on());
        clocks.cancel(n.noticeDeadlineId(), texts.stored("reconsideration.clock.closed"));
        clocks.cancel(n.answerDeadlineId(), texts.stored("reconsideration.clock.closed"));
        reviews.concluded(id, r.on(), r.conclusion(), Applications.blank(r.note()));
        steps.complete(step, Map.of("on", r.on(), "conclusion", r.conclusion()));
        return reviews.ofCase(id).orElseThrow();
    }

    /**
     * The published document of our catalog, read through its public API in a transaction of its own
     * (an unknown id must not mark the step's transaction for rollback); else bad input.
     */
    private PublicDocument published(long normdocId) {
        PublicDocument d = lookup.execute(tx -> {
            // a read only: rolled back either way, so a refusal inside it is no unexpected rollback
            tx.setRollbackOnly();
            try {
                return catalog.document(normdocId);
            } catch (NotFoundException e) {
                return null;
            }
        });
        if (d == null) {
            throw InvalidInputException.field("normdocId", "reconsideration.normdoc.unknown");
        }
        return d;
    }
}
