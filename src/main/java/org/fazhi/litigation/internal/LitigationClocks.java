package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.rules.RuleTerm;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's clocks on the 督办台: the answer of a suit (LT-02) and the reply to a judicial suggestion. */
@Component
public class LitigationClocks {

    private final Deadlines deadlines;
    private final MessageSource messages;

    LitigationClocks(Deadlines deadlines, MessageSource messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** LT-02: 15 days from the copy received, owned by the defendant. */
    public long defence(LitigationCase c, LocalDate copyReceived) {
        return deadlines.track(new NewDeadline(LitigationCase.MODULE, LitigationCase.SUBJECT.name(),
                String.valueOf(c.id()), c.court() + " " + c.caseNo(), LitigationRules.DEFENCE, RuleTerm.AMOUNT,
                copyReceived, c.unitId(), null, "/console/litigation/" + c.id())).id();
    }

    /** The reply to a suggestion: by the court's date, else LT-12 from receipt. */
    public long reply(JudicialSuggestion s) {
        NewDeadline d = new NewDeadline(LitigationCase.MODULE, JudicialSuggestion.SUBJECT.name(), String.valueOf(s.id()),
                s.court() + " " + s.suggestionNo(), LitigationRules.SUGGESTION_REPLY, RuleTerm.AMOUNT, s.receivedOn(),
                s.unitId(), null, "/console/litigation/suggestions/" + s.id());
        return (s.replyDue() == null ? deadlines.track(d) : deadlines.trackFixed(d, s.replyDue())).id();
    }

    public TrackedDeadline get(Long id) {
        return id == null ? null : deadlines.find(id).orElse(null);
    }

    public void meet(Long id, LocalDate on) {
        TrackedDeadline d = get(id);
        if (d != null && d.status().isActive()) {
            deadlines.meet(id, on);
        }
    }

    /** Stops a clock with the reason of message {@code reasonKey}, stored in the default language. */
    public void cancel(Long id, String reasonKey) {
        TrackedDeadline d = get(id);
        if (d != null && d.status().isActive()) {
            deadlines.cancel(id, messages.getMessage(reasonKey, null, reasonKey, Locale.SIMPLIFIED_CHINESE));
        }
    }
}
