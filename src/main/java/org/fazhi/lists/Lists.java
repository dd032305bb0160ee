package org.fazhi.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.lists.internal.EntryRules;
import org.fazhi.lists.internal.ListAccess;
import org.fazhi.lists.internal.ListContent;
import org.fazhi.lists.internal.ListProcedure.Step;
import org.fazhi.lists.internal.ListSteps;
import org.fazhi.lists.internal.ListStore;
import org.fazhi.lists.internal.ListTexts;
import org.fazhi.lists.internal.ListVersionRecord;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.OpeningRequest;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.fazhi.review.SubmissionRequest;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of the units in the actor's scope and their adjustment, step by step. Each step is let
 * through by the procedure ({@code internal.ListProcedure}: the state and the gates, the same ones the
 * page's guide shows), records what it does and is audited in the same transaction:
 * <ul>
 * <li>an adjustment starts from the version last published (or empty), one at a time per list;</li>
 * <li>items are added, changed and removed only while it is drafted;</li>
 * <li>an adjustment that bears on the public is put out for public comment (participation) for at least
 * the catalog's period, and every comment answered, before legality review;</li>
 * <li>publication only after the review desk found exactly the content to be published lawful, with an
 * effective date from today and after the version in force.</li>
 * </ul>
 * The guide is {@link ListGuide}; the page's reading {@link ListOverviews}; imports {@link ListImport}.
 */
@Service
@Transactional
public class Lists {

    /** A list in the actor's scope with its unit's name, the version in force today and the adjustment on its way. */
    public record ListRow(ItemList list, String unit, ListVersion inForce, ListVersion open, int versions) {
    }

    private final ListStore store;
    private final ListSteps steps;
    private final ListAccess access;
    private final ListTexts texts;
    private final LegalityReviews reviews;
    private final PublicConsultations participation;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;

    Lists(ListStore store, ListSteps steps, ListAccess access, ListTexts texts, LegalityReviews reviews,
            PublicConsultations participation, DataScope scope, Units units, AuditLog audit) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.texts = texts;
        this.reviews = reviews;
        this.participation = participation;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    // ----- reading -----

    /** The lists of the units the actor may see (of one kind, or all when null). */
    @Transactional(readOnly = true)
    public List<ListRow> lists(ListKind kind) {
        List<ItemList> lists = store.lists(scope.visibleUnitIds(), kind);
        Map<Long, String> names = units.names(lists.stream().map(ItemList::unitId).distinct().toList());
        List<ListRow> rows = new ArrayList<>();
        for (ItemList l : lists) {
            rows.add(row(l, names.getOrDefault(l.unitId(), "")));
        }
        rows.sort(Comparator.comparing(ListRow::unit).thenComparing(r -> r.list().kind()));
        return rows;
    }

    /** One list the actor may see, as a row (404 otherwise). */
    @Transactional(readOnly = true)
    public ListRow row(long listId) {
        ItemList l = access.requireList(listId);
        return row(l, units.name(l.unitId()));
    }

    private ListRow row(ItemList l, String unit) {
        return new ListRow(l, unit, store.inForce(l.id(), steps.now().toLocalDate()).orElse(null),
                store.openVersion(l.id()).orElse(null), store.lastVersionNo(l.id()));
    }

    @Transactional(readOnly = true)
    public ItemList list(long id) {
        return access.requireList(id);
    }

    /** Every version of a list, newest first. */
    @Transactional(readOnly = true)
    public List<ListVersion> versions(long listId) {
        access.requireList(listId);
        return store.versions(listId);
    }

    @Transactional(readOnly = true)
    public ListVersion version(long id) {
        return access.requireVisible(id);
    }

    /** One page of a version's items whose code or name contains {@code q}. */
    @Transactional(readOnly = true)
    public PageResult<ListEntry> entries(long versionId, String q, PageQuery page) {
        access.requireVisible(versionId);
        String needle = q == null || q.isBlank() ? null : q.strip();
        return new PageResult<>(store.entries(versionId, needle, page.size(), page.offset()), page.page(),
                page.size(), store.countEntries(versionId, needle));
    }

    /** Every item of a version (for exports). */
    @Transactional(readOnly = true)
    public List<ListEntry> allEntries(long versionId) {
        access.requireVisible(versionId);
        return store.entries(versionId);
    }

    /**
     * Two versions of a list compared item by item. By default the latest version against the one
     * before it; a version of another list answers 404.
     */
    @Transactional(readOnly = true)
    public ListDiff compare(long listId, Long fromVersionId, Long toVersionId) {
        access.requireList(listId);
        return compareVersions(store, listId, fromVersionId, toVersionId, store.versions(listId));
    }

    /** The comparison of two of {@code candidates} (newest first) of one list; shared with the public side. */
    static ListDiff compareVersions(ListStore store, long listId, Long fromVersionId, Long toVersionId,
            List<ListVersion> candidates) {
        if (candidates.isEmpty()) {
            throw new NotFoundException(ListVersion.SUBJECT.name(), listId);
        }
        ListVersion to = toVersionId == null ? candidates.get(0) : pick(candidates, toVersionId);
        ListVersion from;
        if (fromVersionId != null) {
            from = pick(candidates, fromVersionId);
        } else {
            from = candidates.stream().filter(v -> v.versionNo() < to.versionNo()).findFirst().orElse(to);
        }
        return ListDiff.of(from, store.entries(from.id()), to, store.entries(to.id()));
    }

    private static ListVersion pick(List<ListVersion> candidates, long id) {
        return candidates.stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(ListVersion.SUBJECT.name(), id));
    }

    // ----- starting and editing an adjustment -----

    /**
     * Starts an adjustment of the unit's list of {@code kind} from the version last published (an empty
     * list for the first version). One adjustment at a time per list. An adjustment that does not bear
     * on the public records why it is not put to participation.
     */
    @Allowed.Drafters
    public ListVersion startAdjustment(AdjustmentRequest r) {
        long unitId = r.unitId() == null ? requireHomeUnit() : r.unitId();
        scope.require(unitId, "unit", unitId);
        String skip = blank(r.noParticipationReason());
        if (!r.participationRequired() && skip == null) {
            throw InvalidInputException.field("noParticipationReason", "lists.participation.reason-required");
        }
        ItemList list = store.list(unitId, r.kind()).orElseGet(() -> {
            ItemList created = store.insertList(unitId, r.kind());
            audit.created("item-list", created.id(), Map.of("unitId", unitId, "kind", r.kind()));
            return created;
        });
        if (store.openVersion(list.id()).isPresent()) {
            throw new RefusedException("adjustment-open", "lists.refused.adjustment-open");
        }
        List<ListVersion> published = store.publishedVersions(list.id());
        ListVersion base = published.isEmpty() ? null : published.get(published.size() - 1);
        List<ListEntry> entries = base == null ? List.of() : store.entries(base.id());
        int no = store.lastVersionNo(list.id()) + 1;
        ListVersionRecord record = ListVersionRecord.drafted(list.id(), no, r.reason().strip(),
                r.participationRequired(), r.participationRequired() ? null : skip, ListContent.sha256(entries),
                entries.size(), Actor.current().userId(), steps.now());
        steps.save(record);
        store.insertEntries(record.id(), entries);
        audit.created(ListVersion.SUBJECT.name(), record.id(), Map.of("listId", list.id(), "unitId", unitId, "kind",
                r.kind(), "versionNo", no, "basedOn", base == null ? "" : base.versionNo(), "items", entries.size(),
                "reason", r.reason().strip(), "participationRequired", r.participationRequired()));
        return store.version(record.id()).orElseThrow();
    }

    /** Adds an item to a draft; its code must be new to this version. */
    @Allowed.Drafters
    public ListEntry addEntry(long versionId, EntryRequest r) {
        ListSteps.Taken step = steps.take(versionId, Step.EDIT, r.version());
        ListVersion v = step.version();
        ListEntry checked = checked(v, r);
        long itemId = store.itemIds(v.listId(), List.of(checked.code())).get(checked.code());
        if (store.entry(versionId, itemId).isPresent()) {
            throw InvalidInputException.field("code", "lists.entry.code-taken", checked.code());
        }
        ListEntry entry = EntryRules.placed(checked, itemId, store.maxSortNo(versionId) + 1);
        store.insertEntries(versionId, List.of(entry));
        contentChanged(step);
        steps.complete(step, Map.of("added", entry.code(), "name", entry.name()));
        return store.entry(versionId, itemId).orElseThrow();
    }

    /** Changes an item of a draft (its code stays: a new code is a new item). */
    @Allowed.Drafters
    public ListEntry changeEntry(long versionId, long itemId, EntryRequest r) {
        ListSteps.Taken step = steps.take(versionId, Step.EDIT, r.version());
        ListVersion v = step.version();
        ListEntry before = store.entry(versionId, itemId)
                .orElseThrow(() -> new NotFoundException("list-entry", itemId));
        ListEntry checked = checked(v, r);
        if (!checked.code().equals(before.code())) {
            throw InvalidInputException.field("code", "lists.entry.code-immutable", before.code());
        }
        ListEntry after = EntryRules.placed(checked, itemId, before.sortNo());
        store.deleteEntry(versionId, itemId);
        store.insertEntries(versionId, List.of(after));
        contentChanged(step);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("changed", before.code());
        ListDiff.changes(before, after).forEach(c -> changes.put(c.field(), c.before() + " → " + c.after()));
        steps.complete(step, changes);
        return store.entry(versionId, itemId).orElseThrow();
    }

    /** Removes an item from a draft. */
    @Allowed.Drafters
    public void removeEntry(long versionId, long itemId, Integer version) {
        ListSteps.Taken step = steps.take(versionId, Step.EDIT, version);
        ListEntry before = store.entry(versionId, itemId)
                .orElseThrow(() -> new NotFoundException("list-entry", itemId));
        store.deleteEntry(versionId, itemId);
        contentChanged(step);
        steps.complete(step, Map.of("removed", before.code(), "name", before.name()));
    }

    /** The last day of the minimum period of a consultation opened on {@code openedOn} (LS-02 on the calendar). */
    @Transactional(readOnly = true)
    public java.time.LocalDate earliestClose(java.time.LocalDate openedOn) {
        return participation.earliestClose(ConsultationKind.LIST_ADJUSTMENT, openedOn);
    }

    /**
     * Puts the draft out for public comment (公众参与) on the portal: the exact text (its items, and what
     * changed against the version last published) until the end of {@code closesOn}; its items are frozen
     * while the window is open.
     */
    @Allowed.Drafters
    public PublicConsultation openConsultation(long versionId, ListConsultationRequest r) {
        ListSteps.Taken step = steps.take(versionId, Step.OPEN_CONSULTATION, r.version());
        ListVersion v = step.version();
        Text text = text(v, "CONSULTATION");
        PublicConsultation c = participation.open(new OpeningRequest(ListVersion.SUBJECT.ref(versionId),
                ConsultationKind.LIST_ADJUSTMENT, v.unitId(), units.name(v.unitId()), text.id(), v.revision(),
                text.title(), text.body(), v.reason(), v.contentSha256(), r.closesOn(), r.shortenedReason(),
                "/console/lists/versions/" + versionId + "#consultation"));
        steps.complete(step, Map.of("consultationId", c.id(), "closesOn", r.closesOn().toString()));
        return c;
    }

    /** Closes the window once its minimum period has run. */
    @Allowed.Drafters
    public PublicConsultation closeConsultation(long versionId, Integer version) {
        return closeNow(steps.take(versionId, Step.CLOSE_CONSULTATION, version));
    }

    /** The daily job: closes every window on a list adjustment whose closing day has passed. */
    public int closeDue() {
        int closed = 0;
        for (PublicConsultation c : participation.dueToClose(ListVersion.SUBJECT, steps.now().toLocalDate())) {
            long versionId = c.subjectLongId();
            if (store.version(versionId).map(v -> v.status() == ListVersionStatus.CONSULTING).orElse(false)) {
                closeNow(steps.takeAsSystem(versionId, Step.CLOSE_DUE_CONSULTATION));
                closed++;
            }
        }
        return closed;
    }

    private PublicConsultation closeNow(ListSteps.Taken step) {
        PublicConsultation open = step.facts().openConsultation().orElseThrow();
        PublicConsultation closed = participation.close(open.id());
        steps.complete(step, Map.of("consultationId", open.id()));
        return closed;
    }

    // ----- review, publication, withdrawal -----

    /**
     * Submits the draft to the legality-review desk of the government the unit belongs to: the exact
     * content (its text with what changed against the version last published) is kept and its SHA-256
     * travels with the request.
     */
    @Allowed.Drafters
    public LegalityReview submitForReview(long versionId, Integer version) {
        ListSteps.Taken step = steps.take(versionId, Step.SUBMIT_FOR_REVIEW, version);
        ListVersion v = step.version();
        Text text = text(v, "REVIEW");
        LegalityReview review = reviews.submit(new SubmissionRequest(ReviewType.LIST_ADJUSTMENT,
                ReviewSubject.of(ListVersion.SUBJECT.ref(versionId), text.title(), text.id(), v.revision(),
                        v.contentSha256(), "/console/lists/versions/" + versionId),
                v.unitId(), governmentOf(v.unitId())));
        steps.complete(step, Map.of("reviewId", review.id(), "revision", v.revision(), "sha256", v.contentSha256()));
        return review;
    }

    /** Back to drafting after the review (to make the required changes, or others). */
    @Allowed.Drafters
    public ListVersion revise(long versionId, Integer version) {
        return steps.complete(steps.take(versionId, Step.REVISE, version), Map.of());
    }

    /**
     * Publishes the adjusted list with its effective date: today or later, and after the effective date
     * of the version published before it.
     */
    @Allowed.Drafters
    public ListVersion publish(long versionId, ListPublicationRequest r) {
        ListSteps.Taken step = steps.take(versionId, Step.PUBLISH, r.version());
        if (r.effectiveDate().isBefore(step.today())) {
            throw InvalidInputException.field("effectiveDate", "lists.publish.effective-past");
        }
        if (step.facts().latestEffective() != null && !r.effectiveDate().isAfter(step.facts().latestEffective())) {
            throw InvalidInputException.field("effectiveDate", "lists.publish.effective-before-current",
                    step.facts().latestEffective().toString());
        }
        step.record().published(r.effectiveDate(), step.today(), steps.now());
        return steps.complete(step, Map.of("effectiveDate", r.effectiveDate().toString(), "items",
                step.version().itemCount()));
    }

    /** Abandons the adjustment; a consultation on it leaves the public side. */
    @Allowed.Drafters
    public ListVersion withdraw(long versionId, ListWithdrawalRequest r) {
        ListSteps.Taken step = steps.take(versionId, Step.WITHDRAW, r.version());
        step.record().withdrawn(r.reason().strip(), steps.now());
        if (!step.facts().consultations().isEmpty()) {
            participation.withdraw(ListVersion.SUBJECT.ref(versionId), r.reason().strip());
        }
        return steps.complete(step, Map.of("reason", r.reason().strip()));
    }

    /** The review desk concluded (its listener, in the same transaction). */
    void reviewConcluded(long versionId) {
        ListSteps.Taken step = steps.takeAsSystem(versionId, Step.REVIEW_CONCLUDED);
        steps.complete(step, Map.of());
    }

    /** The review request was withdrawn by the submitting unit: back to drafting. */
    void reviewWithdrawn(long versionId) {
        ListSteps.Taken step = steps.takeAsSystem(versionId, Step.REVIEW_WITHDRAWN);
        steps.complete(step, Map.of());
    }

    // ----- helpers -----

    private record Text(long id, String title, String body) {
    }

    /** The version as text (against the version last published), kept for the public or the desk. */
    private Text text(ListVersion v, String purpose) {
        List<ListEntry> entries = store.entries(v.id());
        List<ListVersion> published = store.publishedVersions(v.listId());
        ListVersion base = published.isEmpty() ? null : published.get(published.size() - 1);
        String title = texts.title(v);
        String body = texts.body(v, entries, base, base == null ? List.of() : store.entries(base.id()));
        return new Text(store.insertText(v.id(), purpose, v.revision(), title, body, v.contentSha256()), title, body);
    }

    /** The government (county, township) a unit belongs to: the unit itself or the nearest above it. */
    Long governmentOf(long unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        List<Long> path = new ArrayList<>(java.util.Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList());
        java.util.Collections.reverse(path);
        for (Long id : path) {
            Optional<Unit> u = units.find(id);
            if (u.isPresent() && (u.get().kind() == UnitKind.GOVERNMENT || u.get().kind() == UnitKind.TOWNSHIP)) {
                return id;
            }
        }
        return unitId;
    }

    private ListEntry checked(ListVersion v, EntryRequest r) {
        EntryRules.Checked c = EntryRules.check(v.kind(), v.unitId(), r, unit -> within(unit, v.unitId()));
        if (!c.ok()) {
            throw new InvalidInputException(400, "invalid-input", "problem.invalid-input", c.problems());
        }
        return c.entry();
    }

    private boolean within(long unitId, long listUnitId) {
        return units.find(unitId).map(u -> u.path().contains("/" + listUnitId + "/")).orElse(false);
    }

    private void contentChanged(ListSteps.Taken step) {
        List<ListEntry> entries = store.entries(step.id());
        step.record().contentChanged(ListContent.sha256(entries), entries.size(), steps.now());
    }

    private long requireHomeUnit() {
        Long home = scope.homeUnitId();
        if (home == null) {
            throw InvalidInputException.field("unitId", "lists.unit.required");
        }
        return home;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
