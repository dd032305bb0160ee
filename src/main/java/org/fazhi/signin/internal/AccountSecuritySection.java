package org.fazhi.signin.internal;

import org.fazhi.shared.web.FormErrors;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.AccountPageSection;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts.AccountView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Sign-in's part of an account's console page: whether the second factor is enrolled, and for the
 * security administrator a service account's tokens with the form to issue one.
 */
@Component
class AccountSecuritySection implements AccountPageSection {

    private final SecondFactors secondFactors;
    private final ApiTokens tokens;
    private final ApiScopes scopes;
    private final SecuritySettings settings;
    private final MessageSource messages;

    AccountSecuritySection(SecondFactors secondFactors, ApiTokens tokens, ApiScopes scopes,
            SecuritySettings settings, MessageSource messages) {
        this.secondFactors = secondFactors;
        this.tokens = tokens;
        this.scopes = scopes;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public void addTo(AccountView account, Model model) {
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(account.id()));
        if (account.serviceAccount() && isSecurityAdmin()) {
            model.addAttribute("serviceTokens", tokens.ofServiceAccount(account.id()));
            model.addAttribute("scopeOptions", scopes.offered());
            model.addAttribute("validityOptions",
                    AccountPages.TokenForm.upTo(settings.apiAccess().serviceTokenMaxValidity()));
            if (!model.containsAttribute("tokenForm")) {
                model.addAttribute("tokenForm", new AccountPages.TokenForm());
            }
            if (!model.containsAttribute("fieldErrors")) {
                new FormErrors(messages).addTo(model);
            }
        }
    }

    private static boolean isSecurityAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> Role.SECURITY_ADMIN.authority().equals(a.getAuthority()));
    }
}
