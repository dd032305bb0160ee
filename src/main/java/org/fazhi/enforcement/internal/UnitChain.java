package org.fazhi.enforcement.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/** A unit and the units above it, nearest first: benchmarks and lists set above a unit apply to it. */
@Component
public class UnitChain {

    private final Units units;

    UnitChain(Units units) {
        this.units = units;
    }

    public List<Long> upwards(long unitId) {
        Unit u = units.find(unitId).orElse(null);
        if (u == null) {
            return List.of(unitId);
        }
        List<Long> ids = new ArrayList<>(Arrays.stream(u.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList());
        Collections.reverse(ids);
        return ids;
    }
}
