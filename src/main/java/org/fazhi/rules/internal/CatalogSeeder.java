package org.fazhi.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the national values in the database in line with the shipped catalog at every start: new
 * rules are added, changed national values updated (audited). The locality's overrides are kept
 * apart and never touched.
 */
@Component
@Order(10)
class CatalogSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);

    private final RuleStore store;
    private final AuditLog audit;

    CatalogSeeder(RuleStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<RuleDefinition> shipped;
        try (InputStream in = new ClassPathResource(CatalogFile.RESOURCE).getInputStream()) {
            shipped = CatalogFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (RuleDefinition d : shipped) {
            Optional<RuleDefinition> existing = store.find(d.id());
            if (existing.isEmpty()) {
                store.insert(d);
                added.add(d.id());
            } else if (!existing.get().equals(d)) {
                store.update(d);
                audit.changed("rule", d.id(), "catalog-update", existing.get(), d);
                updated.add(d.id());
            }
        }
        if (!added.isEmpty()) {
            audit.action("rule", "catalog", "load", Map.of("source", CatalogFile.RESOURCE, "added", added));
        }
        if (!added.isEmpty() || !updated.isEmpty()) {
            log.info("Rules catalog: {} rules added, {} updated from {}", added.size(), updated.size(),
                    CatalogFile.RESOURCE);
        }
    }
}
