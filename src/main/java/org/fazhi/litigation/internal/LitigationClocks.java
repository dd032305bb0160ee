package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.SuggestionIssuer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The module's clocks on the 督办台: the answer of a suit (LT-02) and the reply to a court's or procuratorate's suggestion. */
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
        return deadlines.track(NewDeadline.of(LitigationCase.MODULE, LitigationCase.SUBJECT.name(),
                String.valueOf(c.id()), c.court() + " " + c.caseNo(), LitigationRules.DEFENCE, copyReceived, c.unitId())
                .withLabel("litigation.deadline.defence").withLink("/console/litigation/" + c.id())).id();
    }

    /**
     * The reply to a suggestion: by the issuer's date, else from receipt LT-12 (a court's) or LT-13 (a
     * procuratorate's).
     */
    public long reply(JudicialSuggestion s) {
        boolean court = s.issuer() == SuggestionIssuer.COURT;
        NewDeadline d = NewDeadline.of(LitigationCase.MODULE, JudicialSuggestion.SUBJECT.name(), String.valueOf(s.id()),
                s.court() + " " + s.suggestionNo(), court ? LitigationRules.SUGGESTION_REPLY
                        : LitigationRules.PROCURATORIAL_REPLY, s.receivedOn(), s.unitId())
                .withLabel(court ? "litigation.deadline.suggestion-reply" : "litigation.deadline.procuratorial-reply")
                .withLink("/console/litigation/suggestions/" + s.id());
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
