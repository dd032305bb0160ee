package org.fazhi.indicators;

import java.util.List;
import java.util.Locale;
import org.fazhi.indicators.AnnualReport.Figure;
import org.fazhi.indicators.AnnualReport.Part;
import org.fazhi.indicators.AnnualReports.ReportView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a report: section headings with the year, the numbering of parts ((一)(二)…), and each quoted
 * figure as a sentence ("规范性文件合法性审核率100%（12/12）"). The document (DOCX, HTML, portal) is always
 * in Chinese; the console shows the same in the reader's language.
 */
@Component
public class ReportTexts {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五"};

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    public static final Locale DOCUMENT = Locale.SIMPLIFIED_CHINESE;

    public String heading(int section, int year, Locale locale) {
        return messages.getMessage("indicators.report.section." + section, new Object[] {String.valueOf(year),
                String.valueOf(year + 1)}, locale);
    }

    /** "(一)" for the first part of section 1. */
    public String partNumber(int seq) {
        return "（" + (seq <= NUMERALS.length ? NUMERALS[seq - 1] : String.valueOf(seq)) + "）";
    }

    public String figure(Figure f, Locale locale) {
        String value = f.value() == null ? messages.getMessage("indicators.nothing-to-measure", null, locale)
                : f.value().stripTrailingZeros().toPlainString();
        return messages.getMessage("indicators.report.figure." + f.kind(), new Object[] {f.label(), value,
                String.valueOf(f.numerator()), String.valueOf(f.denominator())}, locale);
    }

    /** The figures of a part as one sentence of the document. */
    public String figures(Part p, Locale locale) {
        List<String> each = p.figures().stream().map(f -> figure(f, locale)).toList();
        return each.isEmpty() ? "" : String.join(messages.getMessage("indicators.report.separator", null, locale), each)
                + messages.getMessage("indicators.report.full-stop", null, locale);
    }

    /** Section 2's sentence naming the indicators short of their targets. */
    public String shortfalls(ReportView v, Locale locale) {
        List<String> each = v.shortfalls().stream().map(f -> messages.getMessage("indicators.report.shortfall",
                new Object[] {figure(f, locale), f.target() == null ? "" : f.target().stripTrailingZeros()
                        .toPlainString()}, locale)).toList();
        return each.isEmpty() ? messages.getMessage("indicators.report.no-shortfall", null, locale)
                : String.join(messages.getMessage("indicators.report.separator", null, locale), each)
                        + messages.getMessage("indicators.report.full-stop", null, locale);
    }

    public String asOf(ReportView v, Locale locale, String time) {
        return messages.getMessage("indicators.report.as-of", new Object[] {time}, locale);
    }
}
