package org.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The enforcement benchmarks' case generator: deterministic, and every case one the import accepts. */
class CaseGeneratorTests {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final List<CaseGenerator.Agency> AGENCIES = List.of(
            new CaseGenerator.Agency("SFX-ZHZF", 1, 11, List.of(new CaseGenerator.Power(101, "SFX-ZHZF-CF-001",
                    "占道处罚", "PENALTY"), new CaseGenerator.Power(102, "SFX-ZHZF-XK-001", "占道许可", "LICENSING"))),
            new CaseGenerator.Agency("SFX-SJJ", 2, 12, List.of()));

    @Test
    void theSameSeedGivesTheSameCases() {
        CaseGenerator a = new CaseGenerator(42, AGENCIES, FROM, TO);
        CaseGenerator b = new CaseGenerator(42, AGENCIES, FROM, TO);
        for (long i = 1; i <= 500; i++) {
            assertThat(a.of(i)).isEqualTo(b.of(i));
            assertThat(a.copyRow(i, "s", "t")).isEqualTo(b.copyRow(i, "s", "t"));
        }
        assertThat(new CaseGenerator(43, AGENCIES, FROM, TO).of(7)).isNotEqualTo(a.of(7));
    }

    @Test
    void everyCaseKeepsTheImportsRules() {
        CaseGenerator g = new CaseGenerator(42, AGENCIES, FROM, TO);
        Set<String> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (long i = 1; i <= 20_000; i++) {
            CaseGenerator.Case c = g.of(i);
            assertThat(ids.add(c.externalId())).isTrue();
            assertThat(numbers.add(c.agency().unitCode() + c.caseNo())).isTrue();
            statuses.add(c.status());
            assertThat(c.openedOn()).isBetween(FROM, TO);
            if (c.occurredOn() != null) {
                assertThat(c.occurredOn()).isBeforeOrEqualTo(c.openedOn());
            }
            if (c.power() != null) {
                assertThat(c.kind()).isEqualTo(c.power().kind());
            }
            assertThat(c.cause().length()).isLessThanOrEqualTo(300);
            assertThat(c.caseNo().length()).isLessThanOrEqualTo(60);
            List<LocalDate> chain = new java.util.ArrayList<>(java.util.Arrays.asList(c.openedOn(), c.decidedOn(),
                    c.servedOn(), c.executedOn(), c.closedOn(), c.archivedOn()));
            int last = chain.indexOf(null) < 0 ? chain.size() : chain.indexOf(null);
            assertThat(chain.subList(last, chain.size())).allMatch(java.util.Objects::isNull);
            for (int k = 1; k < last; k++) {
                assertThat(chain.get(k)).isAfterOrEqualTo(chain.get(k - 1)).isBeforeOrEqualTo(TO);
            }
            if (c.decidedOn() == null) {
                assertThat(c.outcome()).isNull();
                assertThat(c.decisionNo()).isNull();
            } else {
                boolean grant = c.kind().equals("LICENSING") || c.kind().equals("CONFIRMATION");
                assertThat(c.outcome().equals("GRANTED") || c.outcome().equals("REFUSED")).isEqualTo(grant);
                assertThat(c.decisionNo()).isNotBlank();
                if (c.outcome().equals("PENALTY")) {
                    assertThat(c.kind()).isEqualTo("PENALTY");
                    assertThat(c.penalty()).isNotNull();
                    assertThat(c.amount() != null).isEqualTo(!c.penalty().equals("WARNING"));
                } else {
                    assertThat(c.penalty()).isNull();
                    assertThat(c.amount()).isNull();
                }
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder("INVESTIGATING", "DECIDED", "SERVED", "EXECUTED", "CLOSED",
                "ARCHIVED");
    }

    @Test
    void theCsvHasTheTemplatesHeadersAndOneLinePerCase() throws IOException {
        CaseGenerator g = new CaseGenerator(42, AGENCIES, FROM, TO);
        StringWriter w = new StringWriter();
        g.writeCsv(w, 100);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(101);
        java.util.Properties labels = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/enforcement.properties")) {
            labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(lines[0]).isEqualTo(String.join(",", org.fazhi.enforcement.CaseImport.COLUMNS.stream()
                .map(c -> labels.getProperty("enforcement.import.col." + c)).toList()));
        assertThat(lines[1].split(",", -1)).hasSize(CaseGenerator.HEADERS.size());
        assertThat(g.copyRow(1, "src", "2025-01-01T00:00Z").split("\t", -1))
                .hasSize(CaseGenerator.COPY_COLUMNS.split(",").length);
    }
}
