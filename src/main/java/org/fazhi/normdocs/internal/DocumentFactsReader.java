package org.fazhi.normdocs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityGate;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.LegalityReview;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link DocumentFacts} a step or the guide checks: once, in the caller's transaction,
 * after the visibility check (another unit's document answers 404 before any gate is read).
 */
@Component
public class DocumentFactsReader {

    private final DocumentAccess access;
    private final PublicConsultations consultations;
    private final FilingStore filings;
    private final LegalityReviews reviews;
    private final RulesCatalog rules;
    private final DocumentStore documents;
    private final ClearanceStore clearances;
    private final Clock clock;

    DocumentFactsReader(DocumentAccess access, PublicConsultations consultations, FilingStore filings,
            LegalityReviews reviews, RulesCatalog rules, DocumentStore documents, ClearanceStore clearances,
            Clock clock) {
        this.rules = rules;
        this.documents = documents;
        this.clearances = clearances;
        this.access = access;
        this.consultations = consultations;
        this.filings = filings;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The facts of a document the actor may see, its row locked for a step; else 404. */
    public DocumentFacts lock(long id) {
        return of(access.lockVisible(id));
    }

    /** The facts of a document the actor may see (reading, for the guide); else 404. */
    public DocumentFacts read(long id) {
        return of(access.requireVisible(id));
    }

    /** The facts of a document already read (and checked visible or system-owned). */
    public DocumentFacts of(NormativeDocument d) {
        List<LegalityReview> rounds = reviews.forSubject(NormativeDocument.SUBJECT.ref(d.id()));
        GateDecision gate = d.currentVersionId() == null ? GateDecision.refuse("not-reviewed", null)
                : LegalityGate.forDeliberation(rounds, d.currentVersionId());
        return new DocumentFacts(d, access.canDraft(d), access.canRegister(d),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()),
                Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name()),
                consultations.ofSubject(NormativeDocument.SUBJECT.ref(d.id())),
                consultations.undisposed(NormativeDocument.SUBJECT.ref(d.id())), rounds, gate,
                filings.ofDocument(d.id()), LocalDate.now(clock),
                rules.period(NormdocsRules.CONSULTATION_MINIMUM, RuleTerm.AMOUNT, LocalDate.now(clock), d.unitId())
                        .amount(),
                findings(d), d.currentVersionId() == null ? null
                        : clearances.clearedBy(d.id(), d.currentVersionId()).orElse(null),
                Actor.current().userId());
    }

    /** Identifiers of natural persons in the current version's title and text (they never reach the public). */
    private int findings(NormativeDocument d) {
        if (d.currentVersionId() == null) {
            return 0;
        }
        return documents.version(d.currentVersionId())
                .map(v -> PersonalData.find(v.title()).size() + PersonalData.find(v.body()).size()).orElse(0);
    }
}
