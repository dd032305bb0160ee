package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.enforcement.internal.CaseFacts;
import org.fazhi.enforcement.internal.CaseFactsReader;
import org.fazhi.enforcement.internal.CaseFileStore;
import org.fazhi.enforcement.internal.CaseLinkStore;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.enforcement.internal.EvaluationStore;
import org.fazhi.enforcement.internal.OfficerStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's page in one call: one scope check, one transaction ({@link CaseOverview}). */
@Service
@Transactional(readOnly = true)
public class CaseOverviews {

    private final CaseFactsReader facts;
    private final CaseGuide guide;
    private final CaseFileStore files;
    private final CaseLinkStore links;
    private final OfficerStore officers;
    private final EvaluationStore evaluations;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    CaseOverviews(CaseFactsReader facts, CaseGuide guide, CaseFileStore files, CaseLinkStore links,
            OfficerStore officers, EvaluationStore evaluations, Deadlines deadlines, WorkingCalendar calendar,
            RulesCatalog rules) {
        this.facts = facts;
        this.guide = guide;
        this.files = files;
        this.links = links;
        this.officers = officers;
        this.evaluations = evaluations;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.rules = rules;
    }

    /** The page of a case the actor may see (404 otherwise). */
    @Allowed.Staff
    public CaseOverview of(long id) {
        CaseFacts f = facts.read(id);
        EnforcementCase c = f.c();
        LocalDate today = f.today();
        var standing = new DecisionPublications.Standing(c, f.publication(),
                c.publicationDeadlineId() == null ? Optional.empty() : deadlines.find(c.publicationDeadlineId()),
                c.withdrawalDeadlineId() == null ? Optional.empty() : deadlines.find(c.withdrawalDeadlineId()),
                today);
        LocalDate earliestHearing = calendar.dueByRule(EnforcementRules.HEARING_NOTICE, RuleTerm.AMOUNT, today,
                c.unitId(), List.of()).due();
        return new CaseOverview(c, f.agency(), guide.of(f), f.team(), officers.ofAgency(c.agencyId()), f.acts(),
                files.evidenceOf(id), f.benchmark(), f.exemption(), f.catalogItem(), f.reviewRequired(),
                f.discussionRequired(), f.partyWindowEnds(), f.reviews(), f.decisionDeadline(), files.extensions(id),
                standing, links.transfersOf(id), links.filingOf(id), links.guidingCaseOf(id), links.faultsOf(id),
                evaluations.ofCase(id), evaluations.template(c.agencyId(), today.getYear()), f.missingStages(), earliestHearing,
                today);
    }
}
