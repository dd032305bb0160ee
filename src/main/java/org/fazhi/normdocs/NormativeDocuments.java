package org.fazhi.normdocs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.DocumentVersion.VersionPurpose;
import org.fazhi.normdocs.internal.ConsultationStore;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentProcedure;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.PlanStore;
import org.fazhi.normdocs.internal.RegistrationCounter;
import org.fazhi.normdocs.internal.TextHash;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewRequest;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewSubmission;
import org.fazhi.review.ReviewType;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafting procedure of a normative document, step by step. Each step checks the state machine
 * ({@code DocumentProcedure}) and its legal gate, writes the audit log in the same transaction, and
 * refuses with the reason the drafter reads:
 * <ul>
 * <li>only a listed, active issuing body may start a document;</li>
 * <li>a document affecting rights and duties goes through public consultation, and every comment
 * has a disposition, before legality review;</li>
 * <li>collective deliberation only after a passing legality review of the current version
 * ({@link org.fazhi.review.LegalityGate});</li>
 * <li>registration and numbering (三统一) only after deliberation passed; publication only after
 * registration.</li>
 * </ul>
 */
@Service
@Transactional
public class NormativeDocuments {

    public static final String MODULE = "normdocs";
    public static final String SUBJECT = "normative-document";
    /** 文号: issuing body prefix, 〔year〕, serial, 号 — e.g. 示政发〔2025〕3号. */
    private static final java.util.Set<DocumentStatus> BEFORE_DELIBERATION = java.util.EnumSet.of(
            DocumentStatus.DRAFTING, DocumentStatus.CONSULTING, DocumentStatus.REVIEWING, DocumentStatus.REVIEWED);
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("^(.{1,20})〔(\\d{4})〕([1-9]\\d{0,3})号$");

    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final ConsultationStore consultations;
    private final RegistrationCounter counter;
    private final DocumentAccess access;
    private final LegalityReviews reviews;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Filings filings;
    private final Units units;
    private final PlanStore plans;
    private final Clock clock;

    NormativeDocuments(DocumentStore documents, IssuingBodyStore bodies, ConsultationStore consultations,
            RegistrationCounter counter, DocumentAccess access, LegalityReviews reviews, RulesCatalog rules,
            DataScope scope, AuditLog audit, ApplicationEventPublisher events, Filings filings, Units units,
            PlanStore plans, Clock clock) {
        this.documents = documents;
        this.bodies = bodies;
        this.consultations = consultations;
        this.counter = counter;
        this.access = access;
        this.reviews = reviews;
        this.rules = rules;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.filings = filings;
        this.units = units;
        this.plans = plans;
        this.clock = clock;
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

    /** The legality reviews of the document, oldest first (the reviewer's "previous rounds"). */
    @Transactional(readOnly = true)
    public List<ReviewRequest> reviews(long id) {
        access.requireVisible(id);
        return reviews.forSubject(MODULE, SUBJECT, String.valueOf(id));
    }

    /** Whether deliberation would be allowed now, and why not. */
    @Transactional(readOnly = true)
    public GateDecision deliberationGate(long id) {
        NormativeDocument d = access.requireVisible(id);
        return reviews.gateForDeliberation(MODULE, SUBJECT, String.valueOf(id), d.currentVersionId());
    }

    /**
     * What the law asks next of this document, and for every step whether the acting user may take it
     * now or the reason it would be refused (state, scope and legal gate), so the console can say so
     * before anyone clicks.
     */
    @Transactional(readOnly = true)
    public ProcedureGuide guide(long id) {
        NormativeDocument d = access.requireVisible(id);
        LocalDate today = LocalDate.now(clock);
        boolean drafting = access.canDraft(d);
        List<PublicConsultation> all = consultations.ofDocument(id);
        PublicConsultation open = all.stream().filter(PublicConsultation::open).findFirst().orElse(null);
        boolean consulted = all.stream().anyMatch(c -> !c.open());
        long undisposed = consultations.undisposed(id);
        List<ReviewRequest> rounds = reviews.forSubject(MODULE, SUBJECT, String.valueOf(id));
        GateDecision gate = d.currentVersionId() == null ? GateDecision.refuse("not-reviewed", null)
                : org.fazhi.review.LegalityGate.forDeliberation(rounds, d.currentVersionId());
        StepCheck consultation = consultationCheck(d, consulted, undisposed);
        Filing filing = d.published() ? filings.of(id).orElse(null) : null;

        List<StepCheck> steps = new java.util.ArrayList<>();
        steps.add(check("add-version", d, Step.ADD_VERSION, drafting));
        steps.add(check("open-consultation", d, Step.OPEN_CONSULTATION, drafting));
        StepCheck close = check("close-consultation", d, Step.CLOSE_CONSULTATION, drafting);
        if (close.allowed() && open != null && today.isBefore(open.earliestClose())) {
            close = StepCheck.refused("close-consultation", "consultation-too-early",
                    "normdocs.refused.consultation-too-early", open.earliestClose());
        }
        steps.add(close);
        StepCheck submit = check("submit-for-review", d, Step.SUBMIT_FOR_REVIEW, drafting);
        steps.add(submit.allowed() && !consultation.allowed() ? rename(consultation, "submit-for-review") : submit);
        StepCheck deliberate = check("deliberate", d, Step.DELIBERATE_PASSED, drafting);
        boolean beforeDeliberation = java.util.EnumSet.of(DocumentStatus.DRAFTING, DocumentStatus.CONSULTING,
                DocumentStatus.REVIEWING, DocumentStatus.REVIEWED).contains(d.status());
        if (beforeDeliberation && !gate.passed()) {
            deliberate = StepCheck.refused("deliberate", "review-" + gate.code(), gate.messageKey());
        } else if (deliberate.allowed() && !consultation.allowed()) {
            deliberate = rename(consultation, "deliberate");
        }
        steps.add(deliberate);
        StepCheck register = stateCheck("register", d, Step.REGISTER);
        if (register.allowed() && !access.canRegister(d)) {
            register = StepCheck.refused("register", "not-registering-office",
                    "normdocs.refused.not-registering-office");
        }
        steps.add(register);
        steps.add(check("publish", d, Step.PUBLISH, drafting));
        steps.add(check("withdraw", d, Step.WITHDRAW, drafting));
        steps.add(afterPublication("file", d, drafting, d.imported()
                ? StepCheck.refused("file", "imported", "normdocs.refused.filing-imported")
                : filing == null ? StepCheck.refused("file", "not-published", "normdocs.refused.filing-not-published")
                : filing.filed() ? StepCheck.refused("file", "already-filed", "normdocs.refused.already-filed")
                : StepCheck.ok("file")));
        steps.add(afterPublication("evaluate", d, drafting, d.published() ? StepCheck.ok("evaluate")
                : StepCheck.refused("evaluate", "not-published", "normdocs.refused.evaluate-unpublished")));
        steps.add(afterPublication("repeal", d, drafting, d.published() && d.validity() != null
                && d.validity().inForce() ? StepCheck.ok("repeal")
                : StepCheck.refused("repeal", "not-in-force", "normdocs.refused.not-in-force")));

        return next(d, today, open, consulted, undisposed, rounds, gate, filing, steps);
    }

    private ProcedureGuide next(NormativeDocument d, LocalDate today, PublicConsultation open, boolean consulted,
            long undisposed, List<ReviewRequest> rounds, GateDecision gate, Filing filing, List<StepCheck> steps) {
        String key;
        List<Object> args = List.of();
        switch (d.status()) {
            case WITHDRAWN -> key = "normdocs.next.withdrawn";
            case CONSULTING -> {
                if (open != null && today.isBefore(open.earliestClose())) {
                    key = "normdocs.next.consulting";
                    args = List.of(open.closesOn(), open.earliestClose());
                } else {
                    key = "normdocs.next.close-consultation";
                    args = List.of(open == null ? today : open.closesOn());
                }
            }
            case REVIEWING -> {
                key = "normdocs.next.reviewing";
                args = List.of(rounds.stream().filter(r -> r.status().isOpen()).map(ReviewRequest::dueOn)
                        .filter(java.util.Objects::nonNull).findFirst().map(Object.class::cast).orElse("-"));
            }
            case DRAFTING, REVIEWED -> {
                if (d.affectsRights() && !consulted) {
                    key = "normdocs.next.open-consultation";
                } else if (d.affectsRights() && undisposed > 0) {
                    key = "normdocs.next.dispose";
                    args = List.of(String.valueOf(undisposed));
                } else if (gate.passed()) {
                    key = "normdocs.next.deliberate";
                } else if ("changes-pending".equals(gate.code())) {
                    key = "normdocs.next.answer-changes";
                } else if ("unlawful".equals(gate.code())) {
                    key = "normdocs.next.revise-unlawful";
                } else {
                    key = "normdocs.next.submit-for-review";
                }
            }
            case DELIBERATED -> key = "normdocs.next.register";
            case REGISTERED -> key = "normdocs.next.publish";
            case PUBLISHED -> {
                int months = rules.period("LC-04", RuleTerm.AMOUNT, today).amount();
                if (filing != null && !filing.filed()) {
                    key = "normdocs.next.file";
                    args = List.of(filing.dueOn());
                } else if (d.validity() == null || !d.validity().inForce()) {
                    key = "normdocs.next.not-in-force";
                } else if (d.expiryDate() != null && !d.expiryDate().isAfter(today.plusMonths(months))) {
                    key = "normdocs.next.evaluate";
                    args = List.of(d.expiryDate());
                } else {
                    key = "normdocs.next.in-force";
                    args = List.of(d.expiryDate() == null ? "-" : d.expiryDate());
                }
            }
            default -> key = "normdocs.next.withdrawn";
        }
        return new ProcedureGuide(d.status(), key, args, steps);
    }

    private StepCheck consultationCheck(NormativeDocument d, boolean consulted, long undisposed) {
        if (!d.affectsRights()) {
            return StepCheck.ok("consultation");
        }
        if (!consulted) {
            return StepCheck.refused("consultation", "consultation-required", "normdocs.refused.consultation-required");
        }
        if (undisposed > 0) {
            return StepCheck.refused("consultation", "comments-undisposed", "normdocs.refused.comments-undisposed",
                    undisposed);
        }
        return StepCheck.ok("consultation");
    }

    private static StepCheck rename(StepCheck c, String step) {
        return new StepCheck(step, c.allowed(), c.code(), c.messageKey(), c.args());
    }

    private static StepCheck stateCheck(String name, NormativeDocument d, Step step) {
        try {
            DocumentProcedure.next(d.status(), step);
            return StepCheck.ok(name);
        } catch (RefusedException e) {
            return StepCheck.refused(name, e.code(), e.messageKey(), e.args());
        }
    }

    private static StepCheck check(String name, NormativeDocument d, Step step, boolean drafting) {
        StepCheck state = stateCheck(name, d, step);
        if (state.allowed() && !drafting) {
            return StepCheck.refused(name, "not-drafting-unit", "normdocs.refused.not-drafting-unit");
        }
        return state;
    }

    private static StepCheck afterPublication(String name, NormativeDocument d, boolean drafting, StepCheck gate) {
        if (gate.allowed() && !drafting) {
            return StepCheck.refused(name, "not-drafting-unit", "normdocs.refused.not-drafting-unit");
        }
        return gate;
    }

    /** The next free document number (文号) of the document's body this year, as a suggestion. */
    @Transactional(readOnly = true)
    public String suggestDocumentNumber(long id) {
        NormativeDocument d = access.requireVisible(id);
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        int year = LocalDate.now(clock).getYear();
        String mark = "〔" + year + "〕";
        int max = 0;
        for (String n : documents.documentNumbersOf(body.id(), mark)) {
            Matcher m = DOCUMENT_NUMBER.matcher(n);
            if (m.matches() && m.group(2).equals(String.valueOf(year))) {
                max = Math.max(max, Integer.parseInt(m.group(3)));
            }
        }
        return body.docNumberPrefix() + mark + (max + 1) + "号";
    }

    // ----- drafting -----

    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
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
        long id = documents.insert(unitId, body.id(), r.planItemId(), r.title().strip(), r.affectsRights(),
                Actor.current().userId());
        long versionId = documents.insertVersion(id, 1, r.title().strip(), r.body(), blank(r.draftingNotes()),
                blank(r.basis()), TextHash.of(r.title().strip(), r.body(), r.draftingNotes(), r.basis()),
                VersionPurpose.DRAFT, null, null, Actor.current().userId());
        documents.setCurrentVersion(id, versionId, r.title().strip());
        NormativeDocument created = documents.find(id).orElseThrow();
        audit.created(DocumentAccess.ENTITY, id, Map.of("title", created.title(), "issuingBodyId", body.id(),
                "unitId", unitId, "affectsRights", r.affectsRights(), "versionId", versionId));
        return created;
    }

    /**
     * Adds a version. After a 修改后合法 review, the version names the review and answers every
     * required change; the answers are recorded on the review, which the deliberation gate reads.
     */
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
    public DocumentVersion addVersion(long id, VersionRequest r) {
        NormativeDocument d = access.lockVisible(id);
        access.requireDraftingScope(d);
        DocumentStatus next = DocumentProcedure.next(d.status(), Step.ADD_VERSION);
        ReviewRequest answered = null;
        if (r.answersReviewId() != null) {
            answered = reviews.forSubject(MODULE, SUBJECT, String.valueOf(id)).stream()
                    .filter(rv -> rv.id().equals(r.answersReviewId())).findFirst()
                    .orElseThrow(() -> InvalidInputException.field("answersReviewId", "normdocs.review.unknown"));
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
        }
        int no = documents.lastVersionNo(id) + 1;
        VersionPurpose purpose = answered != null ? VersionPurpose.AFTER_REVIEW
                : consultations.ofDocument(id).stream().anyMatch(c -> !c.open()) ? VersionPurpose.AFTER_CONSULTATION
                : VersionPurpose.DRAFT;
        String title = r.title().strip();
        long versionId = documents.insertVersion(id, no, title, r.body(), blank(r.draftingNotes()), blank(r.basis()),
                TextHash.of(title, r.body(), r.draftingNotes(), r.basis()), purpose,
                answered == null ? null : answered.id(), blank(r.changeSummary()), Actor.current().userId());
        documents.setCurrentVersion(id, versionId, title);
        documents.setStatus(id, next);
        if (answered != null) {
            for (var response : r.changeResponses()) {
                reviews.markChangeMade(answered.id(), response.itemNo(), versionId, response.response());
            }
        }
        audit.changed(DocumentAccess.ENTITY, id, "add-version",
                Map.of("status", d.status(), "versionNo", d.currentVersionNo()),
                Map.of("status", next, "versionNo", no, "purpose", purpose));
        return documents.version(versionId).orElseThrow();
    }

    // ----- legality review -----

    /**
     * Sends the current version to the review desk of the issuing body's unit. A document that affects
     * rights and duties must have been through a closed public consultation with every comment
     * answered.
     */
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
    public ReviewRequest submitForReview(long id) {
        NormativeDocument d = access.lockVisible(id);
        access.requireDraftingScope(d);
        DocumentStatus next = DocumentProcedure.next(d.status(), Step.SUBMIT_FOR_REVIEW);
        requireConsultationDone(d);
        DocumentVersion v = documents.version(d.currentVersionId()).orElseThrow();
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        ReviewRequest request = reviews.submit(new ReviewSubmission(ReviewType.NORMATIVE_DOCUMENT,
                new ReviewSubject(MODULE, SUBJECT, String.valueOf(id), v.title(), v.id(), v.versionNo(), v.sha256(),
                        "/console/normdocs/" + id),
                d.unitId(), body.unitId()));
        documents.setStatus(id, next);
        audit.changed(DocumentAccess.ENTITY, id, "submit-for-review", Map.of("status", d.status()),
                Map.of("status", next, "reviewId", request.id(), "versionNo", v.versionNo()));
        return request;
    }

    /** The review desk concluded (called by the review listener, in the same transaction). */
    void reviewConcluded(long id) {
        NormativeDocument d = documents.lock(id).orElseThrow();
        if (DocumentProcedure.allowed(d.status(), Step.REVIEW_CONCLUDED)) {
            documents.setStatus(id, DocumentProcedure.next(d.status(), Step.REVIEW_CONCLUDED));
            audit.changed(DocumentAccess.ENTITY, id, "review-concluded", Map.of("status", d.status()),
                    Map.of("status", DocumentStatus.REVIEWED));
        }
    }

    /** The submitting unit withdrew its review request. */
    void reviewWithdrawn(long id) {
        NormativeDocument d = documents.lock(id).orElseThrow();
        if (DocumentProcedure.allowed(d.status(), Step.REVIEW_WITHDRAWN)) {
            documents.setStatus(id, DocumentProcedure.next(d.status(), Step.REVIEW_WITHDRAWN));
            audit.changed(DocumentAccess.ENTITY, id, "review-withdrawn", Map.of("status", d.status()),
                    Map.of("status", DocumentStatus.DRAFTING));
        }
    }

    // ----- deliberation, registration, publication -----

    /**
     * Records the collective deliberation. Refused unless the latest review of the current version
     * passed ("未经合法性审核或者经审核不合法的，不得提交集体审议") and, for a document affecting rights
     * and duties, every public comment has a disposition.
     */
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
    public NormativeDocument deliberate(long id, Deliberation r) {
        NormativeDocument d = access.lockVisible(id);
        access.requireDraftingScope(d);
        Step step = r.decision().passed() ? Step.DELIBERATE_PASSED : Step.DELIBERATE_NOT_PASSED;
        GateDecision gate = reviews.gateForDeliberation(MODULE, SUBJECT, String.valueOf(id), d.currentVersionId());
        if (!gate.passed() && BEFORE_DELIBERATION.contains(d.status())) {
            // the drafter reads the legal reason (审核未完成 / 不合法 / 未经审核), not just "wrong state"
            throw new RefusedException("review-" + gate.code(), gate.messageKey());
        }
        DocumentStatus next = DocumentProcedure.next(d.status(), step);
        if (!gate.passed()) {
            throw new RefusedException("review-" + gate.code(), gate.messageKey());
        }
        requireConsultationDone(d);
        if (r.date().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("date", "normdocs.date.future");
        }
        LocalDate reviewed = reviews.forSubject(MODULE, SUBJECT, String.valueOf(id)).stream()
                .filter(rv -> rv.id().equals(gate.reviewId())).findFirst().map(ReviewRequest::concludedOn)
                .orElseThrow();
        if (r.date().isBefore(reviewed)) {
            // a meeting held before the review concluded deliberated an unreviewed text
            throw InvalidInputException.field("date", "normdocs.date.before-review", reviewed);
        }
        documents.recordDeliberation(id, r.meeting().strip(), r.date(), r.decision().name(), blank(r.notes()));
        documents.setStatus(id, next);
        audit.changed(DocumentAccess.ENTITY, id, "deliberate", Map.of("status", d.status()),
                Map.of("status", next, "meeting", r.meeting().strip(), "date", r.date(), "decision", r.decision(),
                        "reviewId", gate.reviewId()));
        return documents.find(id).orElseThrow();
    }

    /**
     * Unified registration and numbering (三统一) by the registering office: a gap-free registration
     * number per office and year (e.g. SFDR202500001) and the document number (文号) of the issuing
     * body, unique per body.
     */
    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','LEGAL_REVIEWER')")
    public NormativeDocument register(long id, String documentNumber) {
        NormativeDocument d = access.lockVisible(id);
        access.requireRegisteringScope(d);
        DocumentStatus next = DocumentProcedure.next(d.status(), Step.REGISTER);
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        String number = documentNumber == null ? "" : documentNumber.strip();
        Matcher m = DOCUMENT_NUMBER.matcher(number);
        if (!m.matches()) {
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.format");
        }
        if (!m.group(1).equals(body.docNumberPrefix())) {
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.prefix",
                    body.docNumberPrefix());
        }
        if (documents.documentNumberTaken(body.id(), number, id)) {
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.taken", number);
        }
        LocalDate today = LocalDate.now(clock);
        String prefix = bodies.officePrefix(body.registeringUnitId()).orElseThrow();
        int serial = counter.next(body.registeringUnitId(), today.getYear());
        String registration = RegistrationNumbers.format(prefix, today.getYear(), serial);
        try {
            documents.recordRegistration(id, registration, today.getYear(), serial, today, number);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another document of the body took the number in a concurrent transaction
            throw InvalidInputException.field("documentNumber", "normdocs.document-number.taken", number);
        }
        documents.setStatus(id, next);
        audit.changed(DocumentAccess.ENTITY, id, "register", Map.of("status", d.status()),
                Map.of("status", next, "registrationNumber", registration, "documentNumber", number));
        return documents.find(id).orElseThrow();
    }

    /**
     * Publishes a registered document ("未经统一登记、统一编号的，不得公布"): validity period from the
     * catalog (LC-01), expiry date, and the filing deadline (ND-05) registered.
     */
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
    public NormativeDocument publish(long id, Publication p) {
        NormativeDocument d = access.lockVisible(id);
        access.requireDraftingScope(d);
        DocumentStatus next = DocumentProcedure.next(d.status(), Step.PUBLISH);
        LocalDate today = LocalDate.now(clock);
        if (p.publicationDate().isBefore(d.registeredOn()) || p.publicationDate().isAfter(today)) {
            throw InvalidInputException.field("publicationDate", "normdocs.publication-date.range", d.registeredOn());
        }
        if (p.effectiveDate().isBefore(p.publicationDate())) {
            throw InvalidInputException.field("effectiveDate", "normdocs.effective-date.before-publication");
        }
        int maxYears = rules.period("LC-01", RuleTerm.AMOUNT, p.publicationDate()).amount() / 12;
        int years = p.validityYears() == null ? maxYears : p.validityYears();
        if (years < 1) {
            throw InvalidInputException.field("validityYears", "normdocs.validity-years.min");
        }
        if (years > maxYears) {
            throw InvalidInputException.field("validityYears", "normdocs.validity-years.max", maxYears);
        }
        LocalDate expiry = p.effectiveDate().plusYears(years).minusDays(1);
        documents.recordPublication(id, p.publicationDate(), p.effectiveDate(), years, expiry);
        documents.setStatus(id, next);
        Filing filing = filings.open(id, d.unitId(), d.title(), p.publicationDate(), p.filedTo());
        audit.changed(DocumentAccess.ENTITY, id, "publish", Map.of("status", d.status()),
                Map.of("status", next, "publicationDate", p.publicationDate(), "effectiveDate", p.effectiveDate(),
                        "expiryDate", expiry, "filingDue", filing.dueOn()));
        events.publishEvent(new NormativeDocumentChanged(id));
        return documents.find(id).orElseThrow();
    }

    /** Stops the procedure of an unpublished document. */
    @PreAuthorize("hasAnyRole('DRAFTER','RULE_OF_LAW_OFFICE')")
    public NormativeDocument withdraw(long id, String reason) {
        NormativeDocument d = access.lockVisible(id);
        access.requireDraftingScope(d);
        DocumentProcedure.next(d.status(), Step.WITHDRAW);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.field("reason", "normdocs.reason.required");
        }
        documents.withdraw(id, reason.strip());
        audit.changed(DocumentAccess.ENTITY, id, "withdraw", Map.of("status", d.status()),
                Map.of("status", DocumentStatus.WITHDRAWN, "reason", reason.strip()));
        // nothing of a stopped procedure stays open: the public window closes, the desk's request
        // (and its deadline) is withdrawn
        consultations.openOf(id).ifPresent(c -> {
            consultations.close(c.id(), LocalDate.now(clock));
            audit.changed("consultation", c.id(), "close", Map.of("open", true),
                    Map.of("open", false, "closedOn", LocalDate.now(clock), "reason", reason.strip()));
        });
        reviews.forSubject(MODULE, SUBJECT, String.valueOf(id)).stream().filter(rv -> rv.status().isOpen())
                .forEach(rv -> reviews.withdraw(rv.id(), reason.strip()));
        events.publishEvent(new NormativeDocumentChanged(id));
        return documents.find(id).orElseThrow();
    }

    /**
     * A document affecting rights and duties needs a closed public consultation; and any document
     * that was consulted on (required or not) moves on only once every comment has its disposition.
     */
    private void requireConsultationDone(NormativeDocument d) {
        if (d.affectsRights() && consultations.ofDocument(d.id()).stream().allMatch(PublicConsultation::open)) {
            throw new RefusedException("consultation-required", "normdocs.refused.consultation-required");
        }
        long undisposed = consultations.undisposed(d.id());
        if (undisposed > 0) {
            throw new RefusedException("comments-undisposed", "normdocs.refused.comments-undisposed",
                    String.valueOf(undisposed));
        }
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
