package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.litigation.Appearances;
import org.fazhi.litigation.CourtHearing;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/** Computes {@link Appearances} from the hearings held in a year. */
@Component
public class AppearanceCalculator {

    private final LitigationStore cases;
    private final CourtHearingStore hearings;
    private final Units units;

    AppearanceCalculator(LitigationStore cases, CourtHearingStore hearings, Units units) {
        this.cases = cases;
        this.hearings = hearings;
        this.units = units;
    }

    public Appearances of(long unitId, Collection<Long> scope, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Long, LitigationCase> byId = new LinkedHashMap<>();
        cases.touching(scope, from, to).forEach(c -> byId.put(c.id(), c));
        Map<Long, List<CourtHearing>> held = new LinkedHashMap<>();
        for (CourtHearing h : hearings.ofCases(byId.keySet())) {
            if (h.held() && !h.date().isBefore(from) && !h.date().isAfter(to)) {
                held.computeIfAbsent(h.caseId(), k -> new ArrayList<>()).add(h);
            }
        }
        Map<Long, List<Long>> heard = new TreeMap<>();
        Map<Long, List<Long>> responsible = new TreeMap<>();
        Map<Long, Boolean> principal = new TreeMap<>();
        held.forEach((caseId, hs) -> {
            long unit = byId.get(caseId).unitId();
            heard.computeIfAbsent(unit, k -> new ArrayList<>()).add(caseId);
            responsible.computeIfAbsent(unit, k -> new ArrayList<>());
            if (hs.stream().anyMatch(CourtHearing::responsibleAppeared)) {
                responsible.get(unit).add(caseId);
            }
            boolean head = hs.stream().anyMatch(h -> h.role() != null && h.role().principal());
            principal.merge(unit, head, Boolean::logicalOr);
        });
        Map<Long, String> names = units.names(heard.keySet());
        List<Appearances.UnitAppearance> rows = new ArrayList<>();
        heard.forEach((unit, ids) -> rows.add(new Appearances.UnitAppearance(unit, names.getOrDefault(unit, ""), ids,
                responsible.get(unit), principal.get(unit))));
        return new Appearances(unitId, year, rows);
    }
}
