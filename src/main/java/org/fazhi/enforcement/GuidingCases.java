package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.CaseLinkStore;
import org.fazhi.enforcement.internal.PublicText;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guiding cases (执法指导案例, seed 004 §8): decided cases with clear facts, regular procedure and the
 * discretion standards applied, selected by the agencies for a year and published by the 法治办 on the
 * portal, without the identifiers of natural persons.
 */
@Service
@Transactional
public class GuidingCases {

    private final CaseLinkStore store;
    private final CaseAccess cases;
    private final PublicText publicText;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    GuidingCases(CaseLinkStore store, CaseAccess cases, PublicText publicText, DataScope scope, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.cases = cases;
        this.publicText = publicText;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<GuidingCase> list() {
        return store.guidingCases(scope.visibleUnitIds());
    }

    /** Selects a decided, unchanged case of a year up to now. */
    @Allowed.Officers
    public GuidingCase select(long caseId, GuidingCaseRequest r) {
        EnforcementCase c = cases.requireVisible(caseId);
        if (!cases.ofActorsUnits(c)) {
            throw new NotFoundException(EnforcementCase.SUBJECT.name(), caseId);
        }
        if (c.decidedOn() == null || c.changedOn() != null) {
            throw new RefusedException("not-a-decided-case", "enforcement.refused.guiding-not-decided");
        }
        if (store.guidingCaseOf(caseId).isPresent()) {
            throw new RefusedException("already-selected", "enforcement.refused.already-selected");
        }
        LocalDate today = LocalDate.now(clock);
        if (r.year() > today.getYear() || r.year() < c.decidedOn().getYear()) {
            throw org.fazhi.shared.InvalidInputException.field("year", "enforcement.guiding.year");
        }
        String text = publicText.scrub(c, c.cause()) + "\n" + publicText.scrub(c, c.facts()) + "\n"
                + publicText.scrub(c, c.decisionText());
        long id = store.insertGuidingCase(caseId, c.unitId(), r.year(), r.title().strip(), r.gist().strip(), text, today,
                Actor.current().userId());
        GuidingCase created = store.guidingCase(id).orElseThrow();
        audit.created("guiding-case", id, created);
        return created;
    }

    /** The 法治办 publishes a selected case on the portal. */
    @Allowed.RuleOfLawOffice
    public GuidingCase publish(long id) {
        GuidingCase before = store.guidingCase(id).filter(g -> scope.canSee(g.unitId()))
                .orElseThrow(() -> new NotFoundException("guiding-case", id));
        if (before.publishedOn() != null) {
            throw new RefusedException("already-published", "enforcement.refused.already-published");
        }
        store.publishGuidingCase(id, LocalDate.now(clock));
        GuidingCase after = store.guidingCase(id).orElseThrow();
        audit.changed("guiding-case", id, "publish", before, after);
        return after;
    }

    /** Published guiding cases, for the portal. */
    @Transactional(readOnly = true)
    public List<GuidingCase> published() {
        return store.publishedGuidingCases();
    }
}
