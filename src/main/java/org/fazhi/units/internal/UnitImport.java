package org.fazhi.units.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.excel.RowError;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetReader;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from a spreadsheet (上级单位代码, 单位代码, 单位名称, 单位类型, 行政层级, 排序). All or
 * nothing: every row is checked first (a parent may be a row earlier in the same file) and only a
 * file without a single error is stored, in one transaction.
 */
@Service
class UnitImport {

    static final String PARENT = "import.unit.parent";
    static final String CODE = "import.unit.code";
    static final String NAME = "import.unit.name";
    static final String KIND = "import.unit.kind";
    static final String LEVEL = "import.unit.level";
    static final String ORDER = "import.unit.order";
    static final List<String> COLUMNS = List.of(PARENT, CODE, NAME, KIND, LEVEL, ORDER);
    private static final Map<String, String> FIELD_COLUMNS = Map.of("code", CODE, "name", NAME, "sortOrder", ORDER,
            "kind", KIND, "level", LEVEL);

    private record Planned(int row, String parentCode, UnitDraft draft) {
    }

    private final Units units;
    private final DataScope scope;
    private final ImportTexts texts;
    private final Validator validator;
    private final AuditLog audit;

    UnitImport(Units units, DataScope scope, ImportTexts texts, Validator validator, AuditLog audit) {
        this.units = units;
        this.scope = scope;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
    }

    void template(OutputStream out) {
        SpreadsheetWriter.write(out, texts.header("import.unit.sheet"), texts.headers(COLUMNS), List.of());
    }

    @Allowed.ConfigKeepers
    @Transactional
    public ImportReport run(InputStream xlsx) {
        List<SheetRow> rows = SpreadsheetReader.read(xlsx, texts.headers(COLUMNS.subList(0, 5)));
        if (rows.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        List<RowError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> codeRows = new HashMap<>();
        Map<String, UnitLevel> fileLevels = new HashMap<>();
        for (SheetRow row : rows) {
            String code = row.get(texts.header(CODE));
            if (!code.isEmpty() && !codeRows.containsKey(code)) {
                codeRows.put(code, row.number());
            }
        }
        for (SheetRow row : rows) {
            check(row, codeRows, fileLevels, errors).ifPresent(plan::add);
        }
        if (!errors.isEmpty()) {
            return ImportReport.failed(rows.size(), errors);
        }
        Map<String, Long> created = new HashMap<>();
        for (Planned p : plan) {
            Long parentId = created.containsKey(p.parentCode()) ? created.get(p.parentCode())
                    : units.findByCode(p.parentCode()).orElseThrow().id();
            UnitDraft d = p.draft();
            Unit unit = units.create(new UnitDraft(parentId, d.code(), d.name(), d.kind(), d.level(), d.sortOrder(),
                    true));
            created.put(unit.code(), unit.id());
        }
        audit.action("unit", "import", "import", Map.of("rows", rows.size(), "imported", plan.size()));
        return ImportReport.succeeded(rows.size());
    }

    private Optional<Planned> check(SheetRow row, Map<String, Integer> codeRows, Map<String, UnitLevel> fileLevels,
            List<RowError> errors) {
        int n = row.number();
        int before = errors.size();
        String parentCode = row.get(texts.header(PARENT));
        String code = row.get(texts.header(CODE));
        UnitKind kind = parseKind(row, n, errors);
        UnitLevel level = parseLevel(row, n, errors);
        Integer order = parseOrder(row, n, errors);
        UnitDraft draft = new UnitDraft(null, code, row.get(texts.header(NAME)), kind, level, order, true);
        for (ConstraintViolation<UnitDraft> v : validator.validate(draft)) {
            String field = v.getPropertyPath().toString();
            if (!field.equals("kind") && !field.equals("level")) {
                errors.add(new RowError(n, texts.header(FIELD_COLUMNS.getOrDefault(field, NAME)), v.getMessage()));
            }
        }
        Integer firstRow = codeRows.get(code);
        if (!code.isEmpty() && firstRow != null && firstRow != n) {
            errors.add(texts.error(n, CODE, "import.code.repeated", code, firstRow));
        } else if (!code.isEmpty() && units.findByCode(code).isPresent()) {
            errors.add(texts.error(n, CODE, "unit.code.duplicate", code));
        }
        UnitLevel parentLevel = parentLevel(parentCode, n, codeRows, fileLevels, errors);
        if (parentLevel != null && level != null && level.ordinal() < parentLevel.ordinal()) {
            errors.add(texts.error(n, LEVEL, "unit.level.above-parent"));
        }
        if (level != null && !code.isEmpty() && firstRow != null && firstRow == n) {
            fileLevels.put(code, level);
        }
        return errors.size() == before ? Optional.of(new Planned(n, parentCode, draft)) : Optional.empty();
    }

    /** The level of the parent, from an earlier row or a unit in the actor's scope; null with an error if neither. */
    private UnitLevel parentLevel(String parentCode, int n, Map<String, Integer> codeRows,
            Map<String, UnitLevel> fileLevels, List<RowError> errors) {
        if (parentCode.isEmpty()) {
            errors.add(texts.error(n, PARENT, "import.required"));
            return null;
        }
        Integer parentRow = codeRows.get(parentCode);
        if (parentRow != null && parentRow < n) {
            UnitLevel level = fileLevels.get(parentCode);
            if (level == null) {
                errors.add(texts.error(n, PARENT, "import.unit.parent-invalid-row", parentCode, parentRow));
            }
            return level;
        }
        if (parentRow != null) {
            errors.add(texts.error(n, PARENT, "import.unit.parent-later", parentCode, parentRow));
            return null;
        }
        Optional<Unit> parent = units.findByCode(parentCode).filter(u -> scope.canSee(u.id()));
        if (parent.isEmpty()) {
            errors.add(texts.error(n, PARENT, "import.unit.parent-unknown", parentCode));
            return null;
        }
        return parent.get().level();
    }

    private UnitKind parseKind(SheetRow row, int n, List<RowError> errors) {
        String cell = row.get(texts.header(KIND));
        if (cell.isEmpty()) {
            errors.add(texts.error(n, KIND, "import.required"));
            return null;
        }
        return texts.kind(cell).orElseGet(() -> {
            errors.add(texts.error(n, KIND, "import.unit.kind-unknown", cell));
            return null;
        });
    }

    private UnitLevel parseLevel(SheetRow row, int n, List<RowError> errors) {
        String cell = row.get(texts.header(LEVEL));
        if (cell.isEmpty()) {
            errors.add(texts.error(n, LEVEL, "import.required"));
            return null;
        }
        return texts.level(cell).orElseGet(() -> {
            errors.add(texts.error(n, LEVEL, "import.unit.level-unknown", cell));
            return null;
        });
    }

    private Integer parseOrder(SheetRow row, int n, List<RowError> errors) {
        String cell = row.get(texts.header(ORDER));
        if (cell.isEmpty()) {
            return 0;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            errors.add(texts.error(n, ORDER, "import.number", cell));
            return null;
        }
    }
}
