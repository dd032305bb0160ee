package org.fazhi.signin.internal;

import org.fazhi.shared.web.FormErrors;
import jakarta.validation.Valid;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的账户: one's profile, the way to change the password, and personal API tokens (a new token is shown once). */
@Controller
@RequestMapping("/console/account")
class AccountPages {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final Units units;
    private final SecuritySettings settings;
    private final MessageSource messages;
    private final SecondFactors secondFactors;
    private final ApiScopes scopes;

    AccountPages(UserAccounts accounts, ApiTokens tokens, Units units, SecuritySettings settings,
            MessageSource messages, SecondFactors secondFactors, ApiScopes scopes) {
        this.secondFactors = secondFactors;
        this.scopes = scopes;
        this.accounts = accounts;
        this.tokens = tokens;
        this.units = units;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String account(Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        var self = accounts.self();
        model.addAttribute("account", self);
        model.addAttribute("unitName", units.name(self.unitId()));
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("validityOptions", TokenForm.upTo(settings.apiAccess().tokenMaxValidity()));
        model.addAttribute("scopeOptions", scopes.offered());
        model.addAttribute("passwordMaxAgeDays", settings.password().maxAgeDays());
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(self.id()));
        model.addAttribute("secondFactorRequired",
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                        .getPrincipal() instanceof FazhiUserDetails me && secondFactors.required(me));
        if (!model.containsAttribute("fieldErrors")) {
            new FormErrors(messages).addTo(model);
        }
        return "signin/account";
    }

    @PostMapping("/tokens")
    String issue(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model) {
        FormErrors errors = FormErrors.of(messages, binding)
                .labels(java.util.Map.of("name", "token.name", "validHours", "token.valid-hours", "scopes", "token.scopes"));
        if (errors.isEmpty()) {
            try {
                model.addAttribute("issued", tokens.issue(form.getName(),
                        java.time.Duration.ofHours(form.getValidHours()), form.getScopes()));
                model.addAttribute("tokenForm", new TokenForm());
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        errors.addTo(model);
        return account(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flashSuccess", text("token.revoked"));
        return "redirect:/console/account";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The form for a new token: a name, a validity in hours and the scopes (none: read-only). */
    public static class TokenForm {

        /** The validities offered (1 hour to 90 days, up to the maximum in force); the default is 8 hours. */
        static final java.util.List<Integer> VALIDITY_HOURS = java.util.List.of(1, 8, 24, 24 * 7, 24 * 30, 24 * 90);

        @jakarta.validation.constraints.NotBlank
        @jakarta.validation.constraints.Size(max = 60)
        private String name;
        @jakarta.validation.constraints.NotNull
        @jakarta.validation.constraints.Min(1)
        @jakarta.validation.constraints.Max(24 * 366)
        private Integer validHours = 8;
        @jakarta.validation.constraints.Size(max = 100)
        private java.util.List<String> scopes = new java.util.ArrayList<>();

        static java.util.List<Integer> upTo(java.time.Duration max) {
            return VALIDITY_HOURS.stream().filter(h -> h <= max.toHours()).toList();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getValidHours() {
            return validHours;
        }

        public void setValidHours(Integer validHours) {
            this.validHours = validHours;
        }

        public java.util.List<String> getScopes() {
            return scopes;
        }

        public void setScopes(java.util.List<String> scopes) {
            this.scopes = scopes == null ? new java.util.ArrayList<>() : scopes;
        }
    }
}
