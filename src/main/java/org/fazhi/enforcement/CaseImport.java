package org.fazhi.enforcement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.AgencyStore;
import org.fazhi.enforcement.internal.CaseStore;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.enforcement.internal.ImportRows;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.RowError;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Units;
import org.fazhi.shared.privacy.EncryptedFields;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.postgresql.PGConnection;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports cases from existing systems (CSV or XLSX, with a template): streamed row by row, so a file of
 * a million cases is never held in memory. Every row is checked first — the agency in the importer's
 * scope, the power item of the agency in force on the opening day (when named), dates in order, the
 * outcome fitting the kind, no external id or case number twice in the file, no case number taken by
 * another case — and only a file without a single error is stored, in one transaction, in batches.
 * A row whose source system and external id were imported before is skipped, so running the same
 * file again adds nothing. Imported cases carry {@code imported = true}; one still open (not decided)
 * penalty case gets its PN-06 decision deadline (tracked a batch at a time, {@link Deadlines#trackAll},
 * each deadline audited); the import is audited as one action with the file's SHA-256 and its counts.
 * <p>
 * On PostgreSQL the check writes each checked row as a COPY line to a temporary file, and the store
 * sends those lines through the driver's COPY API on the transaction's own connection (ids drawn from
 * the table's sequence first, so that the rows carry their deadline ids); elsewhere the store reads and
 * checks the file again and writes multi-row INSERTs.
 */
@Service
public class CaseImport {

    static final String K = "enforcement.import.col.";
    /** The columns, in the template's order (headers are their Chinese labels). */
    public static final List<String> COLUMNS = List.of("external-id", "agency", "case-no", "kind", "procedure",
            "power-item", "cause", "occurred-on", "party-kind", "party-name", "party-id", "opened-on", "decided-on",
            "decision-no", "outcome", "penalty", "amount", "served-on", "executed-on", "closed-on", "archived-on");
    static final List<String> REQUIRED = List.of("external-id", "agency", "case-no", "kind", "cause", "party-kind",
            "party-name", "opened-on");
    static final int BATCH = 1000;
    /** Rows the store checks for earlier imports, then writes, at a time (one COPY on PostgreSQL). */
    static final int STORE_BATCH = 5000;
    /** The columns a COPY of checked rows fills (PostgreSQL): id, deadline id, then as {@link #copyRow} writes. */
    private static final String COPY = "copy enforcement_case (id, decision_deadline_id, agency_id, unit_id, case_no,"
            + " kind, procedure_kind,"
            + " power_item_id, power_item_name, cause, occurred_on, party_kind, party_name, party_id_no, party_id_index,"
            + " party_minor, major_public_interest, complex_case, status, opened_on, first_offence, corrected,"
            + " proposal_version, hearing_rights, proposed_outcome, proposed_penalty_type, proposed_amount,"
            + " decision_no, decided_on, outcome, penalty_type, amount, served_on, executed_on, closed_on, archived_on,"
            + " imported, source_system, external_id, created_by, created_at, updated_at, lock_version) from stdin";
    /** Rows per INSERT statement of the store: one statement with many rows, not one per case. */
    static final int ROWS_PER_INSERT = 250;
    private static final String INSERT = "insert into enforcement_case (agency_id, unit_id, case_no, kind,"
            + " procedure_kind, power_item_id, power_item_name, cause, occurred_on, party_kind, party_name,"
            + " party_id_no, party_id_index, party_minor, major_public_interest, complex_case, status, opened_on, first_offence,"
            + " corrected, proposal_version, hearing_rights, proposed_outcome, proposed_penalty_type, proposed_amount,"
            + " decision_no, decided_on, outcome, penalty_type, amount, served_on, executed_on, closed_on,"
            + " archived_on, imported, source_system, external_id, created_by, created_at, updated_at,"
            + " lock_version) values ";
    private static final String INSERT_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,false,false,false,?,?,false,false,0,false,?,?,"
            + "?,?,?,?,?,?,?,?,?,?,true,?,?,?,?,?,0)";
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,80}");
    private static final Pattern SOURCE = Pattern.compile("[\\p{IsHan}A-Za-z0-9._-]{1,40}");

    /**
     * What the import reports while it runs: the phase ("check", then "store"), the rows done, and the
     * rows in all ({@code -1} while the check is still reading the file).
     */
    public interface Progress {

        void rows(String phase, long done, long total);

        Progress NONE = (phase, done, total) -> {
        };
    }

    /** A file received for import: kept on disk while it is checked and stored, with its SHA-256. */
    public record Upload(Path file, String sha256, long bytes) implements AutoCloseable {

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    private final AgencyAccess access;
    private final AgencyStore agencies;
    private final PowerList powers;
    private final Units units;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final MessageSource messages;
    private final FieldCipher cipher;
    private final Clock clock;
    private final long maxBytes;
    private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

    CaseImport(AgencyAccess access, AgencyStore agencies, PowerList powers, Units units, JdbcClient jdbc,
            JdbcTemplate template, DataSource dataSource, PlatformTransactionManager transactions, Deadlines deadlines, AuditLog audit,
            MessageSource messages, Clock clock,
            @Value("${fazhi.enforcement.import.max-size:1GB}") DataSize maxSize, FieldCipher cipher) {
        this.maxBytes = maxSize.toBytes();
        this.cipher = cipher;
        this.access = access;
        this.agencies = agencies;
        this.powers = powers;
        this.units = units;
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.deadlines = deadlines;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The template: the column headers and one example line. */
    public void template(OutputStream out) {
        List<List<?>> example = List.of(List.of("OLD-2024-000123", "SFX-ZHZF", zh("enforcement.import.example.case-no"),
                zh("enforcement.kind.PENALTY"),
                zh("enforcement.procedure.ORDINARY"), "SFX-ZHZF-CF-001", zh("enforcement.import.example.cause"),
                "2024-03-01", zh("enforcement.party-kind.ORGANISATION"), zh("enforcement.import.example.party"), "",
                "2024-03-02", "2024-04-10", zh("enforcement.import.example.decision-no"), zh("enforcement.outcome.PENALTY"),
                zh("enforcement.penalty.FINE"), "2000", "2024-04-12", "2024-04-20", "2024-04-25", ""));
        SpreadsheetWriter.write(out, zh("enforcement.import.sheet"), headers(), example);
    }

    /** The column headers as the template and the files name them. */
    public List<String> headers() {
        return COLUMNS.stream().map(c -> zh(K + c)).toList();
    }

    /** Imports a file (CSV or XLSX, by its name) from the source system {@code source}. */
    @Allowed.EnforcementOfficers
    public CaseImportReport run(InputStream content, String fileName, String source) {
        try (Upload upload = receive(content)) {
            return run(upload, fileName, source, Progress.NONE);
        }
    }

    /**
     * Receives a file: copied to a temporary file (refused past {@code fazhi.enforcement.import.max-size})
     * and its SHA-256 taken, so that it can be read twice — checked, then stored.
     */
    @Allowed.EnforcementOfficers
    public Upload receive(InputStream content) {
        Path file = null;
        try {
            file = Files.createTempFile("fazhi-case-import-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (InputStream d = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = d.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new InvalidInputException(413, "too-large", "import.file.too-large", List.of(),
                                maxBytes / 1024 / 1024);
                    }
                    out.write(buffer, 0, n);
                }
            }
            Upload upload = new Upload(file, HexFormat.of().formatHex(sha.digest()), total);
            file = null;
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /** The source system's name as stored, or a refusal of the field. */
    public String source(String source) {
        String src = source == null ? "" : source.strip();
        if (!SOURCE.matcher(src).matches()) {
            throw InvalidInputException.field("source", "enforcement.import.source");
        }
        return src;
    }

    /** Imports a received file, reporting the rows done as it goes; the caller closes the upload. */
    @Allowed.EnforcementOfficers
    public CaseImportReport run(Upload upload, String fileName, String source, Progress progress) {
        String src = source(source);
        Long by = Actor.current().userId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Spool spool = copies() ? new Spool(src, by, now) : null) {
            Check check = check(upload.file(), fileName, src, progress, spool);
            if (check.errorCount > 0) {
                return new CaseImportReport(check.rows, 0, 0, check.errorCount, check.errors, upload.sha256());
            }
            long[] stored = tx.execute(status -> spool != null
                    ? storeSpooled(spool, src, upload.sha256(), check, progress)
                    : store(upload.file(), fileName, src, upload.sha256(), check, progress));
            return new CaseImportReport(check.rows, stored[0], stored[1], 0, List.of(), upload.sha256());
        }
    }

    // ----- the check (first pass) -----

    /** A row as it will be stored. */
    record Planned(int row, String externalId, Agency agency, String caseNo, ActionKind kind, ProcedureKind procedure,
            PowerItem power, String cause, LocalDate occurredOn, PartyKind partyKind, String partyName,
            String partyIdNo, LocalDate openedOn, LocalDate decidedOn, String decisionNo, DecisionOutcome outcome,
            PenaltyType penalty, BigDecimal amount, LocalDate servedOn, LocalDate executedOn, LocalDate closedOn,
            LocalDate archivedOn) {

        CaseStatus status() {
            if (archivedOn != null) {
                return CaseStatus.ARCHIVED;
            }
            if (closedOn != null) {
                return CaseStatus.CLOSED;
            }
            if (executedOn != null) {
                return CaseStatus.EXECUTED;
            }
            if (servedOn != null) {
                return CaseStatus.SERVED;
            }
            return decidedOn != null ? CaseStatus.DECIDED : CaseStatus.INVESTIGATING;
        }
    }

    private static final class Check {
        long rows;
        long errorCount;
        final List<RowError> errors = new ArrayList<>();
        final LongSet externalIds = new LongSet();
        final LongSet caseNos = new LongSet();
        final Set<Long> suspectIds = new HashSet<>();
        final Set<Long> suspectCaseNos = new HashSet<>();

        void error(int row, String column, String message) {
            errorCount++;
            if (errors.size() < CaseImportReport.MAX_LISTED) {
                errors.add(new RowError(row, column, message));
            }
        }
    }

    private Check check(Path file, String fileName, String source, Progress progress, Spool spool) {
        Check check = new Check();
        Lookups lookups = new Lookups();
        List<Planned> batch = new ArrayList<>(BATCH);
        ImportRows.read(file, fileName, REQUIRED.stream().map(c -> zh(K + c)).toList(), row -> {
            check.rows++;
            Planned p = plan(row, lookups, check);
            if (p != null) {
                if (!check.externalIds.add(hash(p.externalId()))) {
                    check.suspectIds.add(hash(p.externalId()));
                }
                if (!check.caseNos.add(hash(p.agency().id() + "\t" + p.caseNo()))) {
                    check.suspectCaseNos.add(hash(p.agency().id() + "\t" + p.caseNo()));
                }
                batch.add(p);
                if (batch.size() == BATCH) {
                    checkAgainstDatabase(batch, source, check);
                    spool(batch, source, spool);
                    batch.clear();
                }
            }
            if (check.rows % 10_000 == 0) {
                progress.rows("check", check.rows, -1);
            }
        });
        checkAgainstDatabase(batch, source, check);
        spool(batch, source, spool);
        progress.rows("check", check.rows, check.rows);
        if (check.rows == 0) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        if (!check.suspectIds.isEmpty() || !check.suspectCaseNos.isEmpty()) {
            duplicates(file, fileName, check);
        }
        return check;
    }

    /** The rows whose 64-bit hash repeated: confirmed (or cleared) on the text itself, in a second read. */
    private void duplicates(Path file, String fileName, Check check) {
        Map<String, Integer> firstId = new HashMap<>();
        Map<String, Integer> firstNo = new HashMap<>();
        ImportRows.read(file, fileName, List.of(), row -> {
            String id = row.get(zh(K + "external-id"));
            if (check.suspectIds.contains(hash(id))) {
                Integer first = firstId.putIfAbsent(id, row.number());
                if (first != null) {
                    check.error(row.number(), zh(K + "external-id"), text("enforcement.import.duplicate-id", first));
                }
            }
            String agencyCode = row.get(zh(K + "agency"));
            Agency a = agencies.findByUnit(units.findByCode(agencyCode).map(u -> u.id()).orElse(-1L)).orElse(null);
            if (a != null) {
                String key = a.id() + "\t" + row.get(zh(K + "case-no"));
                if (check.suspectCaseNos.contains(hash(key))) {
                    Integer first = firstNo.putIfAbsent(key, row.number());
                    if (first != null) {
                        check.error(row.number(), zh(K + "case-no"), text("enforcement.import.duplicate-case-no", first));
                    }
                }
            }
        });
    }

    /**
     * Spools a checked batch (PostgreSQL), each row marked when this source imported its external id
     * before: the store then writes no query against the table it is filling (whose statistics, from
     * before the import, would have the planner scan it for every batch).
     */
    private void spool(List<Planned> batch, String source, Spool spool) {
        if (spool == null || batch.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>(jdbc.sql("select external_id from enforcement_case"
                + " where source_system = :source and external_id in (:ids)").param("source", source)
                .param("ids", batch.stream().map(Planned::externalId).toList()).query(String.class).list());
        batch.forEach(p -> spool.add(p, existing.contains(p.externalId())));
    }

    /** Case numbers taken by other cases of the agency (not this source's same external id). */
    private void checkAgainstDatabase(List<Planned> batch, String source, Check check) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, List<Planned>> byAgency = new HashMap<>();
        batch.forEach(p -> byAgency.computeIfAbsent(p.agency().id(), k -> new ArrayList<>()).add(p));
        for (var e : byAgency.entrySet()) {
            Map<String, String> taken = new HashMap<>();
            jdbc.sql("select case_no, source_system, external_id from enforcement_case where agency_id = :agency"
                    + " and case_no in (:nos)").param("agency", e.getKey())
                    .param("nos", e.getValue().stream().map(Planned::caseNo).toList())
                    .query(rs -> {
                        taken.put(rs.getString("case_no"), rs.getString("source_system") + "\t"
                                + rs.getString("external_id"));
                    });
            for (Planned p : e.getValue()) {
                String owner = taken.get(p.caseNo());
                if (owner != null && !owner.equals(source + "\t" + p.externalId())) {
                    check.error(p.row(), zh(K + "case-no"), text("enforcement.import.case-no-taken", p.caseNo()));
                }
            }
        }
    }

    /** Reads and checks one row; null (with its errors recorded) when it cannot be stored. */
    private Planned plan(SheetRow row, Lookups lookups, Check check) {
        int n = row.number();
        long before = check.errorCount;
        String externalId = cell(row, "external-id");
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            check.error(n, col("external-id"), text("enforcement.import.external-id"));
        }
        Agency agency = lookups.agency(cell(row, "agency"));
        if (agency == null) {
            check.error(n, col("agency"), text("enforcement.import.agency", cell(row, "agency")));
        }
        String caseNo = cell(row, "case-no");
        if (caseNo.isEmpty() || caseNo.length() > 60) {
            check.error(n, col("case-no"), text("enforcement.import.required-max", 60));
        }
        ActionKind kind = lookups.choice(ActionKind.class, "enforcement.kind.", cell(row, "kind"));
        if (kind == null) {
            check.error(n, col("kind"), text("enforcement.import.choice", cell(row, "kind")));
        }
        String proc = cell(row, "procedure");
        ProcedureKind procedure = proc.isEmpty() ? ProcedureKind.ORDINARY
                : lookups.choice(ProcedureKind.class, "enforcement.procedure.", proc);
        if (procedure == null) {
            check.error(n, col("procedure"), text("enforcement.import.choice", proc));
        }
        String cause = cell(row, "cause");
        if (cause.isEmpty() || cause.length() > 300) {
            check.error(n, col("cause"), text("enforcement.import.required-max", 300));
        }
        PartyKind partyKind = lookups.choice(PartyKind.class, "enforcement.party-kind.", cell(row, "party-kind"));
        if (partyKind == null) {
            check.error(n, col("party-kind"), text("enforcement.import.choice", cell(row, "party-kind")));
        }
        String partyName = cell(row, "party-name");
        if (partyName.isEmpty() || partyName.length() > 200) {
            check.error(n, col("party-name"), text("enforcement.import.required-max", 200));
        }
        String partyId = cell(row, "party-id");
        if (partyId.length() > 40) {
            check.error(n, col("party-id"), text("enforcement.import.required-max", 40));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = date(row, "opened-on", check, today);
        if (opened == null && check.errorCount == before) {
            check.error(n, col("opened-on"), text("enforcement.import.required-max", 10));
        }
        LocalDate occurred = date(row, "occurred-on", check, today);
        LocalDate decided = date(row, "decided-on", check, today);
        LocalDate served = date(row, "served-on", check, today);
        LocalDate executed = date(row, "executed-on", check, today);
        LocalDate closed = date(row, "closed-on", check, today);
        LocalDate archived = date(row, "archived-on", check, today);
        order(n, "occurred-on", occurred, opened, true, check);
        order(n, "decided-on", opened, decided, false, check);
        order(n, "served-on", decided, served, false, check);
        order(n, "executed-on", served, executed, false, check);
        order(n, "closed-on", executed != null ? executed : served != null ? served : opened, closed, false, check);
        order(n, "archived-on", closed, archived, false, check);
        requirePrevious(n, "served-on", served, decided, "decided-on", check);
        requirePrevious(n, "executed-on", executed, served, "served-on", check);
        requirePrevious(n, "archived-on", archived, closed, "closed-on", check);
        String decisionNo = cell(row, "decision-no");
        DecisionOutcome outcome = cell(row, "outcome").isEmpty() ? null
                : lookups.choice(DecisionOutcome.class, "enforcement.outcome.", cell(row, "outcome"));
        PenaltyType penalty = cell(row, "penalty").isEmpty() ? null
                : lookups.choice(PenaltyType.class, "enforcement.penalty.", cell(row, "penalty"));
        BigDecimal amount = amount(row, check);
        if (decided != null) {
            if (decisionNo.isEmpty() || decisionNo.length() > 60) {
                check.error(n, col("decision-no"), text("enforcement.import.required-max", 60));
            }
            if (outcome == null) {
                check.error(n, col("outcome"), text("enforcement.import.choice", cell(row, "outcome")));
            } else if (kind != null && !fits(kind, outcome)) {
                check.error(n, col("outcome"), text("enforcement.proposal.outcome-kind"));
            }
            if (kind == ActionKind.PENALTY && outcome == DecisionOutcome.PENALTY) {
                if (penalty == null) {
                    check.error(n, col("penalty"), text("enforcement.import.choice", cell(row, "penalty")));
                } else if (penalty.monetary() && amount == null) {
                    check.error(n, col("amount"), text("enforcement.amount.required"));
                }
            }
        } else if (!decisionNo.isEmpty() || outcome != null) {
            check.error(n, col("decided-on"), text("enforcement.import.decision-date"));
        }
        PowerItem power = null;
        String code = cell(row, "power-item");
        if (!code.isEmpty() && agency != null && opened != null) {
            power = lookups.power(agency.unitId(), code, opened);
            if (power == null) {
                check.error(n, col("power-item"), text("enforcement.import.power-item", code, opened));
            } else if (kind != null && power.kind() != kind) {
                check.error(n, col("kind"), text("enforcement.import.power-kind"));
            }
        }
        if (check.errorCount > before) {
            return null;
        }
        return new Planned(n, externalId, agency, caseNo, kind, procedure, power, cause, occurred, partyKind, partyName,
                partyId.isEmpty() ? null : partyId, opened, decided, decided == null ? null : decisionNo, outcome,
                outcome == DecisionOutcome.PENALTY ? penalty : null, outcome == DecisionOutcome.PENALTY ? amount : null,
                served, executed, closed, archived);
    }

    private static boolean fits(ActionKind kind, DecisionOutcome o) {
        boolean grant = kind == ActionKind.LICENSING || kind == ActionKind.CONFIRMATION;
        return grant == (o == DecisionOutcome.GRANTED || o == DecisionOutcome.REFUSED);
    }

    private LocalDate date(SheetRow row, String column, Check check, LocalDate today) {
        String v = cell(row, column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.replace('/', '-'));
            if (d.isAfter(today)) {
                check.error(row.number(), col(column), text("enforcement.date.future"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            check.error(row.number(), col(column), text("enforcement.import.date", v));
            return null;
        }
    }

    private void order(int row, String column, LocalDate earlier, LocalDate later, boolean earlierIsColumn,
            Check check) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            check.error(row, col(earlierIsColumn ? column : column), text("enforcement.date.before", earlier));
        }
    }

    private void requirePrevious(int row, String column, LocalDate value, LocalDate previous, String previousColumn,
            Check check) {
        if (value != null && previous == null) {
            check.error(row, col(column), text("enforcement.import.needs", col(previousColumn)));
        }
    }

    private BigDecimal amount(SheetRow row, Check check) {
        String v = cell(row, "amount");
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal a = new BigDecimal(v.replace(",", ""));
            if (a.signum() < 0 || a.precision() - a.scale() > 12 || a.scale() > 2) {
                check.error(row.number(), col("amount"), text("enforcement.import.amount", v));
                return null;
            }
            return a;
        } catch (NumberFormatException e) {
            check.error(row.number(), col("amount"), text("enforcement.import.amount", v));
            return null;
        }
    }

    /** What the check looks up once per file: agencies by unit code, enum labels, power items and their days. */
    private final class Lookups {

        private final Map<String, Agency> agencies = new HashMap<>();
        private final Map<String, Map<String, Object>> choices = new HashMap<>();
        private final Map<String, List<PowerItem>> powerItems = new HashMap<>();
        private final Set<String> daysRead = new HashSet<>();

        Agency agency(String unitCode) {
            if (unitCode.isEmpty()) {
                return null;
            }
            return this.agencies.computeIfAbsent(unitCode, code -> units.findByCode(code)
                    .flatMap(u -> CaseImport.this.agencies.findByUnit(u.id()))
                    .filter(a -> a.active() && access.visible(a)).orElse(null));
        }

        <E extends Enum<E>> E choice(Class<E> type, String keyPrefix, String value) {
            if (value.isEmpty()) {
                return null;
            }
            Map<String, Object> map = choices.computeIfAbsent(keyPrefix, k -> {
                Map<String, Object> m = new HashMap<>();
                for (E e : type.getEnumConstants()) {
                    m.put(e.name(), e);
                    m.put(zh(keyPrefix + e.name()), e);
                }
                return m;
            });
            return type.cast(map.get(value));
        }

        /**
         * The unit's item of that code in force on the day. Every item read carries the run of days it is
         * in force, so the list is read once per day only when no item read so far covers that day (a
         * million rows over three years of one unchanged list: one read, not one per opening day).
         */
        PowerItem power(long unitId, String code, LocalDate on) {
            PowerItem known = inForce(unitId, code, on);
            if (known != null || !daysRead.add(unitId + "@" + on)) {
                return known;
            }
            for (PowerItem p : powers.inForceOf(unitId, on)) {
                List<PowerItem> items = powerItems.computeIfAbsent(unitId + "\t" + p.code(), k -> new ArrayList<>());
                if (items.stream().noneMatch(i -> i.id() == p.id() && java.util.Objects.equals(i.inForceFrom(),
                        p.inForceFrom()))) {
                    items.add(p);
                }
            }
            return inForce(unitId, code, on);
        }

        private PowerItem inForce(long unitId, String code, LocalDate on) {
            PowerItem found = null;
            for (PowerItem p : powerItems.getOrDefault(unitId + "\t" + code, List.of())) {
                if (p.inForceOn(on)) {
                    found = p;
                }
            }
            return found;
        }
    }

    // ----- storing (second pass, one transaction) -----

    private long[] store(Path file, String fileName, String source, String sha, Check check, Progress progress) {
        Lookups lookups = new Lookups();
        Check again = new Check();
        List<Planned> batch = new ArrayList<>(STORE_BATCH);
        AtomicLong stored = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Long by = Actor.current().userId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ImportRows.read(file, fileName, List.of(), row -> {
            Planned p = plan(row, lookups, again);
            if (p == null) {
                throw new IllegalStateException("row " + row.number() + " changed between the check and the store");
            }
            batch.add(p);
            if (batch.size() == STORE_BATCH) {
                insert(batch, source, by, now, stored, skipped);
                batch.clear();
            }
            if (done.incrementAndGet() % 10_000 == 0) {
                progress.rows("store", done.get(), check.rows);
            }
        });
        insert(batch, source, by, now, stored, skipped);
        progress.rows("store", done.get(), check.rows);
        audit.action(EnforcementCase.SUBJECT.name(), "import", "import", Map.of("source", source, "sha256", sha,
                "rows", check.rows, "imported", stored.get(), "skipped", skipped.get()));
        return new long[] {stored.get(), skipped.get()};
    }

    private volatile Boolean copies;

    /** Whether the database takes COPY through its driver (PostgreSQL), asked once. */
    private boolean copies() {
        Boolean c = copies;
        if (c == null) {
            try (java.sql.Connection con = dataSource.getConnection()) {
                c = con.isWrapperFor(PGConnection.class);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            copies = c;
        }
        return c;
    }

    /** The transaction's own connection's COPY API: the COPY commits or rolls back with everything else. */
    private org.postgresql.copy.CopyManager copyManager() {
        java.sql.Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return con.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /**
     * The checked rows as COPY will write them (PostgreSQL): written by the check, row by row, to a
     * temporary file beside the upload, so that the store reads them back instead of reading and
     * checking the file a second time. Each record: the external id, whether this source imported it
     * before (then nothing more), whether the case is open (and then its unit, opening day and deadline
     * title), and its COPY line from agency_id on.
     */
    private final class Spool implements AutoCloseable {

        private final Path file;
        private final java.io.DataOutputStream out;
        private final String source;
        private final Long by;
        private final String now;
        private final StringBuilder line = new StringBuilder(1024);
        long rows;

        Spool(String source, Long by, OffsetDateTime now) {
            this.source = source;
            this.by = by;
            this.now = now.toString();
            try {
                this.file = Files.createTempFile("fazhi-case-import-", ".rows");
                this.out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file),
                        1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(Planned p, boolean importedBefore) {
            try {
                out.writeUTF(p.externalId());
                out.writeBoolean(importedBefore);
                rows++;
                if (importedBefore) {
                    return;
                }
                boolean open = open(p);
                out.writeBoolean(open);
                if (open) {
                    out.writeLong(p.agency().unitId());
                    out.writeLong(p.openedOn().toEpochDay());
                    out.writeUTF(title(p));
                }
                line.setLength(0);
                copyRow(line, p, source, by, now);
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Reads the records back, in order, {@code batch} at a time. */
        void read(int batch, Consumer<List<Spooled>> each) {
            try {
                out.close();
                try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                        Files.newInputStream(file), 1 << 16))) {
                    List<Spooled> records = new ArrayList<>(batch);
                    for (long r = 0; r < rows; r++) {
                        String externalId = in.readUTF();
                        if (in.readBoolean()) {
                            records.add(new Spooled(externalId, true, false, 0, null, null, null));
                            if (records.size() == batch) {
                                each.accept(records);
                                records = new ArrayList<>(batch);
                            }
                            continue;
                        }
                        boolean open = in.readBoolean();
                        Spooled s = open ? new Spooled(externalId, false, true, in.readLong(),
                                LocalDate.ofEpochDay(in.readLong()), in.readUTF(), null)
                                : new Spooled(externalId, false, false, 0, null, null, null);
                        byte[] bytes = new byte[in.readInt()];
                        in.readFully(bytes);
                        records.add(s.withLine(bytes));
                        if (records.size() == batch) {
                            each.accept(records);
                            records = new ArrayList<>(batch);
                        }
                    }
                    if (!records.isEmpty()) {
                        each.accept(records);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException ignored) {
                // closed already
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    /** A spooled row: what the store needs besides its COPY line. */
    private record Spooled(String externalId, boolean importedBefore, boolean open, long unitId, LocalDate openedOn,
            String title, byte[] line) {

        Spooled withLine(byte[] bytes) {
            return new Spooled(externalId, importedBefore, open, unitId, openedOn, title, bytes);
        }
    }

    /**
     * PostgreSQL: the spooled rows, batch by batch: rows imported before skipped (as the check found them;
     * an import of the same rows meanwhile fails on the unique external id and stores nothing), ids
     * drawn, deadlines tracked, COPY.
     */
    private long[] storeSpooled(Spool spool, String source, String sha, Check check, Progress progress) {
        org.postgresql.copy.CopyManager copy = copyManager();
        AtomicLong stored = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong done = new AtomicLong();
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(1 << 21);
        spool.read(STORE_BATCH, batch -> {
            List<Spooled> fresh = batch.stream().filter(r -> !r.importedBefore()).toList();
            skipped.addAndGet(batch.size() - fresh.size());
            if (!fresh.isEmpty()) {
                List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('enforcement_case', 'id'))"
                        + " from generate_series(1, ?)").param(fresh.size()).query(Long.class).list();
                List<Integer> at = new ArrayList<>();
                List<NewDeadline> open = new ArrayList<>();
                for (int i = 0; i < fresh.size(); i++) {
                    Spooled r = fresh.get(i);
                    if (r.open()) {
                        at.add(i);
                        open.add(decisionDeadline(ids.get(i), r.title(), r.openedOn(), r.unitId()));
                    }
                }
                Long[] deadlineAt = new Long[fresh.size()];
                if (!open.isEmpty()) {
                    var tracked = deadlines.trackAll(open);
                    for (int k = 0; k < at.size(); k++) {
                        deadlineAt[at.get(k)] = tracked.get(k).id();
                    }
                }
                text.reset();
                for (int i = 0; i < fresh.size(); i++) {
                    byte[] head = (ids.get(i) + "\t" + (deadlineAt[i] == null ? "\\N" : deadlineAt[i]) + "\t")
                            .getBytes(StandardCharsets.US_ASCII);
                    text.write(head, 0, head.length);
                    text.write(fresh.get(i).line(), 0, fresh.get(i).line().length);
                }
                try {
                    copy.copyIn(COPY, new java.io.ByteArrayInputStream(text.toByteArray()));
                } catch (SQLException e) {
                    throw new org.springframework.dao.DataIntegrityViolationException(e.getMessage(), e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stored.addAndGet(fresh.size());
            }
            long before = done.get();
            done.addAndGet(batch.size());
            if (done.get() / 10_000 != before / 10_000 || done.get() == check.rows) {
                progress.rows("store", done.get(), check.rows);
            }
        });
        progress.rows("store", done.get(), check.rows);
        audit.action(EnforcementCase.SUBJECT.name(), "import", "import", Map.of("source", source, "sha256", sha,
                "rows", check.rows, "imported", stored.get(), "skipped", skipped.get()));
        return new long[] {stored.get(), skipped.get()};
    }

    private static String title(Planned p) {
        String title = p.caseNo() + " " + p.cause();
        return title.length() > 300 ? title.substring(0, 300) : title;
    }

    private static NewDeadline decisionDeadline(long caseId, String title, LocalDate openedOn, long unitId) {
        return NewDeadline.of(Agency.MODULE, EnforcementCase.SUBJECT.name(), String.valueOf(caseId), title,
                EnforcementRules.DECISION_DEADLINE, openedOn, unitId).withLabel("enforcement.deadline.decision")
                .withLink("/console/enforcement/cases/" + caseId);
    }

    private void insert(List<Planned> batch, String source, Long by, OffsetDateTime now,
            AtomicLong stored, AtomicLong skipped) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>(jdbc.sql("select external_id from enforcement_case"
                + " where source_system = :source and external_id in (:ids)").param("source", source)
                .param("ids", batch.stream().map(Planned::externalId).toList()).query(String.class).list());
        List<Planned> fresh = existing.isEmpty() ? batch
                : batch.stream().filter(p -> !existing.contains(p.externalId())).toList();
        skipped.addAndGet(batch.size() - fresh.size());
        if (fresh.isEmpty()) {
            return;
        }
        insertRows(fresh, source, by, now);
        stored.addAndGet(fresh.size());
    }

    /** An imported penalty case still to be decided runs against its PN-06 deadline from its opening. */
    private static boolean open(Planned p) {
        return p.decidedOn() == null && p.closedOn() == null && p.kind() == ActionKind.PENALTY;
    }

    /** The PN-06 deadlines of the open cases among {@code rows} (ids in the same order), tracked in one step. */
    private Map<Integer, Long> trackOpen(List<Planned> rows, List<Long> ids) {
        List<Integer> at = new ArrayList<>();
        List<NewDeadline> open = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Planned p = rows.get(i);
            if (open(p)) {
                at.add(i);
                open.add(decisionDeadline(ids.get(i), title(p), p.openedOn(), p.agency().unitId()));
            }
        }
        Map<Integer, Long> deadlineAt = new HashMap<>();
        if (!open.isEmpty()) {
            var tracked = deadlines.trackAll(open);
            for (int k = 0; k < at.size(); k++) {
                deadlineAt.put(at.get(k), tracked.get(k).id());
            }
        }
        return deadlineAt;
    }

    /** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private void copyRow(StringBuilder b, Planned p, String source, Long by, String now) {
        b.append(p.agency().id());
        field(b, p.agency().unitId());
        field(b, p.caseNo());
        field(b, p.kind().name());
        field(b, p.procedure().name());
        field(b, p.power() == null ? null : p.power().id());
        field(b, p.power() == null ? null : p.power().name());
        field(b, p.cause());
        field(b, p.occurredOn());
        field(b, p.partyKind().name());
        field(b, p.partyName());
        field(b, cipher.encrypt(CaseStore.PARTY_ID_NO, p.partyIdNo()));
        field(b, EncryptedFields.indexValue(cipher, CaseStore.PARTY_ID_NO, p.partyIdNo(), true));
        b.append("\tf\tf\tf");
        field(b, p.status().name());
        field(b, p.openedOn());
        b.append("\tf\tf\t0\tf");
        field(b, p.outcome() == null ? null : p.outcome().name());
        field(b, p.penalty() == null ? null : p.penalty().name());
        field(b, p.amount() == null ? null : p.amount().toPlainString());
        field(b, p.decisionNo());
        field(b, p.decidedOn());
        field(b, p.outcome() == null ? null : p.outcome().name());
        field(b, p.penalty() == null ? null : p.penalty().name());
        field(b, p.amount() == null ? null : p.amount().toPlainString());
        field(b, p.servedOn());
        field(b, p.executedOn());
        field(b, p.closedOn());
        field(b, p.archivedOn());
        b.append("\tt");
        field(b, source);
        field(b, p.externalId());
        field(b, by);
        field(b, now);
        field(b, now);
        b.append("\t0\n");
    }

    private static void field(StringBuilder b, Object value) {
        b.append('\t');
        if (value == null) {
            b.append("\\N");
            return;
        }
        String v = value.toString();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }

    /** Other databases: multi-row INSERTs, then the open cases' deadlines in one step and their links. */
    private void insertRows(List<Planned> fresh, String source, Long by, OffsetDateTime now) {
        for (int from = 0; from < fresh.size(); from += ROWS_PER_INSERT) {
            List<Planned> chunk = fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_INSERT));
            template.update(insertSql(chunk.size()), (PreparedStatement ps) -> {
                int i = 0;
                for (Planned p : chunk) {
                    ps.setLong(++i, p.agency().id());
                    ps.setLong(++i, p.agency().unitId());
                    ps.setString(++i, p.caseNo());
                    ps.setString(++i, p.kind().name());
                    ps.setString(++i, p.procedure().name());
                    setLong(ps, ++i, p.power() == null ? null : p.power().id());
                    ps.setString(++i, p.power() == null ? null : p.power().name());
                    ps.setString(++i, p.cause());
                    setDate(ps, ++i, p.occurredOn());
                    ps.setString(++i, p.partyKind().name());
                    ps.setString(++i, p.partyName());
                    ps.setString(++i, cipher.encrypt(CaseStore.PARTY_ID_NO, p.partyIdNo()));
                    ps.setString(++i, EncryptedFields.indexValue(cipher, CaseStore.PARTY_ID_NO, p.partyIdNo(),
                            true));
                    ps.setString(++i, p.status().name());
                    setDate(ps, ++i, p.openedOn());
                    ps.setString(++i, p.outcome() == null ? null : p.outcome().name());
                    ps.setString(++i, p.penalty() == null ? null : p.penalty().name());
                    ps.setBigDecimal(++i, p.amount());
                    ps.setString(++i, p.decisionNo());
                    setDate(ps, ++i, p.decidedOn());
                    ps.setString(++i, p.outcome() == null ? null : p.outcome().name());
                    ps.setString(++i, p.penalty() == null ? null : p.penalty().name());
                    ps.setBigDecimal(++i, p.amount());
                    setDate(ps, ++i, p.servedOn());
                    setDate(ps, ++i, p.executedOn());
                    setDate(ps, ++i, p.closedOn());
                    setDate(ps, ++i, p.archivedOn());
                    ps.setString(++i, source);
                    ps.setString(++i, p.externalId());
                    setLong(ps, ++i, by);
                    ps.setObject(++i, now);
                    ps.setObject(++i, now);
                }
            });
        }
        List<Planned> open = fresh.stream().filter(CaseImport::open).toList();
        if (open.isEmpty()) {
            return;
        }
        Map<String, Long> byExternalId = new HashMap<>();
        jdbc.sql("select id, external_id from enforcement_case where source_system = :source"
                + " and external_id in (:ids)").param("source", source)
                .param("ids", open.stream().map(Planned::externalId).toList())
                .query(rs -> {
                    byExternalId.put(rs.getString("external_id"), rs.getLong("id"));
                });
        List<Long> ids = open.stream().map(p -> byExternalId.get(p.externalId())).toList();
        Map<Integer, Long> deadlineAt = trackOpen(open, ids);
        List<Object[]> links = new ArrayList<>(open.size());
        deadlineAt.forEach((i, deadline) -> links.add(new Object[] {deadline, ids.get(i)}));
        template.batchUpdate("update enforcement_case set decision_deadline_id = ? where id = ?", links);
    }

    /** The INSERT of {@code rows} cases (the statement of a full chunk is the same every time). */
    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (INSERT_ROW.length() + 1)).append(INSERT);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(INSERT_ROW);
        }
        return sql.toString();
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    // ----- helpers -----

    private String cell(SheetRow row, String column) {
        return row.get(zh(K + column));
    }

    private String col(String column) {
        return zh(K + column);
    }

    /** A header or a label as the Chinese template writes it (looked up once: every row names them all). */
    private String zh(String key) {
        return labels.computeIfAbsent(key, k -> messages.getMessage(k, null, Locale.SIMPLIFIED_CHINESE));
    }

    /** An error message in the importer's language. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A 64-bit FNV-1a hash of a text, for the duplicate check of a file too big to keep its ids. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** An open-addressing set of longs: 8 bytes a row, for a million rows. */
    static final class LongSet {

        private long[] slots = new long[1 << 14];
        private boolean[] used = new boolean[1 << 14];
        private int size;

        /** Adds {@code v}; false when it was there already. */
        boolean add(long v) {
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = (int) (mix(v) & mask);
            while (used[i]) {
                if (slots[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            slots[i] = v;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            boolean[] oldUsed = used;
            slots = new long[old.length * 2];
            used = new boolean[old.length * 2];
            size = 0;
            for (int i = 0; i < old.length; i++) {
                if (oldUsed[i]) {
                    add(old[i]);
                }
            }
        }

        private static long mix(long v) {
            v ^= v >>> 33;
            v *= 0xff51afd7ed558ccdL;
            v ^= v >>> 33;
            return v;
        }
    }
}
