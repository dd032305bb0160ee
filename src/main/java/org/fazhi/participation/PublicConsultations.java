package org.fazhi.participation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.participation.PublicComment.CommentSource;
import org.fazhi.participation.internal.ConsultationStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodUnit;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public participation (公众参与) as every module uses it.
 *
 * <p><b>For the owning module</b>, inside its own step: {@link #open} a window on the exact version of
 * a text — at least the catalog's minimum period for its kind on the official calendar (SD-01: 7
 * working days; MD-02: 30 days), shorter only with the reason stated at opening — {@link #close} it
 * and {@link #withdraw} a stopped procedure's windows; and read the facts its gates need
 * ({@link #ofSubject}, {@link #undisposed}).
 *
 * <p><b>For the public</b>: {@link #comment} while the window is open (through its closing day), on
 * the draft or on one of its numbered articles, with a receipt number; the dispositions once the
 * window is closed, without names, contacts or withheld content.
 *
 * <p><b>For staff</b>, each step first allowed by the owner ({@link ConsultationOwner}): comments
 * received otherwise, the disposition of every comment (部分采纳 and 不采纳 with a reason), moderation,
 * a commenter's contact (audited), and the adoption summary.
 */
@Service
@Transactional
public class PublicConsultations {

    /** Audit entity names. */
    /** The module name on the 督办台. */
    public static final String MODULE = "participation";
    public static final String ENTITY = "consultation";
    public static final String COMMENT = "public-comment";
    private static final String RECEIPT_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** The staff steps in the order the console page lists them. */
    static final List<ConsultationAction> STAFF_STEPS = List.of(ConsultationAction.ENTER_COMMENT,
            ConsultationAction.DISPOSE, ConsultationAction.MODERATE, ConsultationAction.REVEAL_CONTACT);

    private final ConsultationStore store;
    private final ObjectProvider<ConsultationOwner> owners;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final Deadlines deadlines;
    private final SecureRandom random = new SecureRandom();

    PublicConsultations(ConsultationStore store, ObjectProvider<ConsultationOwner> owners, WorkingCalendar calendar,
            RulesCatalog rules, DataScope scope, AuditLog audit, Clock clock, Deadlines deadlines) {
        this.store = store;
        this.deadlines = deadlines;
        this.owners = owners;
        this.calendar = calendar;
        this.rules = rules;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- the window, for the owning module -----

    /**
     * The last day of the minimum period of a window of {@code kind} opened on {@code openedOn}: the
     * catalog's period counted on the official calendar (the opening day does not count). The window
     * runs to the end of that day; it may be closed from the next.
     */
    @Transactional(readOnly = true)
    public LocalDate earliestClose(ConsultationKind kind, LocalDate openedOn) {
        return calendar.due(openedOn, minimum(kind, openedOn)).due();
    }

    /** As {@link #earliestClose(ConsultationKind, LocalDate)}, with the period as the unit's locality sets it. */
    @Transactional(readOnly = true)
    public LocalDate earliestClose(ConsultationKind kind, LocalDate openedOn, long unitId) {
        return calendar.due(openedOn, minimum(kind, openedOn, unitId)).due();
    }

    /** The catalog's minimum period of a window of {@code kind} as in force on {@code on} (national value). */
    @Transactional(readOnly = true)
    public Period minimum(ConsultationKind kind, LocalDate on) {
        return rules.period(kind.minimumRule(), RuleTerm.AMOUNT, on);
    }

    /**
     * The minimum period for a window organised by {@code unitId}: the locality's value where it set
     * one (never shorter than the national minimum), else the national value.
     */
    @Transactional(readOnly = true)
    public Period minimum(ConsultationKind kind, LocalDate on, long unitId) {
        return rules.period(kind.minimumRule(), RuleTerm.AMOUNT, on, unitId);
    }

    /**
     * Opens a window today on the exact version of a text, closing at the end of
     * {@code closesOn}. Called by the owning module inside its step (which checked who may act). A
     * window shorter than the catalog's minimum is refused unless the request states why
     * (window-too-short); one subject has one open window at a time.
     */
    public PublicConsultation open(OpeningRequest r) {
        LocalDate today = LocalDate.now(clock);
        requireText("title", r.title(), 500);
        requireText("body", r.body(), 500_000);
        requireText("organiser", r.organiser(), 200);
        LocalDate earliest = earliestClose(r.kind(), today, r.unitId());
        if (r.closesOn() == null) {
            throw InvalidInputException.field("closesOn", "participation.closes-on.required");
        }
        if (r.closesOn().isBefore(today)) {
            throw InvalidInputException.field("closesOn", "participation.closes-on.past");
        }
        if (r.closesOn().isAfter(today.plusYears(1))) {
            throw InvalidInputException.field("closesOn", "participation.closes-on.too-far");
        }
        String shortened = null;
        LocalDate lastMinimumDay = earliest;
        if (r.closesOn().isBefore(earliest)) {
            shortened = blank(r.shortenedReason());
            if (shortened == null) {
                throw new RefusedException("window-too-short", "participation.refused.window-too-short", earliest,
                        periodText(minimum(r.kind(), today, r.unitId())), r.kind().minimumRule());
            }
            if (shortened.length() > 1000) {
                throw InvalidInputException.field("shortenedReason", "participation.text.too-long", 1000);
            }
            lastMinimumDay = r.closesOn();
        }
        if (store.ofSubject(r.subject()).stream().anyMatch(PublicConsultation::open)) {
            throw new RefusedException("consultation-open", "participation.refused.consultation-open");
        }
        long id = store.open(r, today, lastMinimumDay, r.kind().minimumRule(), shortened, Actor.current().userId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("subject", r.subject().type().module() + "/" + r.subject().type().name() + "/" + r.subject().id());
        after.put("kind", r.kind());
        after.put("versionId", r.versionId());
        after.put("versionNo", r.versionNo());
        after.put("openedOn", today);
        after.put("earliestClose", lastMinimumDay);
        after.put("closesOn", r.closesOn());
        after.put("minimumRule", r.kind().minimumRule());
        after.put("shortenedReason", shortened == null ? "" : shortened);
        audit.created(ENTITY, id, after);
        deadlines.trackFixed(NewDeadline.of(MODULE, ENTITY, String.valueOf(id), r.title(), r.kind().minimumRule(),
                today, r.unitId()).withLabel("participation.deadline.window").withLink("/console/participation/" + id),
                r.closesOn());
        return store.find(id).orElseThrow();
    }

    /** Closes an open window today (the owner's step checked its minimum period). */
    public PublicConsultation close(long consultationId) {
        PublicConsultation c = store.find(consultationId).filter(PublicConsultation::open)
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        LocalDate today = LocalDate.now(clock);
        store.close(c.id(), today);
        audit.changed(ENTITY, c.id(), "close", Map.of("status", c.status()),
                Map.of("status", ConsultationStatus.CLOSED, "closedOn", today));
        // the window ran to the end of its closing day: closed by the daily job the morning after is on time
        LocalDate ended = today.isAfter(c.closesOn()) ? c.closesOn() : today;
        windowDeadlines(c.id()).forEach(t -> deadlines.meet(t.id(), ended));
        return store.find(c.id()).orElseThrow();
    }

    /**
     * The owner's procedure was stopped (终止): every window of the record leaves the public side, an
     * open one closing today.
     */
    public void withdraw(SubjectRef subject, String reason) {
        LocalDate today = LocalDate.now(clock);
        for (PublicConsultation c : store.ofSubject(subject)) {
            if (c.status() != ConsultationStatus.WITHDRAWN) {
                store.withdraw(c.id(), today, reason);
                windowDeadlines(c.id()).forEach(t -> deadlines.cancel(t.id(), reason == null ? "" : reason));
                audit.changed(ENTITY, c.id(), "withdraw", Map.of("status", c.status()),
                        Map.of("status", ConsultationStatus.WITHDRAWN, "reason", reason == null ? "" : reason));
            }
        }
    }

    /** Open windows on records of {@code type} whose closing day has passed (the owner's daily job). */
    @Transactional(readOnly = true)
    public List<PublicConsultation> dueToClose(SubjectType type, LocalDate today) {
        return store.dueToClose(type, today);
    }

    // ----- facts for the owning module (it has checked the record's visibility) -----

    @Transactional(readOnly = true)
    public List<PublicConsultation> ofSubject(SubjectRef subject) {
        return store.ofSubject(subject);
    }

    @Transactional(readOnly = true)
    public Optional<PublicConsultation> openOf(SubjectRef subject) {
        return store.ofSubject(subject).stream().filter(PublicConsultation::open).findFirst();
    }

    @Transactional(readOnly = true)
    public List<PublicComment> commentsOfSubject(SubjectRef subject) {
        return store.commentsOfSubject(subject);
    }

    /** Comments on any window of the record not yet answered. */
    @Transactional(readOnly = true)
    public long undisposed(SubjectRef subject) {
        return store.undisposed(subject);
    }

    /** The adoption summary of every comment on the record's windows. */
    @Transactional(readOnly = true)
    public AdoptionSummary summaryOfSubject(SubjectRef subject) {
        return AdoptionSummary.of(store.commentsOfSubject(subject));
    }

    @Transactional(readOnly = true)
    public Optional<PublicConsultation> find(long consultationId) {
        return store.find(consultationId);
    }

    @Transactional(readOnly = true)
    public Optional<ConsultationText> text(long consultationId) {
        return store.text(consultationId);
    }

    @Transactional(readOnly = true)
    public Optional<PublicComment> findComment(long commentId) {
        return store.comment(commentId);
    }

    // ----- comments -----

    /**
     * A comment from the public portal: only while the window is open, through its closing day
     * (consultation-closed after it; 404 once closed or withdrawn). Returns the comment with its
     * receipt number.
     */
    public PublicComment comment(long consultationId, CommentRequest form) {
        PublicConsultation c = store.find(consultationId).filter(PublicConsultation::open)
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        if (LocalDate.now(clock).isAfter(c.closesOn())) {
            throw new RefusedException("consultation-closed", "participation.refused.consultation-closed");
        }
        return add(c, form, CommentSource.PORTAL);
    }

    /** A comment received by letter, phone or meeting, entered by staff while the window is open. */
    @Allowed.Drafters
    public PublicComment enterComment(long consultationId, CommentRequest form) {
        PublicConsultation c = store.find(consultationId).orElseThrow(() -> new NotFoundException(ENTITY,
                consultationId));
        owner(c).authorize(c.subject(), ConsultationAction.ENTER_COMMENT);
        if (!c.open()) {
            throw new RefusedException("consultation-closed", "participation.refused.consultation-closed");
        }
        return add(c, form, CommentSource.STAFF);
    }

    private PublicComment add(PublicConsultation c, CommentRequest form, CommentSource source) {
        if (form.articleNo() != null) {
            ConsultationText text = store.text(c.id()).orElseThrow();
            if (text.article(form.articleNo()) == null) {
                throw InvalidInputException.field("articleNo", "participation.article.unknown", form.articleNo());
            }
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String receipt = receiptNumber();
            try {
                long id = store.addComment(c.id(), c.versionId(), form.articleNo(), receipt, blank(form.name()),
                        form.contact().strip(), blank(form.organisation()), form.content().strip(), source);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("consultationId", c.id());
                after.put("receiptNo", receipt);
                after.put("source", source);
                after.put("articleNo", form.articleNo() == null ? "" : form.articleNo());
                audit.created(COMMENT, id, after);
                return store.comment(id).orElseThrow();
            } catch (DuplicateKeyException collision) {
                // astronomically rare: draw another receipt number
            }
        }
        throw new IllegalStateException("no unique receipt number");
    }

    /** Answers a comment; 部分采纳 and 不采纳 need a reason. The owner's procedure must allow it. */
    @Allowed.Drafters
    public PublicComment dispose(long commentId, DispositionRequest r) {
        PublicComment comment = store.comment(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        PublicConsultation c = store.find(comment.consultationId()).orElseThrow();
        owner(c).authorize(c.subject(), ConsultationAction.DISPOSE);
        if (r.disposition() == null) {
            throw InvalidInputException.field("disposition", "participation.disposition.required");
        }
        String reason = blank(r.reason());
        if (r.disposition() != Disposition.ADOPTED && reason == null) {
            throw InvalidInputException.field("reason", "participation.disposition.reason-required");
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidInputException.field("reason", "participation.text.too-long", 2000);
        }
        store.dispose(commentId, r.disposition(), reason, Actor.current().userId());
        audit.changed(COMMENT, commentId, "dispose",
                Map.of("disposition", comment.disposition() == null ? "" : comment.disposition()),
                Map.of("disposition", r.disposition(), "reason", reason == null ? "" : reason));
        return store.comment(commentId).orElseThrow();
    }

    /**
     * Withholds a comment from publication (with the reason) or publishes it again. A withheld comment
     * is still counted and answered; the public reads that it was not published, not its content.
     */
    @Allowed.Drafters
    public PublicComment moderate(long commentId, ModerationRequest r) {
        PublicComment comment = store.comment(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        PublicConsultation c = store.find(comment.consultationId()).orElseThrow();
        owner(c).authorize(c.subject(), ConsultationAction.MODERATE);
        boolean withheld = Boolean.TRUE.equals(r.withheld());
        String reason = blank(r.reason());
        if (withheld && reason == null) {
            throw InvalidInputException.field("reason", "participation.moderation.reason-required");
        }
        if (reason != null && reason.length() > 1000) {
            throw InvalidInputException.field("reason", "participation.text.too-long", 1000);
        }
        store.moderate(commentId, withheld, withheld ? reason : null, Actor.current().userId());
        audit.changed(COMMENT, commentId, "moderate",
                Map.of("withheld", comment.withheld(), "reason", comment.moderationReason() == null ? ""
                        : comment.moderationReason()),
                Map.of("withheld", withheld, "reason", withheld ? reason : ""));
        return store.comment(commentId).orElseThrow();
    }

    /**
     * The commenter's contact, for the drafting office to reach them (PI-02): staff lists show it
     * masked; the full value is shown only for a stated reason, and every reveal is written to the audit
     * log with that reason.
     */
    @Allowed.Drafters
    public PublicComment withContact(long commentId, String reason) {
        PublicComment comment = store.comment(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        PublicConsultation c = store.find(comment.consultationId()).orElseThrow();
        owner(c).authorize(c.subject(), ConsultationAction.REVEAL_CONTACT);
        String why = blank(reason);
        if (why == null) {
            throw InvalidInputException.field("reason", "participation.reveal.reason-required");
        }
        if (why.length() > 500) {
            throw InvalidInputException.field("reason", "participation.text.too-long", 500);
        }
        audit.action(COMMENT, commentId, "view-contact", Map.of("consultationId", c.id(), "subject",
                c.subjectType() + "/" + c.subjectId(), "reason", why));
        return comment;
    }

    /** A comment of a consultation the actor may see, its contact masked (before a reveal). */
    @Transactional(readOnly = true)
    @Allowed.Drafters
    public PublicComment masked(long commentId) {
        PublicComment comment = store.comment(commentId).orElseThrow(() -> new NotFoundException(COMMENT, commentId));
        PublicConsultation c = store.find(comment.consultationId()).orElseThrow();
        owner(c).authorize(c.subject(), ConsultationAction.REVEAL_CONTACT);
        return comment.withContact(Contacts.mask(comment.contact()));
    }

    // ----- the console (scope and steps through the owner) -----

    /** The consultations of the units the actor may see, newest first. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public PageResult<PublicConsultation> list(ConsultationStatus status, ConsultationKind kind, PageQuery page) {
        List<PublicConsultation> rows = store.search(scope.visibleUnitIds(), status, kind, page.size() + 1,
                page.offset());
        boolean more = rows.size() > page.size();
        List<PublicConsultation> items = more ? rows.subList(0, page.size()) : rows;
        return new PageResult<>(items, page.page(), page.size(), page.offset() + items.size() + (more ? 1 : 0));
    }

    /** Comment counts of these consultations, for lists. */
    @Transactional(readOnly = true)
    public Map<Long, Long> commentCounts(List<Long> consultationIds) {
        return store.commentCounts(consultationIds);
    }

    /** The console page of a consultation the actor may see through its owner (404 otherwise). */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public ConsultationOverview overview(long consultationId) {
        PublicConsultation c = visible(consultationId);
        ConsultationOwner owner = owner(c);
        List<StepCheck> checks = new ArrayList<>();
        for (ConsultationAction a : STAFF_STEPS) {
            StepCheck check = owner.check(c.subject(), a);
            if (check.allowed() && a == ConsultationAction.ENTER_COMMENT && !c.open()) {
                check = StepCheck.refused(check.step(), org.fazhi.shared.procedure.Refusal.of("consultation-closed",
                        "participation.refused.consultation-closed"));
            }
            checks.add(check);
        }
        List<PublicComment> comments = store.commentsOf(c.id()).stream()
                .map(pc -> pc.withContact(Contacts.mask(pc.contact()))).toList();
        return new ConsultationOverview(c, store.text(c.id()).orElseThrow(), comments, AdoptionSummary.of(comments),
                new Guide<>(c.status(), "participation.next." + c.status().name(), List.of(c.closesOn()), checks));
    }

    /** The comments of a consultation the actor may see, contacts masked. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<PublicComment> comments(long consultationId) {
        PublicConsultation c = visible(consultationId);
        return store.commentsOf(c.id()).stream().map(pc -> pc.withContact(Contacts.mask(pc.contact()))).toList();
    }

    /** A step's name as the guide names it ("enter-comment"). */
    public static String stepName(ConsultationAction action) {
        return Procedure.name(action);
    }

    private PublicConsultation visible(long consultationId) {
        PublicConsultation c = store.find(consultationId).orElseThrow(() -> new NotFoundException(ENTITY,
                consultationId));
        owner(c).requireVisible(c.subject());
        return c;
    }

    // ----- the public side -----

    /** Windows open to comment now, closing soonest first. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> openToThePublic() {
        LocalDate today = LocalDate.now(clock);
        return store.allOpen().stream().filter(c -> !today.isAfter(c.closesOn())).toList();
    }

    /** Every window not yet closed (taking comments, or past its closing day). */
    @Transactional(readOnly = true)
    public List<PublicConsultation> notYetClosed() {
        return store.allOpen();
    }

    /** Closed windows whose dispositions are published, newest first. */
    @Transactional(readOnly = true)
    public List<PublicConsultation> recentlyClosed(int limit) {
        return store.closed(limit);
    }

    /** A consultation as the public sees it: open, or closed with its dispositions; never a withdrawn one. */
    @Transactional(readOnly = true)
    public Optional<PublicConsultation> publicView(long consultationId) {
        return store.find(consultationId).filter(c -> c.status() != ConsultationStatus.WITHDRAWN);
    }

    /** The text put out for comment (public while and after the window is open). */
    @Transactional(readOnly = true)
    public ConsultationText publicText(long consultationId) {
        publicView(consultationId).orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        return store.text(consultationId).orElseThrow();
    }

    /**
     * The dispositions of a closed consultation as published: without names, contacts or
     * organisations, and without the content of a withheld comment.
     */
    @Transactional(readOnly = true)
    public AdoptionSummary publishedDispositions(long consultationId) {
        PublicConsultation c = store.find(consultationId).filter(PublicConsultation::closed)
                .orElseThrow(() -> new NotFoundException(ENTITY, consultationId));
        return AdoptionSummary.of(store.commentsOf(c.id()).stream().map(PublicConsultations::published).toList());
    }

    /** A commenter looks their comment up by receipt number (content and disposition only). */
    @Transactional(readOnly = true)
    public Optional<PublicComment> byReceipt(String receiptNo) {
        if (receiptNo == null || receiptNo.isBlank() || receiptNo.strip().length() > 24) {
            return Optional.empty();
        }
        return store.commentByReceipt(receiptNo.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(pc -> store.find(pc.consultationId()).map(c -> c.status() != ConsultationStatus.WITHDRAWN)
                        .orElse(false))
                .map(PublicConsultations::published);
    }

    private static PublicComment published(PublicComment pc) {
        PublicComment a = pc.anonymous();
        return a.withheld() ? new PublicComment(a.id(), a.consultationId(), a.versionId(), a.articleNo(),
                a.receiptNo(), null, null, null, null, a.source(), a.submittedAt(), a.disposition(),
                a.dispositionReason(), a.disposedAt(), null, true, a.moderationReason()) : a;
    }

    // ----- helpers -----

    private ConsultationOwner owner(PublicConsultation c) {
        // looked up when needed: the owners' facts read this service, so they cannot be injected eagerly
        return owners.orderedStream().filter(o -> c.isOn(o.subjectType())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no consultation owner for " + c.subjectModule() + "/"
                        + c.subjectType()));
    }

    /** "7个工作日" / "30日" in the reader's language, as an argument of a message. */
    static DefaultMessageSourceResolvable periodText(Period p) {
        String key = "participation.period." + (p.unit() == PeriodUnit.WORKING_DAYS ? "working-days"
                : p.unit() == PeriodUnit.MONTHS ? "months" : "days");
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {p.amount()});
    }

    private String receiptNumber() {
        StringBuilder sb = new StringBuilder("YJ").append(LocalDate.now(clock).toString().replace("-", ""))
                .append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field(field, "participation.text.required");
        }
        if (text.length() > max) {
            throw InvalidInputException.field(field, "participation.text.too-long", max);
        }
    }

    private List<TrackedDeadline> windowDeadlines(long consultationId) {
        return deadlines.forSubject(MODULE, ENTITY, String.valueOf(consultationId)).stream()
                .filter(t -> t.status().isActive()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
