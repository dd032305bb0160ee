package org.fazhi.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.review.internal.AdviserStore;
import org.fazhi.review.internal.DeskStore;
import org.fazhi.review.internal.ReviewFacts;
import org.fazhi.review.internal.ReviewProcedure;
import org.fazhi.review.internal.ReviewRecord;
import org.fazhi.review.internal.ReviewRecords;
import org.fazhi.review.internal.ReviewStore;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.procedure.Guide;
import java.time.OffsetDateTime;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.fazhi.units.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legality-review desk. A module submits the exact version of a text; the desk of the deciding
 * unit reviews it within the rules' time limits (registered with the deadlines register), may ask
 * for materials (the clock pauses), consults legal advisers, and concludes. Concluding before the
 * minimum review time needs a recorded reason; 修改后合法 needs the changes listed; only a legal
 * reviewer of the desk concludes. Requests are visible to the submitting unit's scope and to the
 * desk's reviewers, whatever unit submitted them.
 */
@Service
@Transactional
public class LegalityReviews {

    private static final String ENTITY = LegalityReview.SUBJECT.name();
    private static final String MODULE = LegalityReview.SUBJECT.module();

    private final ReviewStore store;
    private final ReviewRecords records;
    private final DeskStore desks;
    private final AdviserStore advisers;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    LegalityReviews(ReviewStore store, ReviewRecords records, DeskStore desks, AdviserStore advisers, Deadlines deadlines,
            WorkingCalendar calendar, RulesCatalog rules, DataScope scope, UserDirectory users, AuditLog audit,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.store = store;
        this.records = records;
        this.desks = desks;
        this.advisers = advisers;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.rules = rules;
        this.scope = scope;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Submits a text for review. One open request per subject at a time. */
    public LegalityReview submit(SubmissionRequest submission) {
        ReviewSubject s = submission.subject();
        scope.require(submission.submittingUnitId(), ENTITY, s.subjectId());
        boolean open = store.forSubject(s.ref()).stream().anyMatch(r -> r.status().isOpen());
        if (open) {
            throw new RefusedException("review-open", "review.refused.already-open");
        }
        long desk = desks.deskOf(submission.decidingUnitId()).orElse(submission.decidingUnitId());
        LocalDate today = LocalDate.now(clock);
        int round = store.rounds(s.ref()) + 1;
        ReviewRecord record = records.save(ReviewRecord.received(submission.type(), s, round,
                submission.submittingUnitId(), submission.decidingUnitId(), desk, Actor.current().userId(), today,
                now()));
        long id = record.id();
        TrackedDeadline deadline = deadlines.track(NewDeadline.of(MODULE, ENTITY, String.valueOf(id), s.title(),
                submission.type().limitRule(), today, desk).withTerm(submission.type().limitTerm())
                .withLabel("review.deadline.review").withLink("/console/review/requests/" + id));
        record.tracked(deadline.id());
        records.save(record);
        LegalityReview created = enrich(store.find(id).orElseThrow());
        audit.created(ENTITY, id, Map.of("type", submission.type(), "subject", s, "round", round, "deskUnitId", desk,
                "dueOn", deadline.dueDate()));
        return created;
    }

    @Transactional(readOnly = true)
    public LegalityReview get(long id) {
        return enrich(visible(id));
    }

    /**
     * The request with what the law and the desk allow next: for each of the desk's steps whether the
     * acting user may take it now, or why not (the same gates the steps check).
     */
    @Transactional(readOnly = true)
    public Guide<ReviewStatus> guide(long id) {
        return guide(enrich(visible(id)));
    }

    /** The reviewer's page: the request, its other rounds and the guide, in one call. */
    @Transactional(readOnly = true)
    public ReviewOverview overview(long id) {
        LegalityReview r = enrich(visible(id));
        List<LegalityReview> others = store.forSubject(r.subject().ref()).stream().filter(o -> !o.id().equals(r.id()))
                .map(this::enrich).toList();
        return new ReviewOverview(r, others, guide(r));
    }

    private Guide<ReviewStatus> guide(LegalityReview r) {
        ReviewFacts facts = facts(r);
        return new Guide<>(facts.status(), "review.next." + facts.status().name(), List.of(),
                ReviewProcedure.PROCEDURE.checks(facts, ReviewProcedure.PAGE_STEPS));
    }

    /** Every review of a subject, oldest first, for the module that owns it (unscoped). */
    @Transactional(readOnly = true)
    public List<LegalityReview> forSubject(SubjectRef subject) {
        return store.forSubject(subject).stream().map(this::enrich).toList();
    }

    /**
     * The other rounds of the same subject as request {@code id} (which the actor must be able to
     * see), oldest first: the reviewer reads what earlier rounds required and whether it was done.
     */
    @Transactional(readOnly = true)
    public List<LegalityReview> otherRounds(long id) {
        LegalityReview r = visible(id);
        return store.forSubject(r.subject().ref()).stream().filter(o -> !o.id().equals(r.id())).map(this::enrich)
                .toList();
    }

    /** May the current version go to collective deliberation? */
    @Transactional(readOnly = true)
    public GateDecision gateForDeliberation(SubjectRef subject, long currentVersionId) {
        return LegalityGate.forDeliberation(store.forSubject(subject), currentVersionId);
    }

    /**
     * The reviewer's queue: open requests of the desks in the actor's scope, overdue first, then by
     * due date.
     */
    @Transactional(readOnly = true)
    public List<LegalityReview> queue() {
        Set<Long> units = scope.visibleUnitIds();
        return store.search(units, Set.of(), List.of(ReviewStatus.SUBMITTED.name(),
                ReviewStatus.AWAITING_MATERIALS.name()), null, 1000, 0).stream()
                .map(this::enrich)
                .sorted(Comparator.comparing((LegalityReview r) -> r.dueOn() == null ? LocalDate.MAX : r.dueOn())
                        .thenComparing(LegalityReview::id))
                .toList();
    }

    /** Requests the actor may see (as submitter or desk), newest first. */
    @Transactional(readOnly = true)
    public PageResult<LegalityReview> list(ReviewStatus status, ReviewType type, PageQuery page) {
        Set<Long> units = scope.visibleUnitIds();
        List<String> statuses = status == null ? List.of() : List.of(status.name());
        List<LegalityReview> rows = store.search(units, units, statuses, type == null ? null : type.name(),
                page.size() + 1, page.offset()).stream().map(this::enrich).toList();
        boolean more = rows.size() > page.size();
        List<LegalityReview> items = more ? rows.subList(0, page.size()) : rows;
        return new PageResult<>(items, page.page(), page.size(), page.offset() + items.size() + (more ? 1 : 0));
    }

    /**
     * The desk asks for more materials: the clock pauses until they arrive. Asked on the day of
     * receipt (the start day does not count, so the clock has not started), the materials were
     * incomplete from the outset: the period then runs from the day the complete materials arrive.
     */
    public LegalityReview requestMaterials(long id, String reason) {
        Step<LegalityReview> step = take(id, ReviewProcedure.Step.REQUEST_MATERIALS);
        LegalityReview r = step.request();
        requireText("reason", reason, 1000);
        step.record().moveTo(step.next(), now());
        records.save(step.record());
        if (LocalDate.now(clock).isAfter(r.receivedOn())) {
            deadlines.pause(r.deadlineId(), LocalDate.now(clock), reason);
        }
        audit.changed(ENTITY, id, "request-materials", Map.of("status", r.status()),
                Map.of("status", step.next(), "reason", reason));
        return get(id);
    }

    /**
     * The materials arrived: the clock runs again. Recorded by the desk that asked for them (the
     * submitting unit cannot restart the desk's clock on its own word).
     */
    public LegalityReview materialsReceived(long id) {
        Step<LegalityReview> step = take(id, ReviewProcedure.Step.RECEIVE_MATERIALS);
        LegalityReview r = step.request();
        LocalDate today = LocalDate.now(clock);
        step.record().moveTo(step.next(), now());
        boolean paused = deadlines.find(r.deadlineId()).map(d -> d.status() == DeadlineStatus.PAUSED).orElse(false);
        if (paused) {
            records.save(step.record());
            deadlines.resume(r.deadlineId(), today);
            audit.changed(ENTITY, id, "materials-received", Map.of("status", r.status()),
                    Map.of("status", step.next()));
        } else {
            // asked for on the day of receipt: the review period runs from the receipt of the
            // complete materials (ND-02 "自收到完整送审材料之日")
            deadlines.cancel(r.deadlineId(), messages.getMessage("review.deadline.restarted", null,
                    Locale.SIMPLIFIED_CHINESE));
            TrackedDeadline fresh = deadlines.track(NewDeadline.of(MODULE, ENTITY, String.valueOf(id),
                    r.subject().title(), r.type().limitRule(), today, r.deskUnitId()).withTerm(r.type().limitTerm())
                    .withLabel("review.deadline.review").withLink("/console/review/requests/" + id));
            step.record().rebased(today, fresh.id(), now());
            records.save(step.record());
            audit.changed(ENTITY, id, "materials-received", Map.of("status", r.status(), "receivedOn",
                    r.receivedOn(), "dueOn", r.dueOn()), Map.of("status", step.next(), "receivedOn", today,
                    "dueOn", fresh.dueDate()));
        }
        return get(id);
    }

    /** Records that a legal adviser or government lawyer was consulted; the contract must be in force. */
    public LegalityReview consult(long id, long adviserId, LocalDate consultedOn, String opinion) {
        Step<LegalityReview> step = take(id, ReviewProcedure.Step.CONSULT_ADVISER);
        LegalityReview r = step.request();
        requireText("opinion", opinion, 20_000);
        LocalDate on = consultedOn == null ? LocalDate.now(clock) : consultedOn;
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(r.receivedOn())) {
            throw InvalidInputException.field("consultedOn", "review.consulted-on.range");
        }
        LegalAdviser adviser = advisers.find(adviserId).filter(a -> scope.canSee(a.unitId()))
                .orElseThrow(() -> InvalidInputException.field("adviserId", "review.adviser.unknown"));
        if (!adviser.engagedOn(on)) {
            throw new RefusedException("adviser-not-engaged", "review.refused.adviser-not-engaged", adviser.name());
        }
        store.addConsultation(id, adviser.id(), adviser.name(), adviser.kind().name(), on, opinion.strip(),
                Actor.current().userId());
        step.record().touched(now());
        records.save(step.record());
        audit.action(ENTITY, id, "consult", Map.of("adviserId", adviser.id(), "adviser", adviser.name(),
                "consultedOn", on));
        return get(id);
    }

    /**
     * Concludes the review. Before the minimum review time a reason is required; 修改后合法 needs at
     * least one required change; the opinion is always written.
     */
    public LegalityReview conclude(long id, ConclusionRequest c) {
        Step<LegalityReview> step = take(id, ReviewProcedure.Step.CONCLUDE);
        LegalityReview r = step.request();
        StaleVersionException.check(c.version(), r.version(), ENTITY, id);
        LocalDate today = LocalDate.now(clock);
        String early = c.earlyReason() == null || c.earlyReason().isBlank() ? null : c.earlyReason().strip();
        if (today.isBefore(r.earliestConclusion()) && early == null) {
            throw new RefusedException("early-without-reason", "review.refused.early", r.earliestConclusion(),
                    rules.period(r.type().minimumRule(), RuleTerm.AMOUNT, r.receivedOn(), r.deskUnitId()).amount(),
                    r.type().minimumRule());
        }
        if (c.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES && c.requiredChanges().isEmpty()) {
            throw InvalidInputException.field("requiredChanges", "review.required-changes.missing");
        }
        List<String> changes = c.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES
                ? c.requiredChanges().stream().map(String::strip).toList() : List.of();
        step.record().concluded(c.outcome(), c.opinion().strip(), Actor.current().userId(), today,
                today.isBefore(r.earliestConclusion()) ? early : null, now());
        records.save(step.record());
        store.addRequiredChanges(id, changes);
        deadlines.meet(r.deadlineId(), today);
        audit.changed(ENTITY, id, "conclude", Map.of("status", r.status()), Map.of("status", step.next(),
                "outcome", c.outcome(), "requiredChanges", changes, "earlyReason", early == null ? "" : early));
        events.publishEvent(new ReviewConcluded(id, r.type(), r.subject().ref(), r.subject().versionId(),
                c.outcome()));
        return get(id);
    }

    /** The submitting unit withdraws an open request. */
    public LegalityReview withdraw(long id, String reason) {
        Step<LegalityReview> step = take(id, ReviewProcedure.Step.WITHDRAW);
        LegalityReview r = step.request();
        requireText("reason", reason, 1000);
        step.record().withdrawn(reason.strip(), now());
        records.save(step.record());
        deadlines.cancel(r.deadlineId(), reason.strip());
        audit.changed(ENTITY, id, "withdraw", Map.of("status", r.status()),
                Map.of("status", step.next(), "reason", reason.strip()));
        events.publishEvent(new ReviewWithdrawn(id, r.subject().ref()));
        return get(id);
    }

    /**
     * The drafter answers a required change of a 修改后合法 review: made in which (newer) version, with
     * what note. Called by the module that owns the subject.
     */
    public LegalityReview markChangeMade(long id, int itemNo, long versionId, String response) {
        Step<LegalityReview> step = take(id, ReviewProcedure.Step.ANSWER_CHANGE);
        LegalityReview r = step.request();
        if (versionId == r.subject().versionId()) {
            throw new RefusedException("same-version", "review.refused.same-version");
        }
        requireText("response", response, 2000);
        if (store.markChangeMade(id, itemNo, versionId, response.strip(), Actor.current().userId()) == 0) {
            throw InvalidInputException.field("itemNo", "review.change.unknown", itemNo);
        }
        step.record().touched(now());
        records.save(step.record());
        audit.action(ENTITY, id, "change-made", Map.of("itemNo", itemNo, "versionId", versionId));
        return get(id);
    }

    /** A step being taken: the locked root, the request as read, and the state the step leads to. */
    private record Step<R>(ReviewRecord record, R request, ReviewStatus next) {
    }

    /**
     * Locks the request (404 outside the actor's scope), gathers its facts and lets the procedure
     * decide: the step's gates refuse with the reason the reviewer's page shows for the same step.
     */
    private Step<LegalityReview> take(long id, ReviewProcedure.Step step) {
        ReviewRecord record = records.lock(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        LegalityReview r = enrich(visible(id));
        ReviewStatus next = ReviewProcedure.PROCEDURE.next(step, facts(r));
        return new Step<>(record, r, next);
    }

    private ReviewFacts facts(LegalityReview r) {
        boolean reviewer = users.find(Actor.current().userId()).map(u -> u.has(Role.LEGAL_REVIEWER)).orElse(false);
        boolean submitter = Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name());
        return new ReviewFacts(r, reviewer && scope.canSee(r.deskUnitId()),
                submitter && scope.canSee(r.submittingUnitId()), LocalDate.now(clock));
    }

    private LegalityReview visible(long id) {
        LegalityReview r = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.canSee(r.submittingUnitId()) && !scope.canSee(r.deskUnitId())) {
            throw new NotFoundException(ENTITY, r.id());
        }
        return r;
    }

    private static void requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field(field, "review.text.required");
        }
        if (text.length() > max) {
            throw InvalidInputException.field(field, "review.text.too-long", max);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Fills the derived clock: earliest conclusion (minimum rule) and the due date (deadline). */
    private LegalityReview enrich(LegalityReview r) {
        LocalDate earliest = r.type().minimumRule() == null ? r.receivedOn()
                : calendar.due(r.receivedOn(), rules.period(r.type().minimumRule(), RuleTerm.AMOUNT, r.receivedOn(), r.deskUnitId()))
                        .due();
        LocalDate due = r.deadlineId() == null ? null
                : deadlines.find(r.deadlineId()).map(TrackedDeadline::dueDate).orElse(null);
        return new LegalityReview(r.id(), r.type(), r.subject(), r.round(), r.submittingUnitId(), r.decidingUnitId(),
                r.deskUnitId(), r.submittedBy(), r.receivedOn(), earliest, due, r.deadlineId(), r.status(),
                r.outcome(), r.opinion(), r.reviewerId(), r.concludedOn(), r.earlyReason(), r.requiredChanges(),
                r.consultations(), r.createdAt(), r.version());
    }
}
