package org.fazhi.disclosure.internal.portal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.FigureCell;
import org.fazhi.disclosure.ReportKind;
import org.fazhi.disclosure.Table3;

/** A published annual report as the public reads it: the six sections, without internal ids of staff. */
record PublicReport(long id, String unitName, int year, ReportKind kind, String overview, List<FigureCell> table2,
        Table3 table3, List<FigureCell> table4, String problems, String other, LocalDate publishedOn) {

    static PublicReport of(AnnualReport r) {
        return new PublicReport(r.id(), r.unitName(), r.year(), r.kind(), r.overview(), r.table2(), r.table3(),
                r.table4(), r.problems(), r.other(), r.publishedOn());
    }
}
