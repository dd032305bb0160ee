package org.fazhi.litigation;

import org.fazhi.litigation.internal.AppearanceCalculator;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The appearance rate per defendant unit of a subtree in a year (SD-07), from the hearings recorded. */
@Service
@Transactional(readOnly = true)
public class AppearanceStatistics {

    private final AppearanceCalculator calculator;
    private final DataScope scope;

    AppearanceStatistics(AppearanceCalculator calculator, DataScope scope) {
        this.calculator = calculator;
        this.scope = scope;
    }

    @Allowed.Staff
    public Appearances of(long unitId, int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.field("year", "litigation.year.range", 2000, 2100);
        }
        return calculator.of(unitId, scope.subtreeWithinScope(unitId), year);
    }
}
