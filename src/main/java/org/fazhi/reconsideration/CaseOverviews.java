package org.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.reconsideration.internal.CaseAttachmentStore;
import org.fazhi.reconsideration.internal.BodyStore;
import org.fazhi.reconsideration.internal.CaseAccess;
import org.fazhi.reconsideration.internal.CaseClocks;
import org.fazhi.reconsideration.internal.CaseFacts;
import org.fazhi.reconsideration.internal.CaseFactsReader;
import org.fazhi.reconsideration.internal.CaseStore;
import org.fazhi.reconsideration.internal.LetterStore;
import org.fazhi.reconsideration.internal.ReconsiderationRules;
import org.fazhi.reconsideration.internal.SuspensionStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases: one case page in one call and one transaction ({@link #of}), a case as the API
 * returns it, and the list of the cases the actor may see (handled by the actor's units or against
 * them), the applicant's identity masked for readers who do not handle the case.
 */
@Service
@Transactional(readOnly = true)
@Allowed.Staff
public class CaseOverviews {

    private final CaseFactsReader facts;
    private final CaseGuide guide;
    private final CaseAccess access;
    private final CaseStore cases;
    private final BodyStore bodies;
    private final SuspensionStore suspensions;
    private final CaseAttachmentStore attachments;
    private final LetterStore letters;
    private final CaseClocks clocks;
    private final Applications applications;
    private final WorkingCalendar calendar;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final Units units;

    CaseOverviews(CaseFactsReader facts, CaseGuide guide, CaseAccess access, CaseStore cases, BodyStore bodies,
            SuspensionStore suspensions, CaseAttachmentStore attachments, LetterStore letters, CaseClocks clocks,
            Applications applications, WorkingCalendar calendar, RulesCatalog rules, DataScope scope, Units units) {
        this.facts = facts;
        this.guide = guide;
        this.access = access;
        this.cases = cases;
        this.bodies = bodies;
        this.suspensions = suspensions;
        this.attachments = attachments;
        this.letters = letters;
        this.clocks = clocks;
        this.applications = applications;
        this.calendar = calendar;
        this.rules = rules;
        this.scope = scope;
        this.units = units;
    }

    /** The page of a case the actor may see (404 otherwise). */
    public CaseOverview of(long id) {
        CaseFacts f = facts.read(id);
        ReconsiderationCase c = f.c();
        boolean handler = f.actorHandles();
        List<OpinionLetter> caseLetters = letters.ofCase(id).stream()
                .filter(l -> scope.canSee(l.unitId()) || scope.canSee(l.recipientUnitId())).toList();
        Set<Long> named = new HashSet<>(List.of(c.unitId(), c.respondentUnitId()));
        caseLetters.forEach(l -> named.add(l.recipientUnitId()));
        Map<Long, String> names = units.names(named);
        LocalDate forwardingDue = c.channel() == Channel.VIA_AGENCY && c.agencyReceivedOn() != null
                ? calendar.due(c.agencyReceivedOn(), rules.period(ReconsiderationRules.PRECONDITION, RuleTerm.AMOUNT,
                        c.agencyReceivedOn())).due()
                : null;
        return new CaseOverview(view(c, handler), handler, f.actorIsRespondent(), guide.of(f),
                bodies.find(c.bodyId()).map(ReconsiderationBody::name).orElse(""), names.getOrDefault(c.unitId(), ""),
                names.getOrDefault(c.respondentUnitId(), ""), f.hearings(), suspensions.ofCase(id),
                f.normdoc().orElse(null), caseLetters, handler ? attachments.ofCase(id) : List.of(), clocks(f),
                applications.simplifiedEligible(c, f.today()), forwardingDue, names, f.today());
    }

    /** One case as the API returns it (404 outside the scope). */
    public ReconsiderationCase get(long id) {
        ReconsiderationCase c = access.requireVisible(id);
        return view(c, access.handles(c));
    }

    /** The cases handled by or against the actor's units, filtered, newest first. */
    public PageResult<ReconsiderationCase> list(Long bodyId, CaseStatus status, Integer year, String q,
            PageQuery page) {
        var filter = new CaseStore.Filter(scope.visibleUnitIds(), bodyId, status, year, q);
        return new PageResult<>(cases.list(filter, page.size(), page.offset()).stream()
                .map(c -> view(c, access.handles(c))).toList(), page.page(), page.size(), cases.count(filter));
    }

    /** The cases among {@code ids} the actor may see (the records behind a statistic). */
    public List<ReconsiderationCase> some(List<Long> ids) {
        List<ReconsiderationCase> out = new ArrayList<>();
        for (Long id : ids) {
            cases.find(id).filter(access::visible).map(c -> view(c, access.handles(c))).ifPresent(out::add);
        }
        return out;
    }

    /** An attachment of a case the actor handles (404 otherwise). */
    public CaseAttachment attachment(long id, long attachmentId) {
        ReconsiderationCase c = access.requireVisible(id);
        return attachments.find(attachmentId).filter(a -> a.caseId() == id && access.handles(c))
                .orElseThrow(() -> new org.fazhi.shared.NotFoundException("reconsideration-attachment", attachmentId));
    }

    private static ReconsiderationCase view(ReconsiderationCase c, boolean handler) {
        if (handler) {
            return c;
        }
        return new ReconsiderationCase(c.id(), c.bodyId(), c.unitId(), c.receiptNo(), c.channel(), c.status(),
                c.applicant().masked(), c.respondentUnitId(), c.act(), c.requests(), c.factsAndReasons(),
                c.normdocTitle(), c.receivedOn(), c.agencyReceivedOn(), c.window(), c.precondition(),
                c.preconditionBasis(), c.correction(), c.procedure(), c.acceptance(), c.answer(), c.timing(),
                c.suspensionGround(), c.suspendedOn(), c.decision(), c.resolution(), c.termination(), c.closedOn(),
                c.clocks(), c.version());
    }

    private List<CaseOverview.Clock> clocks(CaseFacts f) {
        ReconsiderationCase c = f.c();
        boolean simplified = f.simplified();
        List<CaseOverview.Clock> out = new ArrayList<>();
        add(out, ReconsiderationRules.ACCEPTANCE_REVIEW, f.acceptance());
        add(out, ReconsiderationRules.CORRECTION_PERIOD, f.correction());
        add(out, simplified ? ReconsiderationRules.SIMPLIFIED_COPY : ReconsiderationRules.ORDINARY_COPY,
                clocks.get(c.clocks().copy()));
        add(out, simplified ? ReconsiderationRules.SIMPLIFIED_ANSWER : ReconsiderationRules.ORDINARY_ANSWER, f.answer());
        add(out, f.decision() == null ? ReconsiderationRules.ORDINARY_DECISION : f.decision().ruleId(), f.decision());
        add(out, ReconsiderationRules.SUSPENSION_TERMINATION, f.suspension());
        f.normdoc().ifPresent(n -> {
            add(out, n.competent() ? ReconsiderationRules.NORMDOC_HANDLING : ReconsiderationRules.NORMDOC_FORWARD,
                    clocks.get(n.handleDeadlineId()));
            add(out, ReconsiderationRules.NORMDOC_NOTICE, clocks.get(n.noticeDeadlineId()));
            add(out, ReconsiderationRules.NORMDOC_ISSUER_ANSWER, clocks.get(n.answerDeadlineId()));
            add(out, ReconsiderationRules.NORMDOC_REPLY, clocks.get(n.replyDeadlineId()));
        });
        return out;
    }

    private static void add(List<CaseOverview.Clock> out, String rule, TrackedDeadline d) {
        if (d != null) {
            out.add(new CaseOverview.Clock(rule, d));
        }
    }
}
