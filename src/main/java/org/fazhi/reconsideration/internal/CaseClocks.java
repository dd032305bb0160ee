package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.reconsideration.OpinionLetter;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.rules.RuleTerm;
import org.springframework.stereotype.Component;

/**
 * The module's clocks on the 督办台: each registered with {@link Deadlines} under the case (or letter)
 * with its rule, so the due date comes from the calendar and pauses, extensions and lateness are the
 * register's; a clock that no longer runs (a refusal, a withdrawal) is cancelled with the reason.
 */
@Component
public class CaseClocks {

    /** The 督办台 names each clock in words: {@code reconsideration.deadline.<rule id>}. */
    static final String LABEL = "reconsideration.deadline.";

    private final Deadlines deadlines;

    CaseClocks(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Starts {@code ruleId}'s period from {@code start} for the case, owned by {@code ownerUnitId}. */
    public long start(ReconsiderationCase c, String ruleId, LocalDate start, long ownerUnitId) {
        return deadlines.track(new NewDeadline(ReconsiderationCase.MODULE, ReconsiderationCase.SUBJECT.name(),
                String.valueOf(c.id()), title(c), ruleId, RuleTerm.AMOUNT, start, ownerUnitId, null,
                "/console/reconsideration/" + c.id()).withLabel(LABEL + ruleId)).id();
    }

    /** The correction-report clock of a letter (RC-08), owned by the recipient. */
    public long start(OpinionLetter l, String caseTitle) {
        return deadlines.track(new NewDeadline(ReconsiderationCase.MODULE, OpinionLetter.SUBJECT.name(),
                String.valueOf(l.id()), caseTitle + " " + l.letterNo(), ReconsiderationRules.LETTER_CORRECTION,
                RuleTerm.AMOUNT, l.servedOn(), l.recipientUnitId(), null,
                "/console/reconsideration/letters/" + l.id()).withLabel(LABEL + ReconsiderationRules.LETTER_CORRECTION))
                .id();
    }

    public TrackedDeadline get(Long id) {
        return id == null ? null : deadlines.find(id).orElse(null);
    }

    /** The duty was done on {@code on} (late if after the due date); a clock no longer running is left. */
    public void meet(Long id, LocalDate on) {
        TrackedDeadline d = get(id);
        if (d != null && d.status().isActive()) {
            deadlines.meet(id, on);
        }
    }

    public void cancel(Long id, String reason) {
        TrackedDeadline d = get(id);
        if (d != null && d.status().isActive()) {
            deadlines.cancel(id, reason);
        }
    }

    public void pause(Long id, LocalDate from, String reason) {
        TrackedDeadline d = get(id);
        if (d != null && d.status().isActive() && d.status() != DeadlineStatus.PAUSED) {
            deadlines.pause(id, from, reason);
        }
    }

    public void resume(Long id, LocalDate on) {
        TrackedDeadline d = get(id);
        if (d != null && d.status() == DeadlineStatus.PAUSED) {
            deadlines.resume(id, on);
        }
    }

    public void extend(Long id, String reason) {
        deadlines.extend(id, reason);
    }

    /** What the 督办台 calls the case: its receipt number and the act complained of. */
    public static String title(ReconsiderationCase c) {
        String act = c.act().description();
        return c.receiptNo() + " " + (act.length() > 60 ? act.substring(0, 60) + "..." : act);
    }
}
