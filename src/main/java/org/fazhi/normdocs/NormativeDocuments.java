package org.fazhi.normdocs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.DocumentVersion.VersionPurpose;
import org.fazhi.normdocs.internal.ClearanceStore;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentDeadlines;
import org.fazhi.normdocs.internal.DocumentFacts;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentRecord;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.FilingAddressees;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.PlanStore;
import org.fazhi.normdocs.internal.RegistrationCounter;
import org.fazhi.normdocs.internal.TextHash;
import org.fazhi.normdocs.internal.ValidityTerms;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.review.ReviewType;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafting procedure of a normative document, step by step. Each step is let through by the
 * procedure ({@code internal.DocumentProcedure}: the state and the legal gates, the same ones the
 * page's guide shows), records what it does, and is audited in the same transaction:
 * <ul>
 * <li>only a listed, active issuing body may start a document;</li>
 * <li>a document affecting rights and duties goes through public consultation, and every comment
 * has a disposition, before legality review;</li>
 * <li>collective deliberation only after a passing legality review of the current version
 * ({@link org.fazhi.review.LegalityGate});</li>
 * <li>registration and numbering (三统一) only after deliberation passed; publication only after
 * registration.</li>
 * </ul>
 * The guide is {@link DocumentGuide}; the 文号 are {@link DocumentNumbers}; the page's reading is
 * {@link DocumentOverviews}.
 */
@Service
@Transactional
public class NormativeDocuments {

    private final DocumentStore documents;
    private final DocumentSteps steps;
    private final DocumentAccess access;
    private final IssuingBodyStore bodies;
    private final PublicConsultations consultations;
    private final RegistrationCounter counter;
    private final DocumentNumbers numbers;
    private final ValidityTerms terms;
    private final LegalityReviews reviews;
    private final Filings filings;
    private final DataScope scope;
    private final Units units;
    private final PlanStore plans;
    private final FilingAddressees addressees;
    private final Supersessions supersessions;
    private final ClearanceStore clearances;
    private final DocumentDeadlines documentDeadlines;
    private final AuditLog audit;

    NormativeDocuments(DocumentStore documents, DocumentSteps steps, DocumentAccess access, IssuingBodyStore bodies,
            PublicConsultations consultations, RegistrationCounter counter, DocumentNumbers numbers,
            ValidityTerms terms, LegalityReviews reviews, Filings filings, DataScope scope, Units units,
            PlanStore plans, FilingAddressees addressees, Supersessions supersessions, ClearanceStore clearances,
            DocumentDeadlines documentDeadlines, AuditLog audit) {
        this.documentDeadlines = documentDeadlines;
        this.clearances = clearances;
        this.supersessions = supersessions;
        this.addressees = addressees;
        this.documents = documents;
        this.steps = steps;
        this.access = access;
        this.bodies = bodies;
        this.consultations = consultations;
        this.counter = counter;
        this.numbers = numbers;
        this.terms = terms;
        this.reviews = reviews;
        this.filings = filings;
        this.scope = scope;
        this.units = units;
        this.plans = plans;
        this.audit = audit;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    public NormativeDocument get(long id) {
        return access.requireVisible(id);
    }

    @Transactional(readOnly = true)
    public PageResult<NormativeDocument> list(Long issuingBodyId, Integer year, DocumentStatus status,
            Validity validity, String q, PageQuery page) {
        var filter = new DocumentStore.Filter(scope.visibleUnitIds(), issuingBodyId, year, status, validity, q, false);
        return new PageResult<>(documents.list(filter, page.size(), page.offset()), page.page(), page.size(),
                documents.count(filter));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(long id) {
        access.requireVisible(id);
        return documents.versions(id);
    }

    @Transactional(readOnly = true)
    public DocumentVersion version(long id, long versionId) {
        access.requireVisible(id);
        return documents.version(versionId).filter(v -> v.documentId() == id)
                .orElseThrow(() -> new NotFoundException("document-version", versionId));
    }

    @Transactional(readOnly = true)
    public DocumentVersion currentVersion(long id) {
        NormativeDocument d = access.requireVisible(id);
        return documents.version(d.currentVersionId()).orElseThrow();
    }

    /**
     * Two versions to compare (by default the last two), with every version to choose from; a version
     * of another document answers 404.
     */
    @Transactional(readOnly = true)
    public VersionComparison compare(long id, Long fromVersionId, Long toVersionId) {
        NormativeDocument d = access.requireVisible(id);
        List<DocumentVersion> all = documents.versions(id);
        DocumentVersion from = fromVersionId == null ? all.get(Math.max(0, all.size() - 2)) : versionOf(all, fromVersionId);
        DocumentVersion to = toVersionId == null ? all.get(all.size() - 1) : versionOf(all, toVersionId);
        return new VersionComparison(d, all, from, to);
    }

    private static DocumentVersion versionOf(List<DocumentVersion> all, long versionId) {
        return all.stream().filter(v -> v.id() == versionId).findFirst()
                .orElseThrow(() -> new NotFoundException("document-version", versionId));
    }

    /** The legality reviews of the document, oldest first (the reviewer's "previous rounds"). */
    @Transactional(readOnly = true)
    public List<LegalityReview> reviews(long id) {
        access.requireVisible(id);
        return reviews.forSubject(NormativeDocument.SUBJECT.ref(id));
    }

    /** Whether deliberation would be allowed now, and why not. */
    @Transactional(readOnly = true)
    public GateDecision deliberationGate(long id) {
        NormativeDocument d = access.requireVisible(id);
        return reviews.gateForDeliberation(NormativeDocument.SUBJECT.ref(id), d.currentVersionId());
    }

    // ----- drafting -----

    /**
     * Starts a document for a listed, active body of the drafting unit or above it. A document that
     * affects rights and duties but will not be opened to public comment needs the reason recorded.
     */
    @Allowed.Drafters
    public NormativeDocument create(DraftRequest r) {
        IssuingBody body = bodies.find(r.issuingBodyId())
                .orElseThrow(() -> new RefusedException("body-not-listed", "normdocs.refused.body-not-listed"));
        if (!body.active()) {
            throw new RefusedException("body-not-listed", "normdocs.refused.body-not-listed");
        }
        long unitId = r.unitId() == null ? requireHomeUnit() : r.unitId();
        scope.require(unitId, "unit", unitId);
        Unit drafting = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!drafting.path().contains("/" + body.unitId() + "/")) {
            // a unit drafts for its own body or for a body above it (a department for the county
            // government), never in the name of another unit's body
            throw new RefusedException("body-not-of-unit", "normdocs.refused.body-not-of-unit", body.name());
        }
        if (r.planItemId() != null) {
            PlanItem item = plans.find(r.planItemId())
                    .filter(p -> scope.canSee(p.unitId()) || scope.canSee(p.draftingUnitId()))
                    .orElseThrow(() -> InvalidInputException.field("planItemId", "normdocs.plan.unknown"));
            if (!item.issuingBodyId().equals(body.id())) {
                throw InvalidInputException.field("planItemId", "normdocs.plan.other-body");
            }
        }
        String skipReason = blank(r.noConsultationReason());
        if (!r.affectsRights() && skipReason == null) {
            // 国办发〔2018〕37号: a draft is opened to public comment unless there is a reason not to
            throw InvalidInputException.field("noConsultationReason", "normdocs.no-consultation.reason-required");
        }
        String title = r.title().strip();
        DocumentRecord record = DocumentRecord.drafted(unitId, body.id(), r.planItemId(), title, r.affectsRights(),
                r.affectsRights() ? null : skipReason, Actor.current().userId(), steps.now());
        steps.save(record);
        long id = record.id();
        long versionId = documents.insertVersion(id, 1, title, r.body(), blank(r.draftingNotes()), blank(r.basis()),
                TextHash.of(title, r.body(), r.draftingNotes(), r.basis()), VersionPurpose.DRAFT, null, null,
                Actor.current().userId());
        record.currentVersion(versionId, title, steps.now());
        steps.save(record);
        NormativeDocument created = documents.find(id).orElseThrow();
        audit.created(NormativeDocument.SUBJECT.name(), id, Map.of("title", created.title(), "issuingBodyId",
                body.id(), "unitId", unitId, "affectsRights", r.affectsRights(), "noConsultationReason",
                skipReason == null || r.affectsRights() ? "" : skipReason, "versionId", versionId));
        return created;
    }

    /**
     * Adds a version. After a 修改后合法 review, the version names the review and answers every
     * required change; the answers are recorded on the review, which the deliberation gate reads. A
     * version based on an older state of the document than the current one is refused as stale.
     */
    @Allowed.Drafters
    public DocumentVersion addVersion(long id, VersionRequest r) {
        DocumentSteps.Taken step = steps.take(id, Step.ADD_VERSION, r.version());
        LegalityReview answered = r.answersReviewId() == null ? null : answeredReview(step, r);
        int no = documents.lastVersionNo(id) + 1;
        VersionPurpose purpose = purposeOf(step.facts(), answered);
        String title = r.title().strip();
        long versionId = documents.insertVersion(id, no, title, r.body(), blank(r.draftingNotes()), blank(r.basis()),
                TextHash.of(title, r.body(), r.draftingNotes(), r.basis()), purpose,
                answered == null ? null : answered.id(), blank(r.changeSummary()), Actor.current().userId());
        step.record().currentVersion(versionId, title, steps.now());
        if (answered != null) {
            for (var response : r.changeResponses()) {
                reviews.markChangeMade(answered.id(), response.itemNo(), versionId, response.response());
            }
        }
        steps.complete(step, Map.of("versionNo", no, "purpose", purpose));
        return documents.version(versionId).orElseThrow();
    }

    /** Why a new version was made, as the version list labels it (起草稿, 按审核意见修改稿, 审议后修改稿 …). */
    private static VersionPurpose purposeOf(DocumentFacts facts, LegalityReview answered) {
        if (answered != null) {
            return VersionPurpose.AFTER_REVIEW;
        }
        if (DeliberationRequest.Decision.NOT_PASSED.name().equals(facts.document().deliberationDecision())) {
            return VersionPurpose.AFTER_DELIBERATION;
        }
        if (facts.reviews().stream().anyMatch(r -> r.status() == ReviewStatus.CONCLUDED)) {
            return VersionPurpose.REVISED_AFTER_REVIEW;
        }
        return facts.consulted() ? VersionPurpose.AFTER_CONSULTATION : VersionPurpose.DRAFT;
    }

    private static LegalityReview answeredReview(DocumentSteps.Taken step, VersionRequest r) {
        LegalityReview answered = step.facts().reviews().stream().filter(rv -> rv.id().equals(r.answersReviewId()))
                .findFirst().orElseThrow(() -> InvalidInputException.field("answersReviewId", "normdocs.review.unknown"));
        if (answered.status() != ReviewStatus.CONCLUDED || answered.outcome() != ReviewOutcome.LAWFUL_WITH_CHANGES) {
            throw InvalidInputException.field("answersReviewId", "normdocs.review.not-with-changes");
        }
        var answeredItems = r.changeResponses().stream().map(VersionRequest.ChangeResponse::itemNo).toList();
        for (var change : answered.requiredChanges()) {
            if (!answeredItems.contains(change.itemNo())) {
                throw InvalidInputException.field("changeResponses", "normdocs.review.change-unanswered",
                        change.itemNo());
            }
        }
        return answered;
    }

    // ----- legality review -----

    /**
     * Sends the current version to the review desk of the issuing body's unit. A document that affects
     * rights and duties must have been through a closed public consultation with every comment
     * answered.
     */
    @Allowed.Drafters
    public LegalityReview submitForReview(long id) {
        DocumentSteps.Taken step = steps.take(id, Step.SUBMIT_FOR_REVIEW, null);
        NormativeDocument d = step.document();
        DocumentVersion v = documents.version(d.currentVersionId()).orElseThrow();
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        LegalityReview request = reviews.submit(new SubmissionRequest(ReviewType.NORMATIVE_DOCUMENT,
                ReviewSubject.of(NormativeDocument.SUBJECT.ref(id), v.title(), v.id(), v.versionNo(), v.sha256(),
                        "/console/normdocs/" + id),
                d.unitId(), body.unitId()));
        steps.complete(step, Map.of("reviewId", request.id(), "versionNo", v.versionNo()));
        return request;
    }

    /** The review desk concluded (called by the review listener, in the same transaction). */
    void reviewConcluded(long id) {
        if (steps.systemMay(id, Step.REVIEW_CONCLUDED)) {
            steps.complete(steps.takeAsSystem(id, Step.REVIEW_CONCLUDED), Map.of());
        }
    }

    /** The submitting unit withdrew its review request. */
    void reviewWithdrawn(long id) {
        if (steps.systemMay(id, Step.REVIEW_WITHDRAWN)) {
            steps.complete(steps.takeAsSystem(id, Step.REVIEW_WITHDRAWN), Map.of());
        }
    }

    // ----- deliberation, registration, publication -----

    /**
     * Records the collective deliberation. Refused unless the latest review of the current version
     * passed ("未经合法性审核或者经审核不合法的，不得提交集体审议") and, for a document affecting rights
     * and duties, every public comment has a disposition.
     */
    @Allowed.Drafters
    public NormativeDocument deliberate(long id, DeliberationRequest r) {
        Step which = r.decision().passed() ? Step.DELIBERATE : Step.DELIBERATION_FAILED;
        DocumentSteps.Taken step = steps.take(id, which, null);
        if (r.date().isAfter(step.today())) {
            throw InvalidInputException.field("date", "normdocs.date.future");
        }
        GateDecision gate = step.facts().reviewGate();
        LocalDate reviewed = step.facts().reviews().stream().filter(rv -> rv.id().equals(gate.reviewId()))
                .findFirst().map(LegalityReview::concludedOn).orElseThrow();
        if (r.date().isBefore(reviewed)) {
            // a meeting held before the review concluded deliberated an unreviewed text
            throw InvalidInputException.field("date", "normdocs.date.before-review", reviewed);
        }
        step.record().deliberated(r.meeting().strip(), r.date(), r.decision().name(), blank(r.notes()), steps.now());
        return steps.complete(step, Map.of("meeting", r.meeting().strip(), "date", r.date(), "decision",
                r.decision(), "reviewId", gate.reviewId()));
    }

    /**
     * Unified registration and numbering (三统一) by the registering office: a gap-free registration
     * number per office and year (e.g. SFDR202500001) and the document number (文号) of the issuing
     * body, unique per body.
     */
    @Allowed.Reviewers
    public NormativeDocument register(long id, String documentNumber) {
        DocumentSteps.Taken step = steps.take(id, Step.REGISTER, null);
        IssuingBody body = bodies.find(step.document().issuingBodyId()).orElseThrow();
        LocalDate today = step.today();
        String number = numbers.check(documentNumber, body, id, today.getYear());
        String prefix = bodies.officePrefix(body.registeringUnitId()).orElseThrow();
        int serial = counter.next(body.registeringUnitId(), today.getYear());
        String registration = RegistrationNumbers.format(prefix, today.getYear(), serial);
        step.record().registered(registration, today.getYear(), serial, today, number, steps.now());
        try {
            NormativeDocument registered = steps.complete(step, Map.of("registrationNumber", registration,
                    "documentNumber", number));
            documentDeadlines.registered(registered, today);
            return registered;
        } catch (DuplicateKeyException raced) {
            // another document of the body took the number in a concurrent transaction
            throw DocumentNumbers.taken(number);
        }
    }

    /**
     * Publishes a registered document ("未经统一登记、统一编号的，不得公布"): validity period from the
     * catalog (LC-01), expiry date, and the filing deadline (ND-05) registered.
     */
    @Allowed.Drafters
    public NormativeDocument publish(long id, PublicationRequest p) {
        DocumentSteps.Taken step = steps.take(id, Step.PUBLISH, null);
        NormativeDocument d = step.document();
        if (p.publicationDate().isBefore(d.registeredOn()) || p.publicationDate().isAfter(step.today())) {
            throw InvalidInputException.field("publicationDate", "normdocs.publication-date.range", d.registeredOn());
        }
        if (p.effectiveDate().isBefore(p.publicationDate())) {
            throw InvalidInputException.field("effectiveDate", "normdocs.effective-date.before-publication");
        }
        int maxYears = terms.maxYears(p.publicationDate(), d.unitId());
        int years = p.validityYears() == null ? maxYears : p.validityYears();
        if (years < 1) {
            throw InvalidInputException.field("validityYears", "normdocs.validity-years.min");
        }
        if (years > maxYears) {
            throw InvalidInputException.field("validityYears", "normdocs.validity-years.max", maxYears);
        }
        LocalDate expiry = ValidityTerms.lastDay(p.effectiveDate(), years);
        step.record().published(p.publicationDate(), p.effectiveDate(), years, expiry, steps.now());
        String filedTo = p.filedTo() == null || p.filedTo().isBlank()
                ? addressees.of(bodies.find(d.issuingBodyId()).orElseThrow()) : p.filedTo();
        Filing filing = filings.open(id, d.unitId(), d.title(), p.publicationDate(), filedTo);
        NormativeDocument published = steps.complete(step, Map.of("publicationDate", p.publicationDate(),
                "effectiveDate", p.effectiveDate(), "expiryDate", expiry, "filingDue", filing.dueOn()));
        supersessions.applyIfInEffect(published, step.today());
        documentDeadlines.published(published, p.publicationDate());
        return published;
    }

    /**
     * A second person checks the public copy of the registered text — natural persons' identifiers
     * removed — before it is published (PI-03); the one who publishes must be someone else.
     */
    @Allowed.Drafters
    public NormativeDocument clearPublicCopy(long id) {
        DocumentSteps.Taken step = steps.take(id, Step.CLEAR_PUBLIC_COPY, null);
        long versionId = step.document().currentVersionId();
        clearances.add(id, versionId, step.facts().personalDataFindings(), Actor.current().userId());
        return steps.complete(step, Map.of("publicCopyClearedFor", versionId, "identifiersRemoved",
                step.facts().personalDataFindings()));
    }

    /** Stops the procedure of an unpublished document. */
    @Allowed.Drafters
    public NormativeDocument withdraw(long id, String reason) {
        DocumentSteps.Taken step = steps.take(id, Step.WITHDRAW, null);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.field("reason", "normdocs.reason.required");
        }
        String why = reason.strip();
        step.record().withdrawn(why, steps.now());
        steps.complete(step, Map.of("reason", why));
        // nothing of a stopped procedure stays open: the public window closes, the desk's request
        // (and its deadline) is withdrawn
        consultations.withdraw(NormativeDocument.SUBJECT.ref(id), why);
        step.facts().reviews().stream().filter(rv -> rv.status().isOpen())
                .forEach(rv -> reviews.withdraw(rv.id(), why));
        documentDeadlines.withdrawn(step.document(), why);
        return documents.find(id).orElseThrow();
    }

    private static long requireHomeUnit() {
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "normdocs.unit.required");
        }
        return unit;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
