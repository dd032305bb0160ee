package org.fazhi.disclosure;

import java.util.List;
import org.fazhi.disclosure.internal.RequestFacts;
import org.fazhi.disclosure.internal.RequestFactsReader;
import org.fazhi.disclosure.internal.RequestProcedure;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What comes next for a disclosure request, and for every step whether the user may take it now. */
@Service
@Transactional(readOnly = true)
public class RequestGuide {

    private final RequestFactsReader facts;

    RequestGuide(RequestFactsReader facts) {
        this.facts = facts;
    }

    public Guide<RequestStatus> of(long id) {
        return of(facts.read(id));
    }

    public Guide<RequestStatus> of(RequestFacts f) {
        DisclosureRequest r = f.request();
        String key;
        List<Object> args;
        switch (r.status()) {
            case PROCESSING -> {
                key = f.replyDue() != null && f.today().isAfter(f.replyDue()) ? "disclosure.next.overdue"
                        : "disclosure.next.reply";
                args = List.of(String.valueOf(f.replyDue()));
            }
            case AWAITING_CORRECTION -> {
                key = "disclosure.next.awaiting-correction";
                args = List.of(String.valueOf(r.correctionAskedOn()));
            }
            case CONSULTING -> {
                key = "disclosure.next.consulting";
                args = List.of(String.valueOf(r.consultParty()));
            }
            default -> {
                key = "disclosure.next.replied";
                args = List.of(String.valueOf(r.repliedOn()));
            }
        }
        return new Guide<>(r.status(), key, args,
                RequestProcedure.PROCEDURE.checks(f, RequestProcedure.PEOPLE_STEPS));
    }
}
