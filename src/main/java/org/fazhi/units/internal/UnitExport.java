package org.fazhi.units.internal;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.units.Unit;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserAccounts.AccountView;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/** Exports the visible units and the visible accounts as spreadsheets; exporting accounts is audited. */
@Component
class UnitExport {

    static final List<String> UNIT_COLUMNS = List.of("import.unit.parent", "import.unit.code", "import.unit.name",
            "import.unit.kind", "import.unit.level", "import.unit.order", "export.active");
    static final List<String> USER_COLUMNS = List.of("import.user.username", "import.user.display-name",
            "import.user.unit", "export.unit-name", "import.user.staff-no", "import.user.phone", "export.roles",
            "export.enabled", "export.last-login");
    private static final int PAGE = 200;

    private final Units units;
    private final UserAccounts accounts;
    private final ImportTexts texts;
    private final AuditLog audit;

    UnitExport(Units units, UserAccounts accounts, ImportTexts texts, AuditLog audit) {
        this.units = units;
        this.accounts = accounts;
        this.texts = texts;
        this.audit = audit;
    }

    void units(OutputStream out) {
        List<Unit> tree = units.visibleTree();
        Map<Long, String> codes = new java.util.HashMap<>();
        tree.forEach(u -> codes.put(u.id(), u.code()));
        List<List<?>> rows = tree.stream().<List<?>>map(u -> java.util.Arrays.asList(
                u.parentId() == null ? "" : codes.getOrDefault(u.parentId(), ""), u.code(), u.name(),
                texts.label("unit.kind." + u.kind()), texts.label("unit.level." + u.level()), u.sortOrder(),
                u.active())).toList();
        SpreadsheetWriter.write(out, texts.header("import.unit.sheet"), texts.headers(UNIT_COLUMNS), rows);
    }

    void users(OutputStream out, Long unitId, String q) {
        List<List<?>> rows = new java.util.ArrayList<>();
        Map<Long, Unit> byId = new java.util.HashMap<>();
        units.visible().forEach(u -> byId.put(u.id(), u));
        for (int page = 0; ; page++) {
            var result = accounts.list(unitId, q, new PageQuery(page, PAGE));
            for (AccountView a : result.items()) {
                Unit unit = byId.get(a.unitId());
                rows.add(java.util.Arrays.asList(a.username(), a.displayName(), unit == null ? "" : unit.code(),
                        unit == null ? "" : unit.name(), a.staffNo(), a.phone(),
                        String.join("、", a.roles().stream().map(r -> texts.label("role." + r)).toList()),
                        a.enabled(), a.lastLoginAt() == null ? "" : a.lastLoginAt().toString()));
            }
            if ((long) (page + 1) * PAGE >= result.total()) {
                break;
            }
        }
        audit.action("user", "list", "export", Map.of("rows", rows.size(), "unitId", unitId == null ? "" : unitId));
        SpreadsheetWriter.write(out, texts.header("import.user.sheet"), texts.headers(USER_COLUMNS), rows);
    }
}
