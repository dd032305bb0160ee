package org.fazhi.reconsideration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.reconsideration.NormdocReview;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link CaseFacts} a step or the guide checks: once, in the caller's transaction, after
 * the visibility check (another unit's case answers 404 before any gate is read).
 */
@Component
public class CaseFactsReader {

    private final CaseAccess access;
    private final CaseStore cases;
    private final HearingStore hearings;
    private final NormdocReviewStore normdocs;
    private final Deadlines deadlines;
    private final Clock clock;

    CaseFactsReader(CaseAccess access, CaseStore cases, HearingStore hearings, NormdocReviewStore normdocs,
            Deadlines deadlines, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.hearings = hearings;
        this.normdocs = normdocs;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The facts of a case the actor may see, its row locked for a step; else 404. */
    public CaseFacts lock(long id) {
        return of(access.lockVisible(id), false);
    }

    /** The facts of a case the actor may see (reading, for the guide); else 404. */
    public CaseFacts read(long id) {
        return of(access.requireVisible(id), false);
    }

    /** The facts of a case the system or the verified applicant acts on, its row locked. */
    public CaseFacts lockUnscoped(long id, boolean applicant) {
        return of(cases.lock(id).orElseThrow(() -> CaseAccess.notFound(id)), applicant);
    }

    /** The facts of a case already read (and checked visible, or the applicant verified). */
    public CaseFacts of(ReconsiderationCase c, boolean applicant) {
        Optional<NormdocReview> normdoc = normdocs.ofCase(c.id());
        LocalDate answerDue = normdoc.map(NormdocReview::answerDeadlineId).map(this::deadline)
                .map(TrackedDeadline::dueDate).orElse(null);
        boolean handlerRole = Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name());
        // who answers for the respondent: its staff who carry its work (not leaders, who read)
        boolean agencyRole = Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name(),
                Role.DRAFTER.name(), Role.ENFORCEMENT_OFFICER.name());
        boolean person = !applicant && !Actor.current().isSystem() && !Actor.current().isAnonymous();
        return new CaseFacts(c, person && handlerRole, person && access.handles(c),
                person && agencyRole && access.respondent(c),
                applicant, LocalDate.now(clock), deadline(c.clocks().acceptance()), deadline(c.clocks().correction()),
                deadline(c.clocks().answer()), deadline(c.clocks().decision()), deadline(c.clocks().suspension()),
                hearings.ofCase(c.id()), normdoc, answerDue);
    }

    private TrackedDeadline deadline(Long id) {
        return id == null ? null : deadlines.find(id).orElse(null);
    }
}
