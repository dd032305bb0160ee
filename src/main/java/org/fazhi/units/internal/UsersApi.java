package org.fazhi.units.internal;

import org.fazhi.shared.excel.SpreadsheetDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.excel.ImportReport;
import java.util.List;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserAccounts.AccountView;
import org.fazhi.units.UserAccounts.IssuedPassword;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accounts as JSON, within the caller's data scope. The system administrator keeps accounts, the
 * security administrator grants roles (三员分立). Responses never carry a password hash; a
 * generated password appears once, in the answer to the call that generated it.
 */
@RestController
@RequestMapping("/api/v1/users")
@Validated
@Tag(name = "users", description = "用户 (accounts within the caller's data scope)")
class UsersApi {

    private final UserAccounts accounts;
    private final UserImport importer;
    private final RoleGrantImport grants;
    private final UnitExport export;
    private final ImportProblems problems;

    UsersApi(UserAccounts accounts, UserImport importer, RoleGrantImport grants, UnitExport export,
            ImportProblems problems) {
        this.accounts = accounts;
        this.importer = importer;
        this.grants = grants;
        this.export = export;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Accounts in scope, optionally of one unit's subtree and matching a name fragment")
    PageResult<AccountView> list(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Size(max = UserAccounts.MAX_QUERY_LENGTH) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return accounts.list(unitId, q, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account (404 outside the data scope)")
    AccountView get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping
    @Operation(summary = "Create an account (SYSTEM_ADMIN); the answer carries the generated password once")
    ResponseEntity<IssuedPassword> create(@Valid @RequestBody UserRequests.Create request) {
        IssuedPassword issued = accounts.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/users/" + issued.userId())).body(issued);
    }

    @PostMapping("/service-accounts")
    @Operation(summary = "Create a service account for system-to-system calls (SYSTEM_ADMIN): no console, no"
            + " password; the security administrator grants its roles and issues its tokens")
    ResponseEntity<AccountView> createServiceAccount(@Valid @RequestBody UserRequests.ServiceAccount request) {
        AccountView created = accounts.createServiceAccount(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an account's profile, unit, enabled flag or end date (SYSTEM_ADMIN)")
    AccountView update(@PathVariable long id, @Valid @RequestBody UserRequests.Update request) {
        AccountView current = accounts.get(id);
        return accounts.update(id, request.draft(current.username(), UserPages.adminRole(current)));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Set exactly these roles (SECURITY_ADMIN; never one's own; one administrator role alone)")
    AccountView grantRoles(@PathVariable long id, @Valid @RequestBody UserRequests.Roles request) {
        return accounts.grantRoles(id, request.roles());
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Reset the password (SYSTEM_ADMIN); the new password is in the answer, once, and must be changed")
    IssuedPassword resetPassword(@PathVariable long id) {
        return accounts.resetPassword(id);
    }

    @PostMapping("/{id}/activation")
    @Operation(summary = "Activate an administrator account with a one-time password (an administrator of the same"
            + " role; when the role has no other holder, the password goes to the server's data folder)")
    IssuedPassword activate(@PathVariable long id) {
        return accounts.activate(id);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a sign-in lock (SECURITY_ADMIN or SYSTEM_ADMIN)")
    ResponseEntity<Void> unlock(@PathVariable long id) {
        accounts.unlock(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The accounts in scope as an XLSX sheet (audited)")
    ResponseEntity<byte[]> exportUsers(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Size(max = UserAccounts.MAX_QUERY_LENGTH) String q) {
        return SpreadsheetDownload.xlsx("users.xlsx", out -> export.users(out, unitId, q));
    }

    @GetMapping(value = "/import/template",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The XLSX template of the account import")
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx("users-template.xlsx", importer::template);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import accounts from XLSX (SYSTEM_ADMIN): all or nothing; the answer lists the initial passwords once")
    ResponseEntity<Object> importUsers(@RequestPart("file") MultipartFile file) throws IOException {
        UserImport.Result result = importer.run(ImportUploads.open(file));
        return problems.answer(result.report(), result);
    }

    @GetMapping(value = "/role-grants/import/template",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The XLSX template of the role-grant import")
    ResponseEntity<byte[]> grantTemplate() {
        return SpreadsheetDownload.xlsx("role-grants-template.xlsx", grants::template);
    }

    @PostMapping(value = "/role-grants/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import role grants from XLSX (SECURITY_ADMIN): all or nothing")
    ResponseEntity<Object> importGrants(@RequestPart("file") MultipartFile file) throws IOException {
        ImportReport report = grants.run(ImportUploads.open(file));
        return problems.answer(report, report);
    }
}
