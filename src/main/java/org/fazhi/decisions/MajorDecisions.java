package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.internal.CatalogStore;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionRecord;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.DecisionStore;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.OpeningRequest;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a major decision up to the meeting (重大行政决策程序暂行条例 第二、三章): starting the
 * procedure from an item listed on a published catalog (only such an item, MD-01), versions of the
 * draft, the attributes from which the required procedures follow and the waiver of one with a
 * recorded reason, public participation through the participation module (MD-02: at least 30 days,
 * shorter only with the reason stated), legality review of the exact version by the review desk
 * (MD-06), and stopping the procedure. Every step goes through the decision's procedure and is
 * audited and written to the process record.
 */
@Service
@Transactional
public class MajorDecisions {

    private final DecisionStore decisions;
    private final CatalogStore catalogs;
    private final DecisionSteps steps;
    private final DecisionAccess access;
    private final PublicConsultations participation;
    private final LegalityReviews reviews;
    private final Hearings hearings;
    private final DataScope scope;
    private final Units units;
    private final UserDirectory users;
    private final AuditLog audit;

    MajorDecisions(DecisionStore decisions, CatalogStore catalogs, DecisionSteps steps, DecisionAccess access,
            PublicConsultations participation, LegalityReviews reviews, Hearings hearings, DataScope scope,
            Units units, UserDirectory users, AuditLog audit) {
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.steps = steps;
        this.access = access;
        this.participation = participation;
        this.reviews = reviews;
        this.hearings = hearings;
        this.scope = scope;
        this.units = units;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Starts a decision procedure from a catalog item: the item must be listed on a published catalog
     * (added there originally or by a recorded amendment) and not already in a procedure; the actor
     * works for its sponsoring unit (or the government above it).
     */
    @Allowed.Drafters
    public MajorDecision create(DecisionRequest r) {
        CatalogItem item = catalogs.item(r.catalogItemId())
                .orElseThrow(() -> InvalidInputException.field("catalogItemId", "decisions.item.unknown"));
        DecisionCatalog catalog = catalogs.find(item.catalogId()).orElseThrow();
        if (!catalog.published() || !item.listed()) {
            throw new RefusedException("not-on-catalog", "decisions.refused.not-on-catalog",
                    org.fazhi.decisions.internal.DecisionsRules.CATALOG);
        }
        if (!scope.canSee(item.sponsorUnitId())) {
            throw new RefusedException("not-sponsoring-unit", "decisions.refused.not-sponsoring-unit");
        }
        if (decisions.activeOfItem(item.id()).isPresent()) {
            throw new RefusedException("item-in-procedure", "decisions.refused.item-in-procedure");
        }
        String title = r.title() == null || r.title().isBlank() ? item.title() : r.title().strip();
        DecisionRecord record = DecisionRecord.started(item.id(), item.sponsorUnitId(), catalog.unitId(), title,
                r.attributes(), blank(r.interestedParties()), Actor.current().userId(), steps.now());
        steps.save(record);
        long id = record.id();
        long versionId = decisions.insertVersion(id, 1, title, r.body(), blank(r.explanation()), null,
                Actor.current().userId());
        record.currentVersion(versionId, title, steps.now());
        steps.save(record);
        MajorDecision created = decisions.find(id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("catalogItemId", item.id());
        after.put("catalogVersion", catalog.versionNo());
        after.put("title", title);
        after.put("unitId", item.sponsorUnitId());
        after.put("decidingUnitId", catalog.unitId());
        after.put("attributes", r.attributes());
        after.put("required", r.attributes().required());
        after.put("versionId", versionId);
        audit.created(MajorDecision.SUBJECT.name(), id, after);
        record(created, "create", "catalogItemId=" + item.id() + "; versionId=" + versionId);
        return created;
    }

    /**
     * Adds a version of the draft. After a 修改后合法 review, the version answers each required change
     * (in the review's order); the answers are recorded on the review, which the tabling gate reads.
     */
    @Allowed.Drafters
    public DecisionVersion addVersion(long id, DraftVersionRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.ADD_VERSION, null);
        LegalityReview changes = step.facts().reviews().stream()
                .filter(rv -> rv.status() == ReviewStatus.CONCLUDED && rv.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES
                        && !rv.allChangesMade())
                .reduce((a, b) -> b).orElse(null);
        List<String> answers = r.changeAnswers() == null ? List.of() : r.changeAnswers();
        if (changes != null && answers.size() != changes.requiredChanges().size()) {
            throw InvalidInputException.field("changeAnswers", "decisions.version.answer-changes",
                    changes.requiredChanges().size());
        }
        String title = r.title().strip();
        long versionId = decisions.insertVersion(id, step.decision().roundNo(), title, r.body(),
                blank(r.explanation()), blank(r.note()), Actor.current().userId());
        step.record().currentVersion(versionId, title, steps.now());
        if (changes != null) {
            for (int i = 0; i < answers.size(); i++) {
                reviews.markChangeMade(changes.id(), changes.requiredChanges().get(i).itemNo(), versionId,
                        answers.get(i).strip());
            }
        }
        steps.complete(step, Map.of("versionId", versionId, "note", blank(r.note()) == null ? "" : r.note().strip(),
                "answersReviewId", changes == null ? "" : changes.id()));
        return decisions.version(versionId).orElseThrow();
    }

    /** Changes the attributes (and so the procedures required) while drafting. */
    @Allowed.Drafters
    public MajorDecision editAttributes(long id, AttributesRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.EDIT_ATTRIBUTES, null);
        step.record().attributes(r.attributes(), blank(r.interestedParties()));
        return steps.complete(step, Map.of("attributes", r.attributes(), "required", r.attributes().required(),
                "interestedParties", blank(r.interestedParties()) == null ? "" : r.interestedParties().strip()));
    }

    /**
     * Goes without a required procedure in this round, with the reason recorded (e.g. 依法不予公开).
     * Legality review and the collective decision are never waived; a procedure not required, or
     * already done, needs no waiver.
     */
    @Allowed.Drafters
    public Waiver waive(long id, WaiverRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.WAIVE, null);
        if (!r.procedure().waivable()) {
            throw new RefusedException("not-waivable", "decisions.refused.not-waivable", r.procedure().rule());
        }
        if (!step.decision().attributes().required().contains(r.procedure())) {
            throw new RefusedException("not-required", "decisions.refused.not-required");
        }
        if (step.facts().done(r.procedure()) || step.facts().waiver(r.procedure()).isPresent()) {
            throw new RefusedException("already-done", "decisions.refused.waiver-done");
        }
        String reason = r.reason().strip();
        long waiverId = decisions.waive(id, step.decision().roundNo(), r.procedure(), reason, Actor.current().userId());
        steps.complete(step, Map.of("procedure", r.procedure(), "reason", reason));
        return decisions.waivers(id).stream().filter(w -> w.id() == waiverId).findFirst().orElseThrow();
    }

    /**
     * Opens the current version to public comment (MD-02) from today until {@code closesOn}: at least
     * the catalog's 30 days, shorter only with the reason stated now.
     */
    @Allowed.Drafters
    public PublicConsultation openConsultation(long id, DecisionConsultationRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.OPEN_CONSULTATION, null);
        MajorDecision d = step.decision();
        DecisionVersion v = decisions.version(d.currentVersionId()).orElseThrow();
        PublicConsultation c = participation.open(new OpeningRequest(MajorDecision.SUBJECT.ref(id),
                ConsultationKind.MAJOR_DECISION, d.unitId(), units.name(d.decidingUnitId()), v.id(), v.versionNo(),
                v.title(), v.body(), v.explanation(), v.sha256(), r.closesOn(), r.shortenedReason(),
                "/console/decisions/" + id + "#participation"));
        steps.complete(step, Map.of("consultationId", c.id(), "versionId", v.id(), "closesOn", c.closesOn(),
                "earliestClose", c.earliestClose(), "shortenedReason", c.shortenedReason() == null ? ""
                        : c.shortenedReason()));
        return c;
    }

    /** Closes the window; refused until its minimum period has run out (from the day after its last day). */
    @Allowed.Drafters
    public PublicConsultation closeConsultation(long id) {
        return closeNow(steps.take(id, Step.CLOSE_CONSULTATION, null));
    }

    /** Closes windows whose closing day has passed (daily job, system actor). */
    public int closeDueConsultations(LocalDate today) {
        int closed = 0;
        for (PublicConsultation c : participation.dueToClose(MajorDecision.SUBJECT, today)) {
            long id = c.subjectLongId();
            if (steps.systemMay(id, Step.CLOSE_DUE_CONSULTATION)) {
                closeNow(steps.takeAsSystem(id, Step.CLOSE_DUE_CONSULTATION));
                closed++;
            }
        }
        return closed;
    }

    private PublicConsultation closeNow(DecisionSteps.Taken step) {
        PublicConsultation c = step.facts().openConsultation().orElseThrow();
        PublicConsultation closed = participation.close(c.id());
        steps.complete(step, Map.of("consultationId", c.id(), "closedOn", closed.closedOn()));
        return closed;
    }

    /**
     * Sends the exact current version to the review desk of the deciding government (MD-06: not less
     * than 7 working days; a consultation never stands in for it), once the procedures the attributes
     * require are done or waived and every comment and expert opinion is answered.
     */
    @Allowed.Drafters
    public LegalityReview submitForReview(long id) {
        DecisionSteps.Taken step = steps.take(id, Step.SUBMIT_FOR_REVIEW, null);
        MajorDecision d = step.decision();
        DecisionVersion v = decisions.version(d.currentVersionId()).orElseThrow();
        LegalityReview r = reviews.submit(new SubmissionRequest(ReviewType.MAJOR_DECISION,
                ReviewSubject.of(MajorDecision.SUBJECT.ref(id), v.title(), v.id(), v.versionNo(), v.sha256(),
                        "/console/decisions/" + id + "#review"),
                d.unitId(), d.decidingUnitId()));
        steps.complete(step, Map.of("reviewId", r.id(), "versionId", v.id(), "dueOn", r.dueOn() == null ? ""
                : r.dueOn()));
        return r;
    }

    /**
     * Stops the procedure before the decision (终止), with the reason: the public window and an
     * announced hearing end, an open review is withdrawn.
     */
    @Allowed.Drafters
    public MajorDecision stop(long id, StopRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.STOP, null);
        String reason = r.reason().strip();
        step.record().stopped(reason, steps.now());
        steps.complete(step, Map.of("reason", reason));
        // nothing of a stopped procedure stays open: once the decision is stopped (so the desk's event no
        // longer moves it), the public window and an announced hearing end and an open review is withdrawn
        participation.withdraw(MajorDecision.SUBJECT.ref(id), reason);
        step.facts().activeHearing().ifPresent(h -> hearings.cancelForStop(h, reason));
        step.facts().reviews().stream().filter(rv -> rv.status().isOpen()).forEach(rv -> reviews.withdraw(rv.id(),
                reason));
        return decisions.find(id).orElseThrow();
    }

    // ----- after the decision -----

    /**
     * Publishes the decision (MD-08: 政府公报、网站、报纸等途径及时公布) on a date on or after it was made;
     * the decided text goes on the portal with its implementation.
     */
    @Allowed.Drafters
    public MajorDecision publish(long id, DecisionPublicationRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.PUBLISH, null);
        MajorDecision d = step.decision();
        if (r.publicationDate().isAfter(step.today()) || r.publicationDate().isBefore(d.decidedOn())) {
            throw InvalidInputException.field("publicationDate", "decisions.publication.date-range", d.decidedOn());
        }
        DecisionVersion decided = decisions.version(d.decidedVersionId()).orElseThrow();
        String number = blank(r.documentNumber());
        step.record().published(r.publicationDate(), r.channels().strip(), number, decided.body(), steps.now());
        return steps.complete(step, Map.of("publicationDate", r.publicationDate(), "channels", r.channels().strip(),
                "documentNumber", number == null ? "" : number, "versionId", decided.id()));
    }

    /**
     * Suspends the implementation (中止执行, MD-11) with the reason and its basis: the collective
     * decision, or the head of government's decision in an emergency.
     */
    @Allowed.Drafters
    public MajorDecision suspend(long id, SuspensionRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.SUSPEND, null);
        step.record().suspended(step.today(), r.reason().strip(), r.basis().strip(), steps.now());
        return steps.complete(step, Map.of("reason", r.reason().strip(), "basis", r.basis().strip()));
    }

    @Allowed.Drafters
    public MajorDecision resume(long id, ResumptionRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.RESUME, null);
        step.record().resumed(steps.now());
        return steps.complete(step, Map.of("reason", r.reason().strip()));
    }

    /**
     * Starts a change of a decision in force (MD-11: 未经法定程序不得变更): the changed draft opens the
     * next round, which goes through the procedures, the review and the meeting again; until a meeting
     * passes it, the decision in force stays as decided.
     */
    @Allowed.Drafters
    public MajorDecision startChange(long id, ChangeRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.START_CHANGE, null);
        step.record().changeStarted(r.reason().strip(), steps.now());
        int round = step.decision().roundNo() + 1;
        long versionId = decisions.insertVersion(id, round, r.title().strip(), r.body(), blank(r.explanation()),
                r.reason().strip(), Actor.current().userId());
        step.record().currentVersion(versionId, r.title().strip(), steps.now());
        return steps.complete(step, Map.of("reason", r.reason().strip(), "round", round, "versionId", versionId));
    }

    /**
     * Archives the decision's file (MD-09): once every milestone is reached (or the procedure was
     * stopped) and the file holds every record the procedure needs.
     */
    @Allowed.Drafters
    public MajorDecision archive(long id, ArchiveRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.ARCHIVE, null);
        step.record().archived(step.today(), r.archiveNo().strip(), steps.now());
        return steps.complete(step, Map.of("archiveNo", r.archiveNo().strip(), "archivedOn", step.today()));
    }

    // ----- the review desk's events (same transaction) -----

    void reviewConcluded(long id, long reviewId, ReviewOutcome outcome) {
        if (steps.systemMay(id, Step.REVIEW_CONCLUDED)) {
            steps.complete(steps.takeAsSystem(id, Step.REVIEW_CONCLUDED), Map.of("reviewId", reviewId, "outcome",
                    outcome));
        }
    }

    void reviewWithdrawn(long id, long reviewId) {
        if (steps.systemMay(id, Step.REVIEW_WITHDRAWN)) {
            steps.complete(steps.takeAsSystem(id, Step.REVIEW_WITHDRAWN), Map.of("reviewId", reviewId));
        }
    }

    // ----- reads -----

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public MajorDecision get(long id) {
        return access.requireVisible(id);
    }

    /** Decisions the actor's units sponsor or decide, newest first, optionally of one status. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<MajorDecision> list(DecisionStatus status) {
        return decisions.ofUnits(scope.visibleUnitIds(), status);
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<DecisionVersion> versions(long id) {
        access.requireVisible(id);
        return decisions.versions(id);
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public DecisionVersion version(long id, long versionId) {
        access.requireVisible(id);
        return decisions.version(versionId).filter(v -> v.decisionId() == id)
                .orElseThrow(() -> new NotFoundException("decision-version", versionId));
    }

    /** The process record (决策过程记录): every step, who took it, from which unit, on which version. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<ProcessRecord> processRecord(long id) {
        access.requireVisible(id);
        return decisions.processRecord(id);
    }

    /** The reviews of a decision the actor may see, oldest first. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<LegalityReview> reviews(long id) {
        access.requireVisible(id);
        return reviews.forSubject(MajorDecision.SUBJECT.ref(id));
    }

    private void record(MajorDecision d, String step, String summary) {
        Actor actor = Actor.current();
        String name = actor.userId() == null ? actor.username() : users.displayName(actor.userId());
        decisions.record(d.id(), d.roundNo(), step, actor.userId(), name == null || name.isBlank() ? actor.username()
                : name, actor.unitId(), d.currentVersionId(), summary);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
