package org.fazhi.litigation.internal;

import java.time.LocalDate;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationRequest;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.springframework.stereotype.Component;

/**
 * The filing windows of 行政诉讼法第四十五条至第四十七条 on the calendar, checked for the defendant's
 * answer (a suit out of time is an objection to raise): a direct suit within 6 months of knowing of
 * the act (LT-03), or — not told of the period — from learning of it but at most 1 year (LT-11), never
 * more than 5 (real property 20) years from the act (LT-07, LT-08); after reconsideration within 15
 * days of the decision (LT-05); for inaction not before 2 months from the request, save emergencies
 * (LT-06).
 */
@Component
public class FilingWindow {

    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    FilingWindow(WorkingCalendar calendar, RulesCatalog rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    public LitigationCase.FilingCheck check(LitigationRequest r) {
        return switch (r.filingBasis()) {
            case AFTER_RECONSIDERATION -> {
                LocalDate due = due(r.reconsiderationReceivedOn(), LitigationRules.AFTER_RECONSIDERATION);
                yield new LitigationCase.FilingCheck(!r.filedOn().isAfter(due), due, LitigationRules.AFTER_RECONSIDERATION);
            }
            case INACTION -> {
                LocalDate earliest = due(r.dutyRequestedOn(), LitigationRules.INACTION_WAIT);
                yield new LitigationCase.FilingCheck(r.emergency() || r.filedOn().isAfter(earliest), earliest,
                        LitigationRules.INACTION_WAIT);
            }
            case DIRECT -> direct(r);
        };
    }

    private LitigationCase.FilingCheck direct(LitigationRequest r) {
        boolean informed = r.informedOfPeriod() == null || r.informedOfPeriod();
        LocalDate from = informed ? r.knowledgeDate() : r.periodKnownDate();
        LocalDate due = from == null ? null : due(from, LitigationRules.FILING_PERIOD);
        String rule = LitigationRules.FILING_PERIOD;
        if (!informed) {
            LocalDate cap = due(r.knowledgeDate(), LitigationRules.UNINFORMED_CAP);
            if (due == null || cap.isBefore(due)) {
                due = cap;
                rule = LitigationRules.UNINFORMED_CAP;
            }
        }
        if (r.actDate() != null) {
            String outerRule = r.realProperty() ? LitigationRules.OUTER_LIMIT_REAL_PROPERTY : LitigationRules.OUTER_LIMIT;
            LocalDate outer = r.actDate().plus(rules.period(outerRule, RuleTerm.AMOUNT, r.actDate()).toJavaPeriod());
            if (outer.isBefore(due)) {
                due = outer;
                rule = outerRule;
            }
        }
        return new LitigationCase.FilingCheck(!r.filedOn().isAfter(due), due, rule);
    }

    private LocalDate due(LocalDate from, String ruleId) {
        return calendar.due(from, rules.period(ruleId, RuleTerm.AMOUNT, from)).due();
    }

    /** The last day to appeal a first-instance judgment (LT-09) or ruling (LT-10) served on {@code servedOn}. */
    public LocalDate appealDue(LocalDate servedOn, boolean ruling) {
        return due(servedOn, ruling ? LitigationRules.APPEAL_RULING : LitigationRules.APPEAL_JUDGMENT);
    }
}
