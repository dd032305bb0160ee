package org.fazhi.normdocs;

import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.internal.DocumentFacts;
import org.fazhi.normdocs.internal.DocumentFactsReader;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.FilingAddressees;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.PlanStore;
import org.fazhi.normdocs.internal.SupersessionStore;
import org.fazhi.normdocs.internal.ValidityTerms;
import org.fazhi.participation.PublicComment;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a document's page in one call: one scope check, one transaction ({@link DocumentOverview}). */
@Service
@Transactional(readOnly = true)
public class DocumentOverviews {

    private final DocumentFactsReader facts;
    private final DocumentGuide guide;
    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final PlanStore plans;
    private final Units units;
    private final Consultations consultations;
    private final Filings filings;
    private final Cleanups cleanups;
    private final Attachments attachments;
    private final DocumentNumbers numbers;
    private final ValidityTerms terms;
    private final FilingAddressees addressees;
    private final SupersessionStore supersessions;

    DocumentOverviews(FilingAddressees addressees, SupersessionStore supersessions, DocumentFactsReader facts, DocumentGuide guide, DocumentStore documents,
            IssuingBodyStore bodies, PlanStore plans, Units units, Consultations consultations, Filings filings,
            Cleanups cleanups, Attachments attachments, DocumentNumbers numbers, ValidityTerms terms) {
        this.addressees = addressees;
        this.supersessions = supersessions;
        this.facts = facts;
        this.guide = guide;
        this.documents = documents;
        this.bodies = bodies;
        this.plans = plans;
        this.units = units;
        this.consultations = consultations;
        this.filings = filings;
        this.cleanups = cleanups;
        this.attachments = attachments;
        this.numbers = numbers;
        this.terms = terms;
    }

    /** The page of a document the actor may see (404 otherwise). */
    public DocumentOverview of(long id) {
        DocumentFacts f = facts.read(id);
        NormativeDocument d = f.document();
        var steps = guide.of(f);
        List<PublicComment> comments = consultations.commentsOf(id);
        return new DocumentOverview(d, bodies.find(d.issuingBodyId()).map(IssuingBody::name).orElse(""),
                units.name(d.unitId()), d.planItemId() == null ? null : plans.find(d.planItemId()).orElse(null),
                steps, documents.versions(id), f.consultations(), comments, Consultations.summarise(comments),
                consultations.earliestClose(f.today()), f.reviews(), changesToAnswer(f.reviews()),
                steps.allowed("register") ? numbers.suggestFor(d) : null, terms.maxYears(f.today(), d.unitId()),
                attachments.ofVisible(id), f.filing().map(filings::withCurrentDue),
                d.published() ? filings.missing(d) : List.of(), cleanups.evaluationsOf(id), cleanups.historyOf(d),
                bodies.find(d.issuingBodyId()).map(addressees::of).orElse(""), supersessions.of(id),
                f.personalDataFindings(), f.personalDataFindings() == 0 ? null : publicCopy(d),
                f.publicCopyClearedBy() != null, f.today());
    }

    private String publicCopy(NormativeDocument d) {
        return documents.version(d.currentVersionId()).map(v -> PersonalData.redact(v.body())).orElse(null);
    }

    /** The latest 修改后合法 review whose changes are not all made yet (the next version answers it). */
    static Optional<LegalityReview> changesToAnswer(List<LegalityReview> reviews) {
        return reviews.stream()
                .filter(r -> r.status() == ReviewStatus.CONCLUDED && r.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES
                        && !r.allChangesMade())
                .reduce((a, b) -> b);
    }
}
