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
import org.fazhi.rules.RuleUnit;

/** Reads the shipped catalog, {@code rules/catalog.tsv} (tab-separated, one header line, # comments). */
final class CatalogFile {

    static final String RESOURCE = "rules/catalog.tsv";
    static final List<String> HEADER = List.of("id", "area", "title", "summary", "amount", "max_amount", "extension",
            "unit", "fixed_date", "start_event", "source", "confidence", "rest_day_rollover");

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
                rules.add(new RuleDefinition(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), number(c[4]),
                        number(c[5]), number(c[6]), RuleUnit.valueOf(c[7].strip()), blank(c[8]), blank(c[9]),
                        c[10].strip(), c[11].strip(), Boolean.parseBoolean(c[12].strip()), rules.size() + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static BigDecimal number(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
