package org.fazhi.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.internal.AuditCsv;
import org.fazhi.audit.internal.AuditReader;
import org.fazhi.audit.internal.ChainVerifier;
import org.fazhi.audit.internal.ChainWatch;
import org.fazhi.shared.Actor;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading the audit log, for the audit administrator only (审计管理员; 三员分立: the system and
 * security administrators get 403). An auditor reads the entries of actors in their unit's subtree
 * and the entries of no unit (the system, anonymous visitors). Every search, verification, report
 * and export is itself written to the log (SECURITY.md AUD-01, AUD-06).
 */
@Service
@Allowed.Auditor
public class AuditTrail {

    static final String EVENTS = "audit-event";
    static final String CHAIN = "audit-chain";
    private static final int REPORT_ROWS = 100;

    private final AuditReader reader;
    private final ChainVerifier verifier;
    private final AuditLog audit;
    private final ObjectProvider<AuditUnits> unitsProvider;
    private final AuditCsv csv;
    private final TransactionTemplate tx;
    private final ChainWatch watch;

    AuditTrail(AuditReader reader, ChainVerifier verifier, AuditLog audit, ObjectProvider<AuditUnits> unitsProvider,
            AuditCsv csv, PlatformTransactionManager transactions, ChainWatch watch) {
        this.watch = watch;
        this.reader = reader;
        this.verifier = verifier;
        this.audit = audit;
        this.unitsProvider = unitsProvider;
        this.csv = csv;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Matching entries, newest first. */
    @Transactional
    public PageResult<AuditEntry> search(AuditQuery query, PageQuery page) {
        PageResult<AuditEntry> result = reader.search(scope(), subtree(query), query, page);
        Map<String, Object> details = new LinkedHashMap<>(query.describe());
        details.put("page", page.page());
        details.put("found", result.total());
        audit.action(EVENTS, null, "query", details);
        return result;
    }

    /** Walks the whole chain; the verification is recorded with its result, and a broken chain raises an alert. */
    @Transactional
    public ChainVerification verify() {
        ChainVerification v = verifier.verify();
        watch.alertIfBroken(v);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intact", v.intact());
        details.put("checked", v.checked());
        if (!v.intact()) {
            details.put("firstBrokenSeq", v.firstBrokenSeq());
            details.put("reason", v.reason());
        }
        audit.action(CHAIN, null, "verify", details);
        return v;
    }

    /**
     * Writes the matching entries as CSV (UTF-8 with a byte-order mark, so that Excel reads the
     * Chinese), oldest first, streamed a page at a time. The export is recorded before the first
     * byte leaves: an export that cannot be audited does not happen. Returns the number of rows.
     */
    public long exportCsv(AuditQuery query, Locale locale, ExportTarget target) throws IOException {
        Set<Long> scope = scope();
        Set<Long> subtree = subtree(query);
        tx.executeWithoutResult(s -> audit.action(EVENTS, null, "export", query.describe()));
        Map<Long, String> names = units().names(scope);
        return csv.write(target.open(), locale, names, sink -> reader.forEachMatching(scope, subtree, query, sink));
    }

    /** Where an export goes; opened only once the export is allowed and recorded (e.g. sets the download headers). */
    @FunctionalInterface
    public interface ExportTarget {
        OutputStream open() throws IOException;
    }

    /** Failed sign-ins per account name and per address in [from, to) (SECURITY.md AUD-06). */
    @Transactional
    public SignInFailures signInFailures(Instant from, Instant to) {
        AuditQuery period = new AuditQuery(from, to, null, null, null, null, null, null);
        SignInFailures report = reader.signInFailures(scope(), period, REPORT_ROWS);
        audit.action(EVENTS, null, "report", Map.of("report", "sign-in-failures", "from", String.valueOf(from),
                "to", String.valueOf(to)));
        return report;
    }

    /** The units the auditor may filter by, with their names. */
    @Transactional(readOnly = true)
    public Map<Long, String> unitOptions() {
        return units().names(scope());
    }

    /** Names of units shown beside entries. */
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(Collection<Long> unitIds) {
        List<Long> visible = new ArrayList<>(unitIds);
        visible.retainAll(scope());
        return units().names(visible);
    }

    private Set<Long> scope() {
        return Set.copyOf(units().visibleUnitIds());
    }

    private Set<Long> subtree(AuditQuery query) {
        return query.unitId() == null ? null : Set.copyOf(units().subtree(query.unitId()));
    }

    private AuditUnits units() {
        return unitsProvider.getIfAvailable(OwnUnitOnly::new);
    }

    /** Without a unit tree provider an auditor reads only their own unit's entries: fail closed. */
    static final class OwnUnitOnly implements AuditUnits {

        @Override
        public Set<Long> visibleUnitIds() {
            Long unit = Actor.current().unitId();
            return unit == null ? Set.of() : Set.of(unit);
        }

        @Override
        public Set<Long> subtree(long unitId) {
            return visibleUnitIds().contains(unitId) ? Set.of(unitId) : Set.of();
        }

        @Override
        public Map<Long, String> names(Collection<Long> unitIds) {
            return Map.of();
        }
    }
}
