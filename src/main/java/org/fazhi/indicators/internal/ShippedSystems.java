package org.fazhi.indicators.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.indicators.Comparison;
import org.fazhi.indicators.IndicatorSystem;
import org.fazhi.indicators.ScoringFunction;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the indicator systems the platform ships with from {@code indicators/*.tsv} when they are not
 * there yet: the demonstration-creation system of the county's 实施意见 and the nine-area framework of the
 * 2021–2025 纲要. They are reference data (loaded with or without demo data) and read-only; a locality
 * copies one and adapts its copy.
 */
@Component
@Order(90)
class ShippedSystems implements ApplicationRunner {

    static final List<String> FILES = List.of("indicators/demonstration.tsv", "indicators/outline-2021.tsv");

    private final IndicatorStore store;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ShippedSystems(IndicatorStore store, AuditLog audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String file : FILES) {
            tx.executeWithoutResult(s -> load(file));
        }
    }

    private void load(String file) {
        List<String> lines;
        try {
            lines = new String(new ClassPathResource(file).getContentAsByteArray(), StandardCharsets.UTF_8).lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> head = new HashMap<>();
        lines.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).split("\t", 2))
                .filter(p -> p.length == 2).forEach(p -> head.put(p[0], p[1]));
        String code = head.get("code");
        if (store.systemByCode(code).isPresent()) {
            return;
        }
        long system = store.insertSystem(code, head.get("name"), null, null, null, head.get("source"), true);
        Map<Integer, Long> areas = new HashMap<>();
        int seq = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            int area = Integer.parseInt(c[0]);
            long areaId = areas.computeIfAbsent(area, a -> store.insertArea(system, a, c[1]));
            store.insertIndicator(system, areaId, ++seq, c[2], c[3], blank(c[4]), blank(c[5]),
                    Comparison.valueOf(c[6]), decimal(c[7]), new BigDecimal(c[8]), ScoringFunction.valueOf(c[9]),
                    decimal(c[10]));
        }
        audit.created(IndicatorSystem.SUBJECT.name(), system, Map.of("code", code, "name", head.get("name"),
                "indicators", seq, "shipped", true));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal decimal(String s) {
        return blank(s) == null ? null : new BigDecimal(s.strip());
    }
}
