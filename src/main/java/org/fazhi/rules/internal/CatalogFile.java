package org.fazhi.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fazhi.rules.LegalForce;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleUnit;
import org.fazhi.shared.PeriodCounting;

/** Reads the shipped catalog, {@code rules/catalog.tsv} (tab-separated, one header line, # comments). */
final class CatalogFile {

    static final String RESOURCE = "rules/catalog.tsv";
    static final List<String> HEADER = List.of("id", "area", "title", "summary", "amount", "max_amount", "extension",
            "alternate", "alternate_scope", "unit", "fixed_date", "counting", "direction", "max_direction",
            "start_event", "source", "legal_force", "rest_day_rollover", "rollover_basis", "confidence", "note");
    private static final Map<String, Integer> COLUMN = IntStream.range(0, HEADER.size()).boxed()
            .collect(Collectors.toMap(HEADER::get, Function.identity()));

    private CatalogFile() {
    }

    static List<RuleDefinition> read(InputStream in) {
        List<RuleDefinition> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = false;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (!header) {
                    if (!Arrays.asList(c).equals(HEADER)) {
                        throw new IllegalStateException(RESOURCE + ": unexpected header " + line);
                    }
                    header = true;
                    continue;
                }
                if (c.length != HEADER.size()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + c.length + " cells");
                }
                rules.add(definition(c, rules.size() + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static RuleDefinition definition(String[] c, int sortOrder) {
        RuleUnit unit = RuleUnit.valueOf(cell(c, "unit"));
        String alternate = blank(cell(c, "alternate"));
        boolean fixed = unit == RuleUnit.FIXED_DATE;
        return new RuleDefinition(cell(c, "id"), cell(c, "area"), cell(c, "title"), cell(c, "summary"),
                number(cell(c, "amount")), number(cell(c, "max_amount")), number(cell(c, "extension")),
                fixed ? null : number(alternate), fixed ? alternate : null, blank(cell(c, "alternate_scope")), unit,
                blank(cell(c, "fixed_date")), PeriodCounting.valueOf(cell(c, "counting")),
                direction(cell(c, "direction")), direction(cell(c, "max_direction")), blank(cell(c, "start_event")),
                cell(c, "source"), LegalForce.valueOf(cell(c, "legal_force")),
                Boolean.parseBoolean(cell(c, "rest_day_rollover")), blank(cell(c, "rollover_basis")),
                cell(c, "confidence"), blank(cell(c, "note")), sortOrder);
    }

    private static String cell(String[] c, String column) {
        return c[COLUMN.get(column)].strip();
    }

    private static RuleDirection direction(String s) {
        return s.isEmpty() ? null : RuleDirection.valueOf(s);
    }

    private static BigDecimal number(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
