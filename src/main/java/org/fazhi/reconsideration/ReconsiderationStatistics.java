package org.fazhi.reconsideration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.fazhi.reconsideration.internal.StatisticsCalculator;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics a reconsideration body reports (received, accepted, concluded, by outcome,
 * correction rate, resolved by mediation or settlement, letters issued, …) for a unit's subtree and a
 * year, computed from the cases: change one case and the figure changes.
 */
@Service
@Transactional(readOnly = true)
public class ReconsiderationStatistics {

    private final StatisticsCalculator calculator;
    private final DataScope scope;
    private final Clock clock;

    ReconsiderationStatistics(StatisticsCalculator calculator, DataScope scope, Clock clock) {
        this.calculator = calculator;
        this.scope = scope;
        this.clock = clock;
    }

    /** The statistics of the cases handled in {@code unitId}'s subtree (404 outside the actor's scope). */
    @Allowed.Staff
    public Statistics of(long unitId, int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.field("year", "reconsideration.statistics.year", 2000, 2100);
        }
        Set<Long> units = scope.subtreeWithinScope(unitId);
        return calculator.of(unitId, units, year, LocalDate.now(clock));
    }
}
