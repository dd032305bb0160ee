package org.fazhi.units.internal;

import org.fazhi.shared.web.FormErrors;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Role;
import org.fazhi.units.Unit;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserAccounts.AccountView;
import org.fazhi.units.UserAccounts.IssuedPassword;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理: accounts within the scope (filter by unit, search), creating one (the generated password
 * is shown once), editing the profile, enabling and disabling, resetting a password (shown once),
 * unlocking, import and export. Roles are granted on {@link RoleGrantPages} by the security
 * administrator only (三员分立).
 */
@Controller
@RequestMapping("/console/users")
class UserPages {

    /** The labels of the form's fields, for the error summary. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of("username", "user.field.username",
            "displayName", "user.field.display-name", "unitId", "user.field.unit", "staffNo", "user.field.staff-no",
            "phone", "user.field.phone", "expiresOn", "user.field.expires-on");


    static final String RESULT_PREFIX = "fazhi.user-import.";
    /** What the initial passwords of an import are sealed for while they wait in the session. */
    private static final String SEALED_PASSWORD = "session.user_import.password";

    private final UserAccounts accounts;
    private final Units units;
    private final UserImport importer;
    private final UnitExport export;
    private final MessageSource messages;
    private final org.fazhi.units.AccountPage page;
    private final org.fazhi.shared.privacy.FieldCipher cipher;

    UserPages(UserAccounts accounts, Units units, UserImport importer, UnitExport export, MessageSource messages,
            org.fazhi.units.AccountPage page, org.fazhi.shared.privacy.FieldCipher cipher) {
        this.cipher = cipher;
        this.page = page;
        this.accounts = accounts;
        this.units = units;
        this.importer = importer;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        PageResult<AccountView> result = accounts.list(unitId, q, PageQuery.of(page, 20));
        model.addAttribute("page", result);
        model.addAttribute("unitId", unitId);
        model.addAttribute("q", q);
        model.addAttribute("unitNames", units.names(result.items().stream().map(AccountView::unitId).toList()));
        model.addAttribute("unitOptions", units.visibleTree());
        model.addAttribute("pageUrl", "/console/users?" + (unitId == null ? "" : "unitId=" + unitId + "&")
                + (q == null || q.isBlank() ? "" : "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&"));
        return "units/users";
    }

    @GetMapping("/{id}")
    String user(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    @GetMapping("/new")
    @Allowed.SystemAdmin
    String newUser(@RequestParam(required = false) Long unitId, Model model) {
        UserForm form = new UserForm();
        if (unitId != null) {
            form.setUnitId(units.get(unitId).id());
        }
        model.addAttribute("form", form);
        return form(model, null, new FormErrors(messages));
    }

    @PostMapping
    @Allowed.SystemAdmin
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(messages, binding);
        if (form.getUsername() == null || form.getUsername().isBlank()) {
            errors.field("username", text("user.username.pattern"));
        }
        if (!errors.isEmpty()) {
            return form(model, null, errors);
        }
        try {
            if (form.isServiceAccount()) {
                AccountView created = accounts.createServiceAccount(form.serviceDraft());
                redirect.addFlashAttribute("flashSuccess", text("user.service-account.created", created.username()));
                return "redirect:/console/users/" + created.id();
            }
            IssuedPassword issued = accounts.create(form.draft(form.getUsername(), form.getAdministratorRole()));
            return issuedPassword(issued, "user.created", model);
        } catch (InvalidInputException e) {
            return form(model, null, new FormErrors(messages).add(e));
        } catch (RefusedException e) {
            return form(model, null, new FormErrors(messages).add(e));
        }
    }

    @GetMapping("/{id}/edit")
    @Allowed.SystemAdmin
    String edit(@PathVariable long id, Model model) {
        AccountView account = accounts.get(id);
        model.addAttribute("form", UserForm.of(account));
        return form(model, account, new FormErrors(messages));
    }

    @PostMapping("/{id}")
    @Allowed.SystemAdmin
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.get(id);
        if (binding.hasErrors()) {
            return form(model, account, FormErrors.of(messages, binding));
        }
        try {
            accounts.update(id, form.draft(account.username(), adminRole(account)));
            redirect.addFlashAttribute("flashSuccess", text("user.updated", account.username()));
            return "redirect:/console/users/" + id;
        } catch (InvalidInputException e) {
            return form(model, account, new FormErrors(messages).add(e));
        } catch (RefusedException e) {
            return form(model, account, new FormErrors(messages).add(e));
        }
    }

    @PostMapping("/{id}/enable")
    @Allowed.SystemAdmin
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, true);
        redirect.addFlashAttribute("flashSuccess", text("user.enabled.done"));
        return "redirect:/console/users/" + id;
    }

    @PostMapping("/{id}/disable")
    @Allowed.SystemAdmin
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, false);
            redirect.addFlashAttribute("flashSuccess", text("user.disabled.done"));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args()));
        }
        return "redirect:/console/users/" + id;
    }

    @PostMapping("/{id}/password-reset")
    @Allowed.SystemAdmin
    String resetPassword(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            return issuedPassword(accounts.resetPassword(id), "user.password-reset.done", model);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args()));
            return "redirect:/console/users/" + id;
        }
    }

    /** Activates an administrator account (an administrator of the same role; see UserAccounts#activate). */
    @PostMapping("/{id}/activation")
    @Allowed.Administrators
    String activate(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            return issuedPassword(accounts.activate(id), "user.activated.done", model);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args()));
            return "redirect:/console/users/" + id;
        }
    }

    @PostMapping("/{id}/unlock")
    @Allowed.AccountKeepers
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flashSuccess", text("user.unlocked"));
        return "redirect:/console/users/" + id;
    }

    /** The security administrator sets the account's clearance (AC-07). */
    @PostMapping("/{id}/clearance")
    @Allowed.SecurityAdmin
    String setClearance(@PathVariable long id, @RequestParam(required = false) String clearance,
            RedirectAttributes redirect) {
        org.fazhi.units.SecurityLevel level = java.util.Arrays.stream(org.fazhi.units.SecurityLevel.values())
                .filter(l -> l.name().equals(clearance)).findFirst().orElse(null);
        try {
            accounts.setClearance(id, level);
            redirect.addFlashAttribute("flashSuccess", text("user.clearance.set"));
        } catch (InvalidInputException | RefusedException e) {
            redirect.addFlashAttribute("flashError", text(e instanceof RefusedException r ? r.messageKey()
                    : "user.clearance.required"));
        }
        return "redirect:/console/users/" + id;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> exportUsers(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String q) {
        return SpreadsheetDownload.xlsx(text("user.export.file") + ".xlsx", out -> export.users(out, unitId, q));
    }

    @GetMapping("/import")
    @Allowed.SystemAdmin
    String importPage() {
        return "units/user-import";
    }

    @GetMapping("/import/template")
    @Allowed.SystemAdmin
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx(text("user.import.template-file") + ".xlsx", importer::template);
    }

    @PostMapping("/import")
    @Allowed.SystemAdmin
    String importUsers(@RequestParam("file") MultipartFile file, Model model, HttpSession session)
            throws IOException {
        try {
            UserImport.Result result = importer.run(ImportUploads.open(file));
            model.addAttribute("report", result.report());
            model.addAttribute("accounts", result.accounts());
            if (result.report().ok()) {
                String key = UUID.randomUUID().toString();
                // the session may be kept in the database (several instances): the passwords go there sealed
                session.setAttribute(RESULT_PREFIX + key, new java.util.ArrayList<>(result.accounts().stream()
                        .map(a -> withPassword(a, cipher.encrypt(SEALED_PASSWORD, a.password()))).toList()));
                model.addAttribute("resultKey", key);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", text(e.messageKey(), e.args()));
        }
        return "units/user-import";
    }

    /** The initial passwords of an import as a spreadsheet, once: the copy in the session is removed. */
    @GetMapping("/import/result/{key}")
    @Allowed.SystemAdmin
    ResponseEntity<byte[]> importResult(@PathVariable String key, HttpSession session) {
        String attribute = RESULT_PREFIX + key;
        Object stored = session.getAttribute(attribute);
        session.removeAttribute(attribute);
        if (!(stored instanceof List<?> list)) {
            throw new NotFoundException("user-import", key);
        }
        @SuppressWarnings("unchecked")
        List<UserImport.CreatedAccount> created = ((List<UserImport.CreatedAccount>) list).stream()
                .map(a -> withPassword(a, cipher.decrypt(SEALED_PASSWORD, a.password()))).toList();
        return SpreadsheetDownload.xlsx(text("user.import.result-file") + ".xlsx", out -> importer.passwords(out, created));
    }

    private static UserImport.CreatedAccount withPassword(UserImport.CreatedAccount a, String password) {
        return new UserImport.CreatedAccount(a.id(), a.username(), a.displayName(), a.unitCode(), password);
    }

    private String issuedPassword(IssuedPassword issued, String messageKey, Model model) {
        model.addAttribute("issued", issued);
        model.addAttribute("message", text(messageKey, issued.username()));
        return "units/user-password";
    }

    private String form(Model model, AccountView account, FormErrors errors) {
        model.addAttribute("account", account);
        List<Unit> options = units.visibleTree();
        model.addAttribute("unitOptions", options);
        model.addAttribute("adminRoles", List.of(Role.SECURITY_ADMIN, Role.AUDITOR));
        errors.labels(LABELS).addTo(model);
        return "units/user-form";
    }

    static Role adminRole(AccountView a) {
        return a.roles().stream().filter(Role::isAdministrator).findFirst().orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
