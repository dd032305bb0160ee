package org.fazhi.units.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserAccounts.IssuedPassword;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.UserDraft;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports accounts from a spreadsheet (用户名, 姓名, 单位代码, 工号, 手机号码) for the system
 * administrator. Roles are not imported: the security administrator grants them (三员分立). All or
 * nothing; the generated initial passwords are handed back once.
 */
@Service
class UserImport {

    static final String USERNAME = "import.user.username";
    static final String DISPLAY_NAME = "import.user.display-name";
    static final String UNIT = "import.user.unit";
    static final String STAFF_NO = "import.user.staff-no";
    static final String PHONE = "import.user.phone";
    static final List<String> COLUMNS = List.of(USERNAME, DISPLAY_NAME, UNIT, STAFF_NO, PHONE);
    /** Each account costs a password hash (deliberately slow): one file creates at most this many. */
    static final int MAX_ROWS = 1000;
    static final List<String> RESULT_COLUMNS = List.of(USERNAME, DISPLAY_NAME, UNIT, "import.user.password");
    private static final Map<String, String> FIELD_COLUMNS = Map.of("username", USERNAME, "displayName", DISPLAY_NAME,
            "unitId", UNIT, "staffNo", STAFF_NO, "phone", PHONE);

    /** The outcome of a user import: the report and, if it succeeded, the accounts with their initial passwords. */
    public record Result(ImportReport report, List<CreatedAccount> accounts) {
        public Result {
            accounts = List.copyOf(accounts);
        }
    }

    /** One imported account and its initial password (shown once; must be changed at first sign-in). */
    public record CreatedAccount(Long id, String username, String displayName, String unitCode, String password)
            implements java.io.Serializable {
    }

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final Units units;
    private final DataScope scope;
    private final ImportTexts texts;
    private final Validator validator;
    private final AuditLog audit;

    UserImport(UserAccounts accounts, UserDirectory directory, Units units, DataScope scope, ImportTexts texts,
            Validator validator, AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.units = units;
        this.scope = scope;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
    }

    void template(OutputStream out) {
        SpreadsheetWriter.write(out, texts.header("import.user.sheet"), texts.headers(COLUMNS), List.of());
    }

    /** The initial passwords of an import as a sheet to hand to the new users. */
    void passwords(OutputStream out, List<CreatedAccount> created) {
        List<List<?>> rows = created.stream()
                .<List<?>>map(a -> List.of(a.username(), a.displayName(), a.unitCode(), a.password())).toList();
        SpreadsheetWriter.write(out, texts.header("import.user.result-sheet"), texts.headers(RESULT_COLUMNS), rows);
    }

    @Allowed.SystemAdmin
    @Transactional
    public Result run(InputStream xlsx) {
        List<SheetRow> rows = SpreadsheetReader.read(xlsx, texts.headers(COLUMNS.subList(0, 3)));
        if (rows.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("import-too-many", "problem.import.too-many", MAX_ROWS);
        }
        List<RowError> errors = new ArrayList<>();
        List<UserDraft> plan = new ArrayList<>();
        Map<String, Integer> usernames = new HashMap<>();
        Map<Long, String> unitCodes = new HashMap<>();
        for (SheetRow row : rows) {
            check(row, usernames, unitCodes, errors).ifPresent(plan::add);
        }
        if (!errors.isEmpty()) {
            return new Result(ImportReport.failed(rows.size(), errors), List.of());
        }
        List<CreatedAccount> created = new ArrayList<>();
        for (UserDraft d : plan) {
            IssuedPassword issued = accounts.create(d);
            created.add(new CreatedAccount(issued.userId(), issued.username(), d.displayName(),
                    unitCodes.get(d.unitId()), issued.password()));
        }
        audit.action("user", "import", "import", Map.of("rows", rows.size(), "imported", created.size()));
        return new Result(ImportReport.succeeded(rows.size()), created);
    }

    private Optional<UserDraft> check(SheetRow row, Map<String, Integer> usernames, Map<Long, String> unitCodes,
            List<RowError> errors) {
        int n = row.number();
        int before = errors.size();
        String username = row.get(texts.header(USERNAME));
        String unitCode = row.get(texts.header(UNIT));
        Long unitId = null;
        if (unitCode.isEmpty()) {
            errors.add(texts.error(n, UNIT, "import.required"));
        } else {
            Optional<Unit> unit = units.findByCode(unitCode).filter(u -> scope.canSee(u.id()));
            if (unit.isEmpty()) {
                errors.add(texts.error(n, UNIT, "import.unit-unknown", unitCode));
            } else {
                unitId = unit.get().id();
                unitCodes.put(unitId, unitCode);
            }
        }
        UserDraft draft = new UserDraft(username, row.get(texts.header(DISPLAY_NAME)), unitId,
                row.get(texts.header(STAFF_NO)), row.get(texts.header(PHONE)), true, null, null);
        for (ConstraintViolation<UserDraft> v : validator.validate(draft)) {
            String field = v.getPropertyPath().toString();
            if (!field.equals("unitId")) {
                errors.add(new RowError(n, texts.header(FIELD_COLUMNS.getOrDefault(field, USERNAME)), v.getMessage()));
            }
        }
        String key = username.toLowerCase(Locale.ROOT);
        if (!username.isEmpty()) {
            Integer first = usernames.putIfAbsent(key, n);
            if (first != null) {
                errors.add(texts.error(n, USERNAME, "import.username.repeated", username, first));
            } else if (directory.findByUsername(key).isPresent()) {
                errors.add(texts.error(n, USERNAME, "user.username.duplicate", username));
            }
        }
        return errors.size() == before ? Optional.of(draft) : Optional.empty();
    }
}
