package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency's enforcement statistics for a year (行政执法统计年报, TS-02): the figures computed from its
 * cases — or, once published, the figures as published — the day they were published, and the due
 * date of the duty (31 January of the next year).
 */
public record AnnualStatistics(Long reportId, long agencyId, String agency, int year, List<StatisticsFigure> figures,
        LocalDate publishedOn, LocalDate dueOn, boolean late) {

    public AnnualStatistics {
        figures = List.copyOf(figures);
    }

    public boolean published() {
        return publishedOn != null;
    }
}
