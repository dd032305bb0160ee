package org.fazhi.deadlines.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.fazhi.calendar.CalendarChanged;
import org.fazhi.rules.RuleOverridden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes every open deadline the change can touch: after a calendar change those whose period
 * reaches into the changed years (e.g. a provisional 2027 due date becomes official when the 2027
 * notice is entered), after a rule override those of that rule started on or after its date.
 */
@Component
class DeadlineRecompute {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecompute.class);
    private static final int BATCH = 200;

    private final DeadlineStore store;
    private final DeadlineRegister register;

    DeadlineRecompute(DeadlineStore store, DeadlineRegister register) {
        this.store = store;
        this.register = register;
    }

    @ApplicationModuleListener
    void on(CalendarChanged event) {
        if (event.years().isEmpty()) {
            return;
        }
        int first = Collections.min(event.years());
        int last = Collections.max(event.years());
        int n = recompute(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), null, null);
        log.info("Calendar of {} changed: {} open deadlines moved", event.years(), n);
    }

    @ApplicationModuleListener
    void on(RuleOverridden event) {
        int n = recompute(null, null, event.ruleId(), event.effectiveFrom());
        log.info("Rule {} overridden from {}: {} open deadlines moved", event.ruleId(), event.effectiveFrom(), n);
    }

    int recompute(LocalDate dueOnOrAfter, LocalDate startOnOrBefore, String ruleId, LocalDate startOnOrAfter) {
        long after = 0;
        int moved = 0;
        while (true) {
            List<DeadlineRow> batch = store.activeComputed(after, BATCH, dueOnOrAfter, startOnOrBefore, ruleId,
                    startOnOrAfter);
            for (DeadlineRow row : batch) {
                try {
                    if (register.recompute(row.id())) {
                        moved++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Deadline {} could not be recomputed: {}", row.id(), e.toString());
                }
                after = row.id();
            }
            if (batch.size() < BATCH) {
                return moved;
            }
        }
    }
}
