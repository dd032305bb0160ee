package org.fazhi.normdocs;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.DocumentVersion.VersionPurpose;
import org.fazhi.normdocs.internal.DocumentRecord;
import org.fazhi.normdocs.internal.DocumentSteps;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.RegistrationCounter;
import org.fazhi.normdocs.internal.TextHash;
import org.fazhi.normdocs.internal.ValidityTerms;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.excel.RowError;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetReader;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.units.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an existing catalog of published normative documents from a spreadsheet (标题, 制定主体,
 * 文号, 登记号, 公布日期, 施行日期, 有效期至 or 有效期(年), 效力状态, 正文). All or nothing: every row is
 * checked first (a listed body the importer may see, the body's 文号 form, the registering office's
 * 登记号 form, no number used twice in the file or the database, dates in order) and only a file
 * without a single error is stored, in one transaction. Imported documents are published with
 * {@code imported = true}; their registration numbers raise the office's counter so new numbers
 * never collide; each is indexed for search.
 */
@Service
public class CatalogImport {

    static final String K = "normdocs.import.col.";
    static final List<String> COLUMNS = List.of("title", "body", "document-number", "registration-number",
            "publication-date", "effective-date", "expiry-date", "validity-years", "validity", "text");
    static final List<String> REQUIRED = COLUMNS.subList(0, 6);
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern REGISTRATION = Pattern.compile("([A-Z]{2,12})(\\d{4})(\\d{5})");
    private static final int MAX_YEARS = 10;

    /** One catalog line as written in the sheet (texts; dates as 2024-03-01 or 2024年3月1日). */
    public record Entry(int row, String title, String issuingBody, String documentNumber, String registrationNumber,
            String publicationDate, String effectiveDate, String expiryDate, String validityYears, String validity,
            String text) {
    }

    private record Planned(Entry entry, IssuingBody body, String officePrefix, int regYear, int regSerial,
            LocalDate published, LocalDate effective, Integer years, LocalDate expiry, Validity validity) {
    }

    private final DocumentStore documents;
    private final IssuingBodyStore bodies;
    private final RegistrationCounter counter;
    private final DataScope scope;
    private final DocumentSteps steps;
    private final ValidityTerms terms;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    CatalogImport(DocumentStore documents, IssuingBodyStore bodies, RegistrationCounter counter, DataScope scope,
            DocumentSteps steps, ValidityTerms terms, AuditLog audit, ApplicationEventPublisher events,
            MessageSource messages, Clock clock) {
        this.documents = documents;
        this.bodies = bodies;
        this.counter = counter;
        this.scope = scope;
        this.steps = steps;
        this.terms = terms;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The template: the column headers and one example line. */
    public void template(OutputStream out) {
        List<List<?>> example = List.of(List.of(text("normdocs.import.example.title"),
                text("normdocs.import.example.body"), text("normdocs.import.example.document-number"),
                "SFDR202400001", "2024-03-01", "2024-04-01", "2029-03-31", "", header("normdocs.validity.CURRENT"),
                text("normdocs.import.example.text")));
        SpreadsheetWriter.write(out, header("normdocs.import.sheet"), headers(), example);
    }

    /** Reads and imports a sheet. */
    @Allowed.Reviewers
    @Transactional
    public ImportReport run(InputStream xlsx) {
        List<SheetRow> rows = SpreadsheetReader.read(xlsx, REQUIRED.stream().map(c -> header(K + c)).toList());
        if (rows.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        List<Entry> entries = rows.stream().map(r -> new Entry(r.number(), cell(r, "title"), cell(r, "body"),
                cell(r, "document-number"), cell(r, "registration-number"), cell(r, "publication-date"),
                cell(r, "effective-date"), cell(r, "expiry-date"), cell(r, "validity-years"), cell(r, "validity"),
                cell(r, "text"))).toList();
        return load(entries);
    }

    /** Checks every entry, then stores all of them or none. */
    @Allowed.Reviewers
    @Transactional
    public ImportReport load(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        List<RowError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> docNumbers = new HashMap<>();
        Map<String, Integer> regNumbers = new HashMap<>();
        for (Entry e : entries) {
            check(e, docNumbers, regNumbers, errors).ifPresent(plan::add);
        }
        if (!errors.isEmpty()) {
            return ImportReport.failed(entries.size(), errors);
        }
        Long by = Actor.current().userId();
        for (Planned p : plan) {
            Entry e = p.entry();
            String title = e.title().strip();
            String body = e.text() == null ? "" : e.text().strip();
            DocumentRecord record = DocumentRecord.imported(p.body().unitId(), p.body().id(), title,
                    e.registrationNumber().strip(), p.regYear(), p.regSerial(), e.documentNumber().strip(),
                    p.published(), p.effective(), p.years(), p.expiry(), p.validity(), by, steps.now());
            steps.save(record);
            long id = record.id();
            long versionId = documents.insertVersion(id, 1, title, body, null, null, TextHash.of(title, body, null, null),
                    VersionPurpose.IMPORTED, null, null, by);
            record.currentVersion(versionId, title, steps.now());
            steps.save(record);
            counter.atLeast(p.body().registeringUnitId(), p.regYear(), p.regSerial());
            audit.created(NormativeDocument.SUBJECT.name(), id, Map.of("title", title, "issuingBodyId", p.body().id(),
                    "registrationNumber", e.registrationNumber().strip(), "documentNumber",
                    e.documentNumber().strip(), "validity", p.validity(), "imported", true));
            events.publishEvent(new NormativeDocumentChanged(id));
        }
        audit.action(NormativeDocument.SUBJECT.name(), "import", "import", Map.of("rows", entries.size(), "imported",
                plan.size()));
        return ImportReport.succeeded(entries.size());
    }

    private Optional<Planned> check(Entry e, Map<String, Integer> docNumbers, Map<String, Integer> regNumbers,
            List<RowError> errors) {
        int n = e.row();
        int before = errors.size();
        LocalDate today = LocalDate.now(clock);
        String title = strip(e.title());
        if (title.isEmpty()) {
            errors.add(error(n, "title", "import.required"));
        } else if (title.length() > 300) {
            errors.add(error(n, "title", "normdocs.import.too-long", "300"));
        }
        IssuingBody body = null;
        String bodyName = strip(e.issuingBody());
        if (bodyName.isEmpty()) {
            errors.add(error(n, "body", "import.required"));
        } else {
            body = bodies.findByName(bodyName)
                    .filter(b -> scope.canSee(b.unitId()) || scope.canSee(b.registeringUnitId())).orElse(null);
            if (body == null) {
                errors.add(error(n, "body", "normdocs.import.body-unknown", bodyName));
            }
        }
        String docNo = strip(e.documentNumber());
        if (docNo.isEmpty()) {
            errors.add(error(n, "document-number", "import.required"));
        } else {
            Matcher m = DocumentNumbers.FORMAT.matcher(docNo);
            if (!m.matches()) {
                errors.add(error(n, "document-number", "normdocs.document-number.format"));
            } else if (body != null && !m.group(1).equals(body.docNumberPrefix())) {
                errors.add(error(n, "document-number", "normdocs.document-number.prefix", body.docNumberPrefix()));
            } else if (body != null && documents.documentNumberTaken(body.id(), docNo, -1)) {
                errors.add(error(n, "document-number", "normdocs.document-number.taken", docNo));
            } else if (body != null && docNumbers.containsKey(body.id() + "|" + docNo)) {
                errors.add(error(n, "document-number", "normdocs.import.repeated", docNo,
                        String.valueOf(docNumbers.get(body.id() + "|" + docNo))));
            } else if (body != null) {
                docNumbers.put(body.id() + "|" + docNo, n);
            }
        }
        String officePrefix = body == null ? null : bodies.officePrefix(body.registeringUnitId()).orElse(null);
        int regYear = 0;
        int regSerial = 0;
        String regNo = strip(e.registrationNumber());
        if (regNo.isEmpty()) {
            errors.add(error(n, "registration-number", "import.required"));
        } else {
            Matcher m = REGISTRATION.matcher(regNo);
            if (!m.matches() || Integer.parseInt(m.group(3)) == 0) {
                errors.add(error(n, "registration-number", "normdocs.import.registration-format",
                        officePrefix == null ? "SFDR" : officePrefix));
            } else if (officePrefix != null && !m.group(1).equals(officePrefix)) {
                errors.add(error(n, "registration-number", "normdocs.import.registration-prefix", officePrefix));
            } else if (documents.registrationNumberTaken(regNo)) {
                errors.add(error(n, "registration-number", "normdocs.import.registration-taken", regNo));
            } else if (regNumbers.containsKey(regNo)) {
                errors.add(error(n, "registration-number", "normdocs.import.repeated", regNo,
                        String.valueOf(regNumbers.get(regNo))));
            } else {
                regNumbers.put(regNo, n);
                regYear = Integer.parseInt(m.group(2));
                regSerial = Integer.parseInt(m.group(3));
            }
        }
        LocalDate published = date(e.publicationDate(), n, "publication-date", true, errors);
        if (published != null && published.isAfter(today)) {
            errors.add(error(n, "publication-date", "normdocs.import.date-future"));
        }
        LocalDate effective = date(e.effectiveDate(), n, "effective-date", true, errors);
        if (published != null && effective != null && effective.isBefore(published)) {
            errors.add(error(n, "effective-date", "normdocs.effective-date.before-publication"));
        }
        LocalDate expiry = date(e.expiryDate(), n, "expiry-date", false, errors);
        Integer years = years(e.validityYears(), n, errors);
        if (effective != null && expiry != null && !expiry.isAfter(effective)) {
            errors.add(error(n, "expiry-date", "normdocs.import.expiry-before-effective"));
        }
        if (effective != null && expiry != null && years != null
                && !ValidityTerms.lastDay(effective, years).equals(expiry)) {
            errors.add(error(n, "validity-years", "normdocs.import.validity-conflict"));
        }
        if (effective != null && expiry == null) {
            if (years == null && published != null && body != null) {
                years = terms.maxYears(published, body.unitId());
            }
            if (years != null) {
                expiry = ValidityTerms.lastDay(effective, years);
            }
        }
        Validity validity = validity(e.validity(), n, errors);
        if (validity != null && validity.inForce() && expiry != null && expiry.isBefore(today)) {
            errors.add(error(n, "validity", "normdocs.import.expired-in-force", expiry.toString()));
        }
        if (errors.size() > before || body == null) {
            return Optional.empty();
        }
        return Optional.of(new Planned(e, body, officePrefix, regYear, regSerial, published, effective, years, expiry,
                validity));
    }

    private LocalDate date(String cell, int n, String column, boolean required, List<RowError> errors) {
        String v = strip(cell);
        if (v.isEmpty()) {
            if (required) {
                errors.add(error(n, column, "import.required"));
            }
            return null;
        }
        Matcher m = DATE.matcher(v);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException ignored) {
                // reported below
            }
        }
        errors.add(error(n, column, "normdocs.import.date", v));
        return null;
    }

    private Integer years(String cell, int n, List<RowError> errors) {
        String v = strip(cell);
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > MAX_YEARS) {
            errors.add(error(n, "validity-years", "normdocs.import.years", v, String.valueOf(MAX_YEARS)));
            return null;
        }
        return Integer.valueOf(v);
    }

    private Validity validity(String cell, int n, List<RowError> errors) {
        String v = strip(cell);
        if (v.isEmpty()) {
            return Validity.CURRENT;
        }
        for (Validity candidate : Validity.values()) {
            if (candidate.name().equalsIgnoreCase(v) || header("normdocs.validity." + candidate.name()).equals(v)
                    || text("normdocs.validity." + candidate.name()).equalsIgnoreCase(v)) {
                return candidate;
            }
        }
        errors.add(error(n, "validity", "normdocs.import.validity-unknown", v));
        return null;
    }

    private String cell(SheetRow r, String column) {
        return r.get(header(K + column));
    }

    private List<String> headers() {
        return COLUMNS.stream().map(c -> header(K + c)).toList();
    }

    private RowError error(int row, String column, String key, Object... args) {
        return new RowError(row, header(K + column), text(key, args));
    }

    /** Column headers are always the Chinese ones, so a template works in either console language. */
    private String header(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
