package org.fazhi.reconsideration;

import org.fazhi.deadlines.DeadlineOverdue;
import org.fazhi.reconsideration.internal.CaseStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the daily deadline scan means for an application (after its commit, in a transaction of its
 * own, retried from the event registry): an acceptance review whose period ended with no refusal is a
 * deemed acceptance (视为受理, RC-02); a 补正 period that ended without the materials is an abandoned
 * application (视为放弃, RC-11). Each is taken as the system's step, through the procedure, audited.
 */
@Component
class DeadlineScanListener {

    private final CaseStore cases;
    private final Applications applications;

    DeadlineScanListener(CaseStore cases, Applications applications) {
        this.cases = cases;
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(DeadlineOverdue e) {
        if (!ReconsiderationCase.MODULE.equals(e.module()) || !ReconsiderationCase.SUBJECT.name().equals(e.subjectType())) {
            return;
        }
        cases.find(Long.parseLong(e.subjectId())).ifPresent(c -> {
            if (Long.valueOf(e.deadlineId()).equals(c.clocks().acceptance()) && c.status() == CaseStatus.RECEIVED) {
                applications.deemAccepted(c.id());
            } else if (Long.valueOf(e.deadlineId()).equals(c.clocks().correction())
                    && c.status() == CaseStatus.AWAITING_CORRECTION) {
                applications.correctionLapsed(c.id());
            }
        });
    }
}
