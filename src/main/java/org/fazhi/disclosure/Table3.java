package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 of the annual report, counted from the requests: each row by requester type, its 总计 column the
 * sum of the six, （七）总计 the sum of the result rows; {@link #failedChecks()} lists every cell where the
 * official cross-checks do not hold (一 + 二 = （七） + 四 in each column).
 */
public record Table3(Map<Table3Row, Map<RequesterType, Long>> cells) {

    /** A cross-check that does not hold, naming the cell: its row and column, what it should be and what it is. */
    public record CheckFailure(Table3Row row, RequesterType column, long expected, long actual) {

        /** The cell as named in exports and messages: the row key and the column ("3.7/NATURAL_PERSON", "3.7/TOTAL"). */
        public String cell() {
            return row.key() + "/" + (column == null ? "TOTAL" : column.name());
        }
    }

    public Table3 {
        Map<Table3Row, Map<RequesterType, Long>> copy = new EnumMap<>(Table3Row.class);
        for (Table3Row row : Table3Row.values()) {
            Map<RequesterType, Long> byType = new EnumMap<>(RequesterType.class);
            for (RequesterType t : RequesterType.values()) {
                Map<RequesterType, Long> given = cells == null ? null : cells.get(row);
                byType.put(t, given == null ? 0L : given.getOrDefault(t, 0L));
            }
            copy.put(row, Collections.unmodifiableMap(byType));
        }
        cells = Collections.unmodifiableMap(copy);
    }

    /** From the counts of the records: （七）总计 is computed as the sum of the result rows. */
    public static Table3 counted(Map<Table3Row, Map<RequesterType, Long>> counts) {
        Map<Table3Row, Map<RequesterType, Long>> c = new EnumMap<>(Table3Row.class);
        counts.forEach((row, m) -> {
            Map<RequesterType, Long> copy = new EnumMap<>(RequesterType.class);
            copy.putAll(m);
            c.put(row, copy);
        });
        Map<RequesterType, Long> total = new EnumMap<>(RequesterType.class);
        for (RequesterType t : RequesterType.values()) {
            long sum = 0;
            for (Table3Row row : Table3Row.results()) {
                Map<RequesterType, Long> m = c.get(row);
                sum += m == null ? 0 : m.getOrDefault(t, 0L);
            }
            total.put(t, sum);
        }
        c.put(Table3Row.RESULT_TOTAL, total);
        return new Table3(c);
    }

    public long cell(Table3Row row, RequesterType column) {
        return cells.get(row).get(column);
    }

    /** The 总计 column: the sum of the six requester columns. */
    public long total(Table3Row row) {
        return cells.get(row).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every cross-check of the official format that fails, by cell. */
    public List<CheckFailure> failedChecks() {
        List<CheckFailure> failures = new ArrayList<>();
        for (RequesterType t : RequesterType.values()) {
            long results = 0;
            for (Table3Row row : Table3Row.results()) {
                results += cell(row, t);
            }
            if (results != cell(Table3Row.RESULT_TOTAL, t)) {
                failures.add(new CheckFailure(Table3Row.RESULT_TOTAL, t, results, cell(Table3Row.RESULT_TOTAL, t)));
            }
            long in = cell(Table3Row.NEW, t) + cell(Table3Row.CARRIED_OVER, t);
            long out = cell(Table3Row.RESULT_TOTAL, t) + cell(Table3Row.CARRIED_FORWARD, t);
            if (in != out) {
                failures.add(new CheckFailure(Table3Row.CARRIED_FORWARD, t, in - cell(Table3Row.RESULT_TOTAL, t),
                        cell(Table3Row.CARRIED_FORWARD, t)));
            }
        }
        long in = total(Table3Row.NEW) + total(Table3Row.CARRIED_OVER);
        long out = total(Table3Row.RESULT_TOTAL) + total(Table3Row.CARRIED_FORWARD);
        if (in != out) {
            failures.add(new CheckFailure(Table3Row.CARRIED_FORWARD, null, in - total(Table3Row.RESULT_TOTAL),
                    total(Table3Row.CARRIED_FORWARD)));
        }
        return failures;
    }
}
