package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.internal.CleanupStore;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentDeadlines;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.normdocs.internal.DocumentRecord;
import org.fazhi.normdocs.internal.DocumentRecords;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.NormdocsRules;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the body of documents lawful and current: cleanup campaigns (清理: periodic every two
 * years, or special) give each document a verdict 继续有效 / 修改 / 废止 / 宣布失效 with its reason,
 * and completing a campaign applies them; a document may also be repealed on its own; expiry dates
 * pass into 已失效; post-evaluations (后评估) are recorded; documents near expiry are listed for
 * evaluation. A validity change shows everywhere: catalog, search, API.
 */
@Service
@Transactional
public class Cleanups {

    static final String ENTITY = "cleanup-campaign";

    /** Starting a campaign over the given documents (or every document in force of the unit's scope). */
    public record CampaignRequest(@NotNull Long unitId, @NotBlank @Size(max = 200) String name,
            @NotNull CleanupCampaign.CampaignKind kind, @Size(max = 200) String topic, List<Long> documentIds) {
    }

    /** A post-evaluation as recorded. */
    public record EvaluationRequest(@NotNull LocalDate evaluatedOn, @NotBlank @Size(max = 200) String evaluator,
            @NotBlank @Size(max = 4000) String conclusion, @NotNull CleanupVerdict recommendation,
            Long reportFileId) {
    }

    private final CleanupStore store;
    private final DocumentStore documents;
    private final DocumentAccess access;
    private final DocumentSteps steps;
    private final DocumentRecords records;
    private final DocumentDeadlines documentDeadlines;
    private final DataScope scope;
    private final RulesCatalog rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cleanups(CleanupStore store, DocumentStore documents, DocumentAccess access, DocumentSteps steps,
            DocumentRecords records, DocumentDeadlines documentDeadlines, DataScope scope, RulesCatalog rules,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.documentDeadlines = documentDeadlines;
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.steps = steps;
        this.records = records;
        this.scope = scope;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Allowed.Drafters
    public CleanupCampaign start(CampaignRequest r) {
        scope.require(r.unitId(), "unit", r.unitId());
        Set<Long> ids = new LinkedHashSet<>();
        if (r.documentIds() == null || r.documentIds().isEmpty()) {
            var inForce = new DocumentStore.Filter(scope.subtreeWithinScope(r.unitId()), null, null,
                    DocumentStatus.PUBLISHED, null, null, true);
            documents.list(inForce, 100_000, 0).stream().filter(d -> d.validity().inForce())
                    .forEach(d -> ids.add(d.id()));
        } else {
            for (Long id : r.documentIds()) {
                NormativeDocument d = access.requireVisible(id);
                if (!d.published() || !d.validity().inForce()) {
                    throw InvalidInputException.field("documentIds", "normdocs.cleanup.not-in-force", id);
                }
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw InvalidInputException.field("documentIds", "normdocs.cleanup.empty");
        }
        LocalDate today = LocalDate.now(clock);
        long id = store.insertCampaign(r.unitId(), r.name().strip(), r.kind(), blank(r.topic()), today,
                Actor.current().userId());
        ids.forEach(docId -> store.addDocument(id, docId));
        audit.created(ENTITY, id, Map.of("name", r.name().strip(), "kind", r.kind(), "documents", ids.size()));
        return store.find(id).orElseThrow();
    }

    @Allowed.Drafters
    public void verdict(long campaignId, long documentId, CleanupVerdict verdict, String reason) {
        CleanupCampaign c = visibleCampaign(campaignId, true);
        if (c.completed()) {
            throw new RefusedException("campaign-completed", "normdocs.refused.campaign-completed");
        }
        if (verdict == null) {
            throw InvalidInputException.field("verdict", "normdocs.cleanup.verdict-required");
        }
        String why = blank(reason);
        if (verdict != CleanupVerdict.CONTINUE && why == null) {
            throw InvalidInputException.field("reason", "normdocs.reason.required");
        }
        if (why != null && why.length() > 2000) {
            throw InvalidInputException.field("reason", "normdocs.reason.too-long");
        }
        if (store.setVerdict(campaignId, documentId, verdict, why, Actor.current().userId()) == 0) {
            throw new NotFoundException("cleanup-line", documentId);
        }
        audit.changed(ENTITY, campaignId, "verdict", Map.of("documentId", documentId),
                Map.of("documentId", documentId, "verdict", verdict, "reason", why == null ? "" : why));
    }

    /** Completes the campaign: every document needs a verdict; 废止, 宣布失效 and 修改 change validity. */
    @Allowed.Drafters
    public CleanupCampaign complete(long campaignId) {
        CleanupCampaign c = visibleCampaign(campaignId, true);
        if (c.completed()) {
            throw new RefusedException("campaign-completed", "normdocs.refused.campaign-completed");
        }
        List<CleanupLine> lines = store.lines(campaignId);
        long pending = lines.stream().filter(l -> l.verdict() == null).count();
        if (pending > 0) {
            throw new RefusedException("verdicts-missing", "normdocs.refused.verdicts-missing", pending);
        }
        LocalDate today = LocalDate.now(clock);
        for (CleanupLine l : lines) {
            if (l.verdict() == CleanupVerdict.AMEND) {
                // 修改: the document stays in force, listed as to be amended, until the amending document
                // is published and names it (Supersessions)
                listToBeAmended(l.documentId(), today);
                continue;
            }
            Validity to = switch (l.verdict()) {
                case CONTINUE, AMEND -> null;
                case REPEAL -> Validity.REPEALED;
                case DECLARE_INVALID -> Validity.EXPIRED;
            };
            // a document repealed or lapsed since the campaign started keeps that state: a later
            // verdict never brings it back into force
            if (to != null && documents.find(l.documentId()).map(d -> d.validity() != null && d.validity().inForce())
                    .orElse(false)) {
                changeValidity(l.documentId(), to, today, l.reason());
            }
        }
        store.complete(campaignId, today);
        audit.changed(ENTITY, campaignId, "complete", Map.of("completed", false), Map.of("completed", true,
                "documents", lines.size()));
        return store.find(campaignId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<CleanupCampaign> campaigns() {
        return store.ofUnits(scope.visibleUnitIds());
    }

    @Transactional(readOnly = true)
    public CleanupCampaign campaign(long id) {
        return visibleCampaign(id, false);
    }

    @Transactional(readOnly = true)
    public List<CleanupLine> lines(long campaignId) {
        visibleCampaign(campaignId, false);
        return store.lines(campaignId);
    }

    /** Repeals one document outside a campaign (e.g. replaced by a new document). */
    @Allowed.Drafters
    public NormativeDocument repeal(long documentId, String reason) {
        DocumentSteps.Taken step = steps.take(documentId, Step.REPEAL, null);
        String why = blank(reason);
        if (why == null || why.length() > 2000) {
            throw InvalidInputException.field("reason", "normdocs.reason.required");
        }
        NormativeDocument before = step.document();
        step.record().validity(Validity.REPEALED, step.today(), why, steps.now());
        documentDeadlines.expiryHandled(before, step.today());
        return steps.complete(step, Map.of("validity", Validity.REPEALED, "previousValidity", before.validity(),
                "reason", why));
    }

    @Allowed.Drafters
    public PostEvaluation evaluate(long documentId, EvaluationRequest r) {
        DocumentSteps.Taken step = steps.take(documentId, Step.EVALUATE, null);
        NormativeDocument d = step.document();
        if (r.evaluatedOn().isAfter(step.today()) || r.evaluatedOn().isBefore(d.publicationDate())) {
            throw InvalidInputException.field("evaluatedOn", "normdocs.evaluated-on.range");
        }
        long id = store.insertEvaluation(documentId, r.evaluatedOn(), r.evaluator().strip(), r.conclusion().strip(),
                r.recommendation(), r.reportFileId(), Actor.current().userId());
        audit.created("post-evaluation", id, Map.of("documentId", documentId, "recommendation", r.recommendation()));
        documentDeadlines.expiryHandled(d, r.evaluatedOn());
        steps.complete(step, Map.of("evaluationId", id));
        return store.evaluations(documentId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PostEvaluation> evaluations(long documentId) {
        access.requireVisible(documentId);
        return store.evaluations(documentId);
    }

    /** The post-evaluations of a document whose visibility the caller has checked. */
    List<PostEvaluation> evaluationsOf(long documentId) {
        return store.evaluations(documentId);
    }

    /**
     * The validity history of a document: in force from publication, each completed campaign's verdict,
     * and a change outside any campaign (repeal, expiry), oldest first. Empty before publication.
     */
    @Transactional(readOnly = true)
    public List<ValidityEvent> history(long documentId) {
        return historyOf(access.requireVisible(documentId));
    }

    /** The validity history of a document whose visibility the caller has checked. */
    List<ValidityEvent> historyOf(NormativeDocument d) {
        long documentId = d.id();
        List<ValidityEvent> events = new java.util.ArrayList<>();
        if (!d.published()) {
            return events;
        }
        Validity state = Validity.CURRENT;
        if (d.imported()) {
            events.add(new ValidityEvent(d.effectiveDate(), Validity.CURRENT, ValidityEvent.Kind.IMPORTED, null, null,
                    null));
        } else {
            events.add(new ValidityEvent(d.effectiveDate(), Validity.CURRENT, ValidityEvent.Kind.PUBLISHED, null, null,
                    null));
        }
        for (var line : store.completedLinesOf(documentId)) {
            CleanupVerdict v = line.getValue().verdict();
            if (v == null) {
                continue;
            }
            state = switch (v) {
                case CONTINUE, AMEND -> state;
                case REPEAL -> Validity.REPEALED;
                case DECLARE_INVALID -> Validity.EXPIRED;
            };
            events.add(new ValidityEvent(line.getKey().completedOn(), state, ValidityEvent.Kind.CLEANUP,
                    line.getKey().name(), v, line.getValue().reason()));
        }
        if (d.validity() != null && d.validity() != state) {
            events.add(new ValidityEvent(d.validityChangedOn(), d.validity(), ValidityEvent.Kind.CHANGED, null, null,
                    d.validityReason()));
        }
        return events;
    }

    /** Documents in force of the actor's scope that expire within the catalog's notice period (LC-04). */
    @Transactional(readOnly = true)
    public List<NormativeDocument> nearExpiry() {
        LocalDate today = LocalDate.now(clock);
        Long home = scope.homeUnitId();
        LocalDate until = today.plusMonths(home == null
                ? rules.period(NormdocsRules.EXPIRY_NOTICE, RuleTerm.AMOUNT, today).months()
                : rules.period(NormdocsRules.EXPIRY_NOTICE, RuleTerm.AMOUNT, today, home).months());
        return documents.expiringBy(scope.visibleUnitIds(), until);
    }

    /**
     * Documents in force whose expiry comes within their locality's notice period (LC-04) get their
     * evaluation deadline on the 督办台, due on the expiry date (daily job, system actor).
     */
    public int registerNearExpiry() {
        LocalDate today = LocalDate.now(clock);
        int registered = 0;
        for (NormativeDocument d : documents.expiringByAll(today.plusYears(5))) {
            int months = rules.period(NormdocsRules.EXPIRY_NOTICE, RuleTerm.AMOUNT, today, d.unitId()).months();
            if (!d.expiryDate().isAfter(today.plusMonths(months))) {
                documentDeadlines.nearingExpiry(d, today);
                registered++;
            }
        }
        return registered;
    }

    /** Documents whose validity period has ended become 已失效 (daily job, system actor). */
    public int expireLapsed() {
        LocalDate today = LocalDate.now(clock);
        List<Long> lapsed = documents.expiredBy(today);
        lapsed.forEach(id -> changeValidity(id, Validity.EXPIRED, today, null));
        return lapsed.size();
    }

    private void listToBeAmended(long documentId, LocalDate on) {
        NormativeDocument d = documents.lock(documentId).orElseThrow();
        if (d.validity() == null || !d.validity().inForce() || d.toBeAmended()) {
            return;
        }
        DocumentRecord record = records.findById(documentId).orElseThrow();
        record.toBeAmended(on, steps.now());
        steps.save(record);
        audit.changed(NormativeDocument.SUBJECT.name(), documentId, "to-be-amended", Map.of("toBeAmended", false),
                Map.of("toBeAmended", true, "since", on));
    }

    /** A campaign's verdict or the lapse of the validity period changes a document's validity (system side). */
    private void changeValidity(long documentId, Validity to, LocalDate on, String reason) {
        NormativeDocument before = documents.lock(documentId).orElseThrow();
        DocumentRecord record = records.findById(documentId).orElseThrow();
        record.validity(to, on, reason, steps.now());
        steps.save(record);
        documentDeadlines.expiryHandled(before, on);
        audit.changed(NormativeDocument.SUBJECT.name(), documentId, "validity",
                Map.of("validity", before.validity() == null ? "" : before.validity()),
                Map.of("validity", to, "on", on, "reason", reason == null ? "" : reason));
        events.publishEvent(new NormativeDocumentChanged(documentId));
    }

    private CleanupCampaign visibleCampaign(long id, boolean lock) {
        CleanupCampaign c = (lock ? store.lock(id) : store.find(id))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.canSee(c.unitId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return c;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
