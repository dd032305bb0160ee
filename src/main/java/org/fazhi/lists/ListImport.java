package org.fazhi.lists;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.lists.internal.EntryRules;
import org.fazhi.lists.internal.ListContent;
import org.fazhi.lists.internal.ListProcedure.Step;
import org.fazhi.lists.internal.ListSteps;
import org.fazhi.lists.internal.ListStore;
import org.fazhi.lists.internal.ListVersionRecord;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.RowError;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetReader;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole list from Excel (thousands of items), in the columns of its kind. Every row is checked first
 * (the same rules as an item entered by hand, a code used once, a known unit within the list's unit,
 * recognisable types and yes/no cells) and only a sheet without a single error is stored, in one
 * transaction: nothing is ever half-imported. Importing is idempotent: the sheet replaces the content
 * of the draft (an item keeps its identity by its code), so the same sheet again changes nothing.
 * <ul>
 * <li>{@link #intoDraft}: into an adjustment being drafted (it then goes through review and publication);</li>
 * <li>{@link #inForce}: an existing list, already published elsewhere, loaded as the list's first version
 * in force from its effective date (the 法治办 only).</li>
 * </ul>
 */
@Service
public class ListImport {

    static final String K = "lists.import.col.";

    /** One row of a sheet: its number as Excel shows it, and its cells by column key ("code", "name", …). */
    public record Row(int number, Map<String, String> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("code", "code"),
            Map.entry("name", "name"), Map.entry("powerType", "power-type"), Map.entry("basisLaw", "basis-law"),
            Map.entry("basisArticle", "basis-article"), Map.entry("implementingUnitId", "unit"),
            Map.entry("responsibilities", "responsibilities"), Map.entry("accountability", "accountability"),
            Map.entry("certStatus", "cert-status"), Map.entry("certIssuer", "cert-issuer"),
            Map.entry("notificationCommitment", "commitment"), Map.entry("replacement", "replacement"),
            Map.entry("windowAcceptance", "window"), Map.entry("fullyOnline", "online"),
            Map.entry("oneTrip", "one-trip"), Map.entry("highFrequency", "high-frequency"),
            Map.entry("timeLimitDays", "time-limit"), Map.entry("companyStartup", "startup"));

    private final ListStore store;
    private final ListSteps steps;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final MessageSource messages;

    ListImport(ListStore store, ListSteps steps, DataScope scope, Units units, AuditLog audit, MessageSource messages) {
        this.store = store;
        this.steps = steps;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    /** The columns of a kind's sheet, by key, in order. */
    public static List<String> columns(ListKind kind) {
        return switch (kind) {
            case POWER -> List.of("code", "name", "power-type", "basis-law", "basis-article", "unit", "responsibilities",
                    "accountability");
            case LICENSING -> List.of("code", "name", "basis-law", "basis-article", "unit");
            case CERTIFICATION -> List.of("code", "name", "basis-law", "basis-article", "cert-issuer", "cert-status",
                    "commitment", "replacement");
            case SERVICE -> List.of("code", "name", "unit", "basis-law", "window", "online", "one-trip",
                    "high-frequency", "time-limit", "startup");
        };
    }

    /** The columns a sheet of the kind must have. */
    static List<String> required(ListKind kind) {
        return switch (kind) {
            case POWER -> List.of("code", "name", "power-type", "basis-law");
            case LICENSING -> List.of("code", "name", "basis-law");
            case CERTIFICATION -> List.of("code", "name", "cert-status");
            case SERVICE -> List.of("code", "name");
        };
    }

    /** The template of a kind: its headers and one example line. */
    public void template(ListKind kind, OutputStream out) {
        List<List<?>> example = List.of(columns(kind).stream().map(c -> (Object) header("lists.import.example." + c))
                .toList());
        SpreadsheetWriter.write(out, header("lists.kind." + kind.name()), headers(kind), example);
    }

    /** Reads a sheet of the draft's kind and replaces the draft's items with it. */
    @Allowed.Drafters
    @Transactional
    public ListImportReport intoDraft(long versionId, InputStream xlsx) {
        ListVersion v = store.version(versionId).orElse(null);
        ListKind kind = v == null ? ListKind.POWER : v.kind();
        List<Row> rows = read(kind, xlsx);
        return loadIntoDraft(versionId, rows, null);
    }

    /** Replaces the draft's items with {@code rows}, or stores nothing and reports every problem. */
    @Allowed.Drafters
    @Transactional
    public ListImportReport loadIntoDraft(long versionId, List<Row> rows, Integer expectedVersion) {
        ListSteps.Taken step = steps.take(versionId, Step.EDIT, expectedVersion);
        ListVersion v = step.version();
        List<RowError> errors = new ArrayList<>();
        List<ListEntry> entries = check(v.kind(), v.unitId(), rows, errors);
        if (!errors.isEmpty()) {
            return ListImportReport.failed(rows.size(), errors);
        }
        List<ListEntry> before = store.entries(versionId);
        List<ListEntry> placed = place(v.listId(), entries);
        ListDiff diff = ListDiff.of(v, before, v, placed);
        if (diff.identical() && sameOrder(before, placed)) {
            return ListImportReport.succeeded(rows.size(), versionId, 0, 0, 0, diff.unchanged());
        }
        store.replaceEntries(versionId, placed);
        step.record().contentChanged(ListContent.sha256(placed), placed.size(), steps.now());
        steps.complete(step, Map.of("import", rows.size(), "added", diff.added().size(), "changed",
                diff.changed().size(), "removed", diff.removed().size(), "unchanged", diff.unchanged()));
        return ListImportReport.succeeded(rows.size(), versionId, diff.added().size(), diff.changed().size(),
                diff.removed().size(), diff.unchanged());
    }

    /** Reads a sheet and loads it as the list's first version, in force from {@code effectiveDate}. */
    @Allowed.RuleOfLawOffice
    @Transactional
    public ListImportReport inForce(long unitId, ListKind kind, LocalDate effectiveDate, String reason,
            InputStream xlsx) {
        return loadInForce(unitId, kind, effectiveDate, reason, read(kind, xlsx));
    }

    /**
     * Loads an existing list as the first version of the unit's list of {@code kind}, published and in
     * force from {@code effectiveDate}. The same content again changes nothing; a list that already
     * has versions is adjusted through a draft instead.
     */
    @Allowed.RuleOfLawOffice
    @Transactional
    public ListImportReport loadInForce(long unitId, ListKind kind, LocalDate effectiveDate, String reason,
            List<Row> rows) {
        scope.require(unitId, "unit", unitId);
        if (kind == null) {
            throw InvalidInputException.field("kind", "lists.entry.required");
        }
        if (effectiveDate == null) {
            throw InvalidInputException.field("effectiveDate", "lists.entry.required");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null || why.length() > 2000) {
            throw InvalidInputException.field("reason", "lists.import.reason-required");
        }
        List<RowError> errors = new ArrayList<>();
        List<ListEntry> entries = check(kind, unitId, rows, errors);
        if (!errors.isEmpty()) {
            return ListImportReport.failed(rows.size(), errors);
        }
        ItemList list = store.list(unitId, kind).orElse(null);
        if (list != null) {
            List<ListVersion> versions = store.versions(list.id());
            if (versions.size() == 1 && versions.get(0).imported()
                    && versions.get(0).contentSha256().equals(ListContent.sha256(entries))) {
                return ListImportReport.succeeded(rows.size(), versions.get(0).id(), 0, 0, 0, entries.size());
            }
            if (!versions.isEmpty()) {
                throw new RefusedException("list-has-versions", "lists.refused.list-has-versions");
            }
        } else {
            list = store.insertList(unitId, kind);
            audit.created("item-list", list.id(), Map.of("unitId", unitId, "kind", kind));
        }
        List<ListEntry> placed = place(list.id(), entries);
        ListVersionRecord record = ListVersionRecord.imported(list.id(), 1, why, ListContent.sha256(placed),
                placed.size(), effectiveDate, steps.now().toLocalDate(), Actor.current().userId(), steps.now());
        steps.save(record);
        store.insertEntries(record.id(), placed);
        audit.created(ListVersion.SUBJECT.name(), record.id(), Map.of("listId", list.id(), "unitId", unitId, "kind",
                kind, "versionNo", 1, "imported", true, "items", placed.size(), "effectiveDate",
                effectiveDate.toString(), "reason", why));
        return ListImportReport.succeeded(rows.size(), record.id(), placed.size(), 0, 0, 0);
    }

    // ----- reading and checking -----

    /** The rows of a sheet of {@code kind}, by column key. */
    List<Row> read(ListKind kind, InputStream xlsx) {
        List<SheetRow> sheet = SpreadsheetReader.read(xlsx, required(kind).stream().map(c -> header(K + c)).toList());
        if (sheet.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        List<Row> rows = new ArrayList<>();
        for (SheetRow r : sheet) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String c : columns(kind)) {
                cells.put(c, r.get(header(K + c)));
            }
            rows.add(new Row(r.number(), cells));
        }
        return rows;
    }

    private List<ListEntry> check(ListKind kind, long listUnitId, List<Row> rows, List<RowError> errors) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        Map<String, Long> unitsByKey = unitsUnder(listUnitId);
        Map<String, Integer> codes = new HashMap<>();
        List<ListEntry> entries = new ArrayList<>();
        for (Row row : rows) {
            int before = errors.size();
            EntryRequest r = parse(kind, row, unitsByKey, errors);
            EntryRules.Checked c = EntryRules.check(kind, listUnitId, r, unitsByKey::containsValue);
            for (FieldProblem p : c.problems()) {
                String column = COLUMN_OF_FIELD.getOrDefault(p.field(), p.field());
                if (errors.subList(before, errors.size()).stream().noneMatch(e -> e.column().equals(header(K + column)))) {
                    errors.add(new RowError(row.number(), header(K + column), text(p.messageKey(), p.args())));
                }
            }
            String code = row.get("code").strip();
            Integer first = code.isEmpty() ? null : codes.putIfAbsent(code, row.number());
            if (first != null) {
                errors.add(new RowError(row.number(), header(K + "code"),
                        text("lists.import.code-repeated", code, first)));
            } else if (c.ok() && errors.size() == before) {
                entries.add(c.entry());
            }
        }
        return entries;
    }

    private EntryRequest parse(ListKind kind, Row row, Map<String, Long> unitsByKey, List<RowError> errors) {
        PowerType type = kind == ListKind.POWER ? powerType(row, errors) : null;
        Long unit = null;
        String unitCell = row.get("unit").strip();
        if (!unitCell.isEmpty()) {
            unit = unitsByKey.get(unitCell);
            if (unit == null) {
                errors.add(new RowError(row.number(), header(K + "unit"), text("lists.import.unit-unknown", unitCell)));
            }
        }
        CertificationStatus cert = kind == ListKind.CERTIFICATION ? certStatus(row, errors) : null;
        Integer limit = null;
        String limitCell = row.get("time-limit").strip();
        if (!limitCell.isEmpty()) {
            if (limitCell.matches("\\d{1,3}")) {
                limit = Integer.valueOf(limitCell);
            } else {
                errors.add(new RowError(row.number(), header(K + "time-limit"), text("import.number", limitCell)));
            }
        }
        return new EntryRequest(row.get("code"), row.get("name"), type, row.get("basis-law"), row.get("basis-article"),
                unit, row.get("responsibilities"), row.get("accountability"), cert, row.get("cert-issuer"),
                yes(row, "commitment", errors), row.get("replacement"), yes(row, "window", errors),
                yes(row, "online", errors), yes(row, "one-trip", errors), yes(row, "high-frequency", errors), limit,
                yes(row, "startup", errors), null);
    }

    private PowerType powerType(Row row, List<RowError> errors) {
        String v = row.get("power-type").strip();
        if (v.isEmpty()) {
            return null;
        }
        for (PowerType t : PowerType.values()) {
            String label = header("lists.power-type." + t.name());
            if (t.name().equalsIgnoreCase(v) || label.equals(v) || header("lists.power-type-short." + t.name()).equals(v)
                    || text("lists.power-type." + t.name()).equalsIgnoreCase(v)) {
                return t;
            }
        }
        errors.add(new RowError(row.number(), header(K + "power-type"), text("lists.import.power-type-unknown", v)));
        return null;
    }

    private CertificationStatus certStatus(Row row, List<RowError> errors) {
        String v = row.get("cert-status").strip();
        if (v.isEmpty()) {
            return null;
        }
        for (CertificationStatus s : CertificationStatus.values()) {
            if (s.name().equalsIgnoreCase(v) || header("lists.cert-status." + s.name()).equals(v)
                    || text("lists.cert-status." + s.name()).equalsIgnoreCase(v)) {
                return s;
            }
        }
        errors.add(new RowError(row.number(), header(K + "cert-status"), text("lists.import.cert-status-unknown", v)));
        return null;
    }

    /** A yes/no cell in the words of {@code lists.import.yes-words} / {@code no-words} (是/否, Y/N, 1/0 …); empty is no. */
    private Boolean yes(Row row, String column, List<RowError> errors) {
        String v = row.get(column).strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || words("lists.import.no-words").contains(v)) {
            return Boolean.FALSE;
        }
        if (words("lists.import.yes-words").contains(v)) {
            return Boolean.TRUE;
        }
        errors.add(new RowError(row.number(), header(K + column), text("lists.import.yes-no", row.get(column).strip())));
        return Boolean.FALSE;
    }

    /** The units a row may name as implementing unit: the list's unit and those below it, by code and by name. */
    private Map<String, Long> unitsUnder(long listUnitId) {
        Map<String, Long> byKey = new HashMap<>();
        for (Unit u : units.visible()) {
            if (u.path().contains("/" + listUnitId + "/")) {
                byKey.put(u.code(), u.id());
                byKey.putIfAbsent(u.name(), u.id());
            }
        }
        units.find(listUnitId).ifPresent(u -> {
            byKey.put(u.code(), u.id());
            byKey.putIfAbsent(u.name(), u.id());
        });
        return byKey;
    }

    /** The entries with their items' identities (created for new codes) and their order in the sheet. */
    private List<ListEntry> place(long listId, List<ListEntry> entries) {
        Map<String, Long> ids = store.itemIds(listId, entries.stream().map(ListEntry::code).toList());
        List<ListEntry> placed = new ArrayList<>(entries.size());
        int n = 0;
        for (ListEntry e : entries) {
            placed.add(EntryRules.placed(e, ids.get(e.code()), ++n));
        }
        return placed;
    }

    private static boolean sameOrder(List<ListEntry> a, List<ListEntry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).itemId() != b.get(i).itemId() || a.get(i).sortNo() != b.get(i).sortNo()) {
                return false;
            }
        }
        return true;
    }

    private List<String> words(String key) {
        return java.util.Arrays.stream(header(key).split(",")).map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private List<String> headers(ListKind kind) {
        return columns(kind).stream().map(c -> header(K + c)).toList();
    }

    /** Column headers are always the Chinese ones, so a template works in either console language. */
    private String header(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
