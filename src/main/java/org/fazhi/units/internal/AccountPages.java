package org.fazhi.units.internal;

import jakarta.validation.Valid;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.units.ApiTokens;
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

    AccountPages(UserAccounts accounts, ApiTokens tokens, Units units, SecuritySettings settings,
            MessageSource messages, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
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
        model.addAttribute("maxDays", ApiTokens.MAX_VALIDITY_DAYS);
        model.addAttribute("passwordMaxAgeDays", settings.password().maxAgeDays());
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(self.id()));
        model.addAttribute("secondFactorRequired",
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                        .getPrincipal() instanceof FazhiUserDetails me && secondFactors.required(me));
        if (!model.containsAttribute("fieldErrors")) {
            new FormErrors(messages).addTo(model);
        }
        return "units/account";
    }

    @PostMapping("/tokens")
    String issue(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model) {
        FormErrors errors = FormErrors.of(messages, binding)
                .labels(java.util.Map.of("name", "token.name", "validDays", "token.valid-days"));
        if (errors.isEmpty()) {
            try {
                model.addAttribute("issued", tokens.issue(form.getName(), form.getValidDays()));
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

    /** The form for a new token. */
    public static class TokenForm {

        @jakarta.validation.constraints.NotBlank
        @jakarta.validation.constraints.Size(max = 60)
        private String name;
        @jakarta.validation.constraints.NotNull
        @jakarta.validation.constraints.Min(1)
        @jakarta.validation.constraints.Max(ApiTokens.MAX_VALIDITY_DAYS)
        private Integer validDays = 90;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getValidDays() {
            return validDays;
        }

        public void setValidDays(Integer validDays) {
            this.validDays = validDays;
        }
    }
}
