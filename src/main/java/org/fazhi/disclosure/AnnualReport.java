package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * A unit's 政府信息公开工作年度报告 for a year (GI-06/07): the narratives of sections 一, 五 and 六 as entered, Table
 * 二 and Table 四 cell by cell (computed by the modules that know them, or entered with a source), Table 三
 * counted from the requests, the failed cross-checks, and the deadline.
 */
public record AnnualReport(long id, long unitId, String unitName, int year, ReportKind kind, ReportStatus status,
        String overview, String problems, String other, List<FigureCell> table2, Table3 table3,
        List<FigureCell> table4, List<Table3.CheckFailure> failedChecks, List<String> missingCells, Long deadlineId,
        LocalDate dueDate, Long submittedBy, Long approvedBy, LocalDate publishedOn, int version) {

    public static final SubjectType SUBJECT = new SubjectType(DisclosureRequest.MODULE, "disclosure-report");

    public FigureCell table2(Table2Cell cell) {
        return table2.stream().filter(c -> c.key().equals(cell.key())).findFirst().orElseThrow();
    }

    public FigureCell table4(RemedyRoute route, RemedyOutcome outcome) {
        String key = table4Key(route, outcome);
        return table4.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    /** A group's 总计 of Table 四: the sum of its four outcomes (null while one is missing). */
    public java.math.BigDecimal table4Total(RemedyRoute route) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (RemedyOutcome o : RemedyOutcome.values()) {
            FigureCell c = table4(route, o);
            if (c.value() == null) {
                return null;
            }
            sum = sum.add(c.value());
        }
        return sum;
    }

    public static String table4Key(RemedyRoute route, RemedyOutcome outcome) {
        return "t4." + route.name() + "." + outcome.name();
    }

    public boolean exportable() {
        return failedChecks.isEmpty() && missingCells.isEmpty();
    }
}
