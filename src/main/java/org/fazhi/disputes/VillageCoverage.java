package org.fazhi.disputes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * How many villages and communities of a subtree of the unit tree (units of kind VILLAGE_COMMITTEE) have
 * something on a day — a mediation committee, a legal adviser — village by village, with what covers each.
 */
public record VillageCoverage(LocalDate on, List<Row> rows) {

    /** One village: its unit, its township, whether it is covered and by what (names). */
    public record Row(Long unitId, String unitName, String parentName, boolean covered, List<String> by) {

        public Row {
            by = List.copyOf(by);
        }
    }

    public VillageCoverage {
        rows = List.copyOf(rows);
    }

    public long covered() {
        return rows.stream().filter(Row::covered).count();
    }

    public long total() {
        return rows.size();
    }

    /** The share covered in percent (two decimals), null when the subtree holds no village. */
    public BigDecimal percent() {
        return rows.isEmpty() ? null : BigDecimal.valueOf(covered() * 100L).divide(BigDecimal.valueOf(total()), 2,
                RoundingMode.HALF_UP);
    }

    /** The villages not covered. */
    public List<Row> gaps() {
        return rows.stream().filter(r -> !r.covered()).toList();
    }
}
