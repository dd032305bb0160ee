package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known vulnerabilities (SECURITY.md INT-02): the SBOM the build makes (target/bom.json, CycloneDX)
 * names every runtime dependency with its exact version, and none is below the lowest version the
 * project accepts for it (src/test/resources/security/minimum-versions.tsv, each with its advisory).
 * An offline build (-o) makes no SBOM; this test then has nothing to read and is skipped.
 */
class DependencyVersionsTests {

    @Test
    void noShippedDependencyIsOlderThanTheMinimumVersionListed() throws IOException {
        Path bom = Path.of("target", "bom.json");
        assumeTrue(Files.exists(bom), "no SBOM: the build ran offline");
        List<Map<String, Object>> components = JsonPath.read(Files.readString(bom, StandardCharsets.UTF_8),
                "$.components[*]");
        assertThat(components).as("components in the SBOM").hasSizeGreaterThan(50);
        List<String> tooOld = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/security/minimum-versions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                components.stream().filter(c -> f[0].equals(c.get("group")) && f[1].equals(c.get("name")))
                        .filter(c -> compare(String.valueOf(c.get("version")), f[2]) < 0)
                        .forEach(c -> tooOld.add(f[0] + ":" + f[1] + " " + c.get("version") + " < " + f[2] + " (" + f[3]
                                + ")"));
            }
        }
        assertThat(tooOld).as("dependencies below their minimum version").isEmpty();
    }

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(compare("11.0.24", "11.0.8")).isPositive();
        assertThat(compare("2.4.240", "2.2.220")).isPositive();
        assertThat(compare("42.7.2", "42.7.2")).isZero();
        assertThat(compare("1.77", "1.78")).isNegative();
        assertThat(compare("7.0.9", "6.2.8")).isPositive();
        assertThat(compare("2.0", "2.0.1")).isNegative();
    }

    /** Numeric comparison of dotted versions (a qualifier after a dash is ignored). */
    static int compare(String a, String b) {
        String[] x = a.split("-")[0].split("\\.");
        String[] y = b.split("-")[0].split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? number(x[i]) : 0;
            long q = i < y.length ? number(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long number(String s) {
        String digits = s.replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
