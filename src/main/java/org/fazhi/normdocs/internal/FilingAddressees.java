package org.fazhi.normdocs.internal;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * Whom a normative document is filed with (备案), derived from its issuing body and the body's unit: a
 * department's documents go to its own level's government; a county or city government's to the
 * government above and its own level's people's congress standing committee (人大常委会); a
 * township has no standing committee, so a township's documents go to the government above only.
 */
@Component
public class FilingAddressees {

    private static final String GOVERNMENT = "人民政府";
    private static final String STANDING_COMMITTEE = "人大常委会";

    private final Units units;

    FilingAddressees(Units units) {
        this.units = units;
    }

    /** The addressees, joined with "、", as the filing record names them. */
    public String of(IssuingBody body) {
        List<Unit> path = units.lineageOf(body.unitId());
        if (path.isEmpty()) {
            return "";
        }
        Unit unit = path.get(path.size() - 1);
        List<String> to = new ArrayList<>();
        if (unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.ENFORCEMENT_AGENCY) {
            governmentAbove(path, path.size() - 1).ifPresent(g -> to.add(g.name()));
        } else if (unit.kind() == UnitKind.TOWNSHIP) {
            governmentAbove(path, path.size() - 1).ifPresent(g -> to.add(g.name()));
        } else if (unit.kind() == UnitKind.GOVERNMENT) {
            governmentAbove(path, path.size() - 1).ifPresent(g -> to.add(g.name()));
            to.add(standingCommittee(unit.name()));
        }
        return String.join("、", to);
    }

    /** The nearest government (or township government) above position {@code below} of the path. */
    private static java.util.Optional<Unit> governmentAbove(List<Unit> path, int below) {
        for (int i = below - 1; i >= 0; i--) {
            Unit u = path.get(i);
            if (u.kind() == UnitKind.GOVERNMENT || u.kind() == UnitKind.TOWNSHIP) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }

    /** 示范县人民政府 → 示范县人大常委会. */
    static String standingCommittee(String governmentName) {
        String place = governmentName.endsWith(GOVERNMENT)
                ? governmentName.substring(0, governmentName.length() - GOVERNMENT.length()) : governmentName;
        return place + STANDING_COMMITTEE;
    }
}
