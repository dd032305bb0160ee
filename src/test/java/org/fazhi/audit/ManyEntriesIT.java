package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many new records audited in one step ({@link AuditLog#createdAll}, the import's path): each record gets
 * its own entry, written exactly as {@link AuditLog#created} writes one, in the given order; the entries
 * commit or vanish with the caller's transaction; once linked the chain still verifies entry by entry.
 */
@FazhiIT
class ManyEntriesIT {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvcTester mvc;

    private List<AuditLog.Created> records(int n) {
        List<AuditLog.Created> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("title", "事项 " + i);
            after.put("number", i);
            records.add(new AuditLog.Created("r" + i, after));
        }
        return records;
    }

    private List<Map<String, Object>> entries(String type) {
        return jdbc.sql("select entity_id, action, outcome, changes from audit_event where entity_type = ?"
                + " order by seq").param(type).query().listOfRows();
    }

    @Test
    void manyRecordsAuditedInOneStepGetAnEntryEachInOrderAndTheChainStillVerifies() {
        String type = "many-" + UUID.randomUUID().toString().substring(0, 8);
        String single = "one-" + type;
        // more than one statement's worth of rows
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            audit.createdAll(type, records(1203));
            audit.created(single, "r7", records(8).get(7).after());
        });
        List<Map<String, Object>> rows = entries(type);
        assertThat(rows).hasSize(1203);
        assertThat(rows).extracting(r -> r.get("entity_id")).startsWith("r0", "r1", "r2").endsWith("r1202");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("create");
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
        });
        assertThat(rows.get(7).get("changes")).as("as created() writes it")
                .isEqualTo(entries(single).get(0).get("changes"));

        String rolledBack = "gone-" + type;
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            audit.createdAll(rolledBack, records(3));
            s.setRollbackOnly();
        });
        assertThat(entries(rolledBack)).isEmpty();

        assertThat(mvc.get().uri("/api/v1/audit/verify").with(DemoUsers.as("auditor"))).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"intact\":true,\"firstBrokenSeq\":null,\"reason\":null}");
        assertThat(jdbc.sql("select count(*) from audit_event e join audit_chain c on c.event_seq = e.seq"
                + " where e.entity_type = ?").param(type).query(Long.class).single()).as("every entry linked")
                .isEqualTo(1203);
    }
}
