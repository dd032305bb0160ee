package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.DateRange;
import org.fazhi.shared.Period;
import org.springframework.stereotype.Component;

/**
 * The application period of 行政复议法第二十条、第二十一条 on the official calendar: 60 days from the day
 * the applicant knew or should have known of the act (RC-01), or the longer period a named law gives;
 * days lost to force majeure or another justified reason do not count; an applicant not told of the
 * right to apply counts from learning of it, but at most 1 year from knowing of the act (RC-10); and
 * never more than 5 years (20 for real property) from the act itself (RC-20, RC-21). The check names
 * the rule that decided it, so the page can show the reason.
 */
@Component
public class ApplicationPeriod {

    /** The facts the period is counted from. */
    public record Facts(LocalDate knowledgeDate, LocalDate actDate, boolean informedOfRight, LocalDate rightKnownDate,
            Integer specialPeriodDays, LocalDate obstacleFrom, LocalDate obstacleTo, boolean realProperty,
            LocalDate filedOn) {
    }

    /**
     * The result: the last day of the period, whether the application came in time, and the rule that
     * set the last day ({@code outerLimit}: the 5- or 20-year limit from the act, when there is an act
     * date).
     */
    public record Check(LocalDate due, boolean ok, String ruleId, LocalDate from, LocalDate outerLimit) {
    }

    private final WorkingCalendar calendar;
    private final RulesCatalog rules;

    ApplicationPeriod(WorkingCalendar calendar, RulesCatalog rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    public Check check(Facts f) {
        List<DateRange> lost = new ArrayList<>();
        if (f.obstacleFrom() != null && f.obstacleTo() != null) {
            lost.add(new DateRange(f.obstacleFrom(), f.obstacleTo()));
        }
        LocalDate from = f.informedOfRight() ? f.knowledgeDate() : f.rightKnownDate();
        LocalDate due = null;
        String rule = ReconsiderationRules.APPLICATION_PERIOD;
        if (from != null) {
            Period period = f.specialPeriodDays() != null ? Period.calendarDays(f.specialPeriodDays(), true)
                    : rules.period(ReconsiderationRules.APPLICATION_PERIOD, RuleTerm.AMOUNT, from);
            due = calendar.due(from, period, lost).due();
        }
        if (!f.informedOfRight()) {
            LocalDate cap = calendar.due(f.knowledgeDate(),
                    rules.period(ReconsiderationRules.UNINFORMED_CAP, RuleTerm.AMOUNT, f.knowledgeDate()), lost).due();
            if (due == null || cap.isBefore(due)) {
                due = cap;
                rule = ReconsiderationRules.UNINFORMED_CAP;
            }
        }
        LocalDate outer = null;
        if (f.actDate() != null) {
            String outerRule = f.realProperty() ? ReconsiderationRules.OUTER_LIMIT_REAL_PROPERTY
                    : ReconsiderationRules.OUTER_LIMIT;
            outer = f.actDate().plus(rules.period(outerRule, RuleTerm.AMOUNT, f.actDate()).toJavaPeriod());
            if (outer.isBefore(due)) {
                due = outer;
                rule = outerRule;
            }
        }
        return new Check(due, !f.filedOn().isAfter(due), rule, from == null ? f.knowledgeDate() : from, outer);
    }
}
