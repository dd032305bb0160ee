package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.FigureCell;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.disclosure.RequesterType;
import org.fazhi.disclosure.Table2Cell;
import org.fazhi.disclosure.Table3Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as DOCX in the official format (国办公开办函〔2021〕30号): the six sections with Tables 二, 三
 * (25 rows × the six requester columns and 总计) and 四 (15 counts). Labels come from the disclosure messages.
 */
@Component
public class ReportDocx {

    private final MessageSource messages;

    ReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(AnnualReport r, Locale locale) {
        try (Docx d = new Docx()) {
            d.title(msg("disclosure.report.title", locale, r.unitName(), String.valueOf(r.year())));
            d.heading(msg("disclosure.report.section.1", locale)).paragraph(r.overview());
            d.heading(msg("disclosure.report.section.2", locale));
            d.table(table2(r, locale));
            d.heading(msg("disclosure.report.section.3", locale));
            d.table(table3(r, locale));
            d.heading(msg("disclosure.report.section.4", locale));
            d.table(table4(r, locale));
            d.heading(msg("disclosure.report.section.5", locale)).paragraph(r.problems());
            d.heading(msg("disclosure.report.section.6", locale)).paragraph(
                    r.other() == null || r.other().isBlank() ? msg("disclosure.report.none", locale) : r.other());
            d.right(r.unitName());
            return d.bytes();
        }
    }

    private List<List<String>> table2(AnnualReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(msg("disclosure.t2.item1", l), "", "", ""));
        rows.add(List.of(msg("disclosure.t2.content", l), msg("disclosure.t2.issued", l),
                msg("disclosure.t2.repealed", l), msg("disclosure.t2.in-force", l)));
        rows.add(List.of(msg("disclosure.t2.rules", l), v(r.table2(Table2Cell.RULES_ISSUED)),
                v(r.table2(Table2Cell.RULES_REPEALED)), v(r.table2(Table2Cell.RULES_IN_FORCE))));
        rows.add(List.of(msg("disclosure.t2.normdocs", l), v(r.table2(Table2Cell.NORMDOCS_ISSUED)),
                v(r.table2(Table2Cell.NORMDOCS_REPEALED)), v(r.table2(Table2Cell.NORMDOCS_IN_FORCE))));
        rows.add(List.of(msg("disclosure.t2.item5", l), "", "", ""));
        rows.add(List.of(msg("disclosure.t2.content", l), msg("disclosure.t2.decisions", l), "", ""));
        rows.add(List.of(msg("disclosure.t2.licensing", l), v(r.table2(Table2Cell.LICENSING_DECISIONS)), "", ""));
        rows.add(List.of(msg("disclosure.t2.item6", l), "", "", ""));
        rows.add(List.of(msg("disclosure.t2.content", l), msg("disclosure.t2.decisions", l), "", ""));
        rows.add(List.of(msg("disclosure.t2.penalty", l), v(r.table2(Table2Cell.PENALTY_DECISIONS)), "", ""));
        rows.add(List.of(msg("disclosure.t2.coercion", l), v(r.table2(Table2Cell.COERCION_DECISIONS)), "", ""));
        rows.add(List.of(msg("disclosure.t2.item8", l), "", "", ""));
        rows.add(List.of(msg("disclosure.t2.content", l), msg("disclosure.t2.amount", l), "", ""));
        rows.add(List.of(msg("disclosure.t2.fees", l), v(r.table2(Table2Cell.FEES_AMOUNT)), "", ""));
        return rows;
    }

    private List<List<String>> table3(AnnualReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(msg("disclosure.t3.head", l));
        for (RequesterType t : RequesterType.values()) {
            head.add(msg("disclosure.requester-type." + t.name(), l));
        }
        head.add(msg("disclosure.t3.total", l));
        rows.add(head);
        for (Table3Row row : Table3Row.values()) {
            List<String> line = new ArrayList<>();
            line.add(msg("disclosure.t3.row." + row.key(), l));
            for (RequesterType t : RequesterType.values()) {
                line.add(String.valueOf(r.table3().cell(row, t)));
            }
            line.add(String.valueOf(r.table3().total(row)));
            rows.add(line);
        }
        return rows;
    }

    private List<List<String>> table4(AnnualReport r, Locale l) {
        List<String> groups = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (RemedyRoute route : RemedyRoute.values()) {
            for (RemedyOutcome o : RemedyOutcome.values()) {
                groups.add(msg("disclosure.t4.route." + route.name(), l));
                heads.add(msg("disclosure.t4.outcome." + o.name(), l));
                values.add(v(r.table4(route, o)));
            }
            groups.add(msg("disclosure.t4.route." + route.name(), l));
            heads.add(msg("disclosure.t4.total", l));
            BigDecimal total = r.table4Total(route);
            values.add(total == null ? "" : total.stripTrailingZeros().toPlainString());
        }
        return List.of(groups, heads, values);
    }

    private static String v(FigureCell c) {
        return c.value() == null ? "" : c.value().stripTrailingZeros().toPlainString();
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
