package org.fazhi.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * An annual rule-of-law government report (法治政府建设年度报告) of a unit and year, in the five sections
 * the 督察工作规定 names; {@code figuresAsOf}: when its figures were last computed.
 */
public record AnnualReport(long id, long unitId, int year, long systemId, String title, ReportStatus status,
        boolean demonstration, Instant figuresAsOf, LocalDate submittedOn, LocalDate publishedOn, int version) {

    public static final SubjectType SUBJECT = new SubjectType(IndicatorSystem.MODULE, "annual-report");

    /** The five sections: measures and results; shortcomings; the principals' duties; next year; other matters. */
    public static final int SECTIONS = 5;

    /** A part of a section with its narrative and the figures it quotes. */
    public record Part(long id, int section, int seq, String heading, String narrative, List<Figure> figures) {
    }

    /** A quoted figure; {@code changed}: its value differs from before the last refresh ({@code previous}). */
    public record Figure(long id, long indicatorId, String metricId, String label, String kind, long numerator,
            long denominator, java.math.BigDecimal value, java.math.BigDecimal target, Boolean met,
            java.math.BigDecimal previous, boolean changed) {
    }
}
