package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id the code names exists in the shipped rules catalog: a module that asks for "SD-01"
 * or "LC-04" by a typo, or names a rule nobody added to the catalog, fails here rather than with an
 * "unknown rule" in front of a user.
 */
class RuleIdsTests {

    private static final Pattern RULE_ID = Pattern.compile("\"([A-Z]{2}-\\d{2})\"");

    @Test
    void everyRuleIdNamedInTheCodeIsInTheCatalog() throws IOException {
        Set<String> catalog = catalogIds();
        Map<String, String> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RULE_ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.putIfAbsent(m.group(1), f.toString());
                }
            }
        }
        assertThat(named).as("rule ids named in the code").isNotEmpty();
        Map<String, String> missing = new TreeMap<>(named);
        missing.keySet().removeAll(catalog);
        assertThat(missing).as("rule ids named in the code but missing from rules/catalog.tsv").isEmpty();
    }

    @Test
    void theCatalogHoldsTheStatutoryAndSeedRulesOfTheReference() throws IOException {
        assertThat(catalogIds()).contains("MD-02", "ND-02", "GI-01", "RC-01", "PN-06", "TS-01", "SD-01", "SD-19",
                "LC-01");
    }

    private static Set<String> catalogIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = RuleIdsTests.class.getClassLoader().getResourceAsStream("rules/catalog.tsv")) {
            assertThat(in).as("rules/catalog.tsv on the classpath").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                ids.add(line.substring(0, line.indexOf('\t')).strip());
            }
        }
        return ids;
    }
}
