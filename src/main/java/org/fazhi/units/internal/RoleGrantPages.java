package org.fazhi.units.internal;

import org.fazhi.shared.excel.SpreadsheetDownload;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserAccounts.AccountView;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 角色授权, for the security administrator only (三员分立): the accounts in scope with their roles,
 * granting the roles of one account (never one's own), and importing grants from a spreadsheet.
 */
@Controller
@Allowed.SecurityAdmin
class RoleGrantPages {

    private final UserAccounts accounts;
    private final Units units;
    private final RoleGrantImport importer;
    private final MessageSource messages;

    RoleGrantPages(UserAccounts accounts, Units units, RoleGrantImport importer, MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/console/roles")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        PageResult<AccountView> result = accounts.list(unitId, q, PageQuery.of(page, 20));
        model.addAttribute("page", result);
        model.addAttribute("unitId", unitId);
        model.addAttribute("q", q);
        model.addAttribute("unitNames", units.names(result.items().stream().map(AccountView::unitId).toList()));
        model.addAttribute("unitOptions", units.visibleTree());
        model.addAttribute("pageUrl", "/console/roles?" + (unitId == null ? "" : "unitId=" + unitId + "&")
                + (q == null || q.isBlank() ? "" : "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&"));
        return "units/roles";
    }

    @GetMapping("/console/users/{id}/roles")
    String grantForm(@PathVariable long id, Model model) {
        AccountView account = accounts.get(id);
        return form(model, account, account.roles(), List.of());
    }

    @PostMapping("/console/users/{id}/roles")
    String grant(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.get(id);
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            accounts.grantRoles(id, wanted);
            redirect.addFlashAttribute("flashSuccess", text("user.roles.granted", account.username()));
            return "redirect:/console/users/" + id;
        } catch (RefusedException e) {
            return form(model, account, wanted, List.of(text(e.messageKey(), e.args())));
        } catch (InvalidInputException e) {
            return form(model, account, wanted, List.of(text("user.roles.required")));
        }
    }

    @GetMapping("/console/roles/import")
    String importPage() {
        return "units/role-import";
    }

    @GetMapping("/console/roles/import/template")
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx(text("role.import.template-file") + ".xlsx", importer::template);
    }

    @PostMapping("/console/roles/import")
    String importGrants(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            ImportReport report = importer.run(ImportUploads.open(file));
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", text(e.messageKey(), e.args()));
        }
        return "units/role-import";
    }

    private String form(Model model, AccountView account, Set<Role> checked, List<String> errors) {
        model.addAttribute("account", account);
        model.addAttribute("unitName", units.name(account.unitId()));
        model.addAttribute("adminRoles", Role.administratorRoles());
        model.addAttribute("businessRoles", Role.businessRoles());
        model.addAttribute("checked", checked);
        model.addAttribute("formErrors", errors);
        model.addAttribute("errorSummary", org.fazhi.shared.web.ErrorSummary.of(java.util.Map.of(), errors, f -> null));
        return "units/user-roles";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
