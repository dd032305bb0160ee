package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page and the password change every generated or expired password leads to. */
@Controller
class SignInPages {

    /** The session attribute holding the user name of a failed sign-in, shown again on the form. */
    static final String LAST_USERNAME = "fazhi.sign-in.last-username";

    private final org.fazhi.signin.Passwords passwords;
    private final CredentialStore users;
    private final AccountUserDetailsService details;
    private final MessageSource messages;
    private final SecuritySettings settings;

    SignInPages(org.fazhi.signin.Passwords passwords, CredentialStore users, AccountUserDetailsService details, MessageSource messages,
            SecuritySettings settings) {
        this.passwords = passwords;
        this.users = users;
        this.details = details;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        Object last = session == null ? null : session.getAttribute(LAST_USERNAME);
        if (last != null) {
            session.removeAttribute(LAST_USERNAME);
        }
        model.addAttribute("lastUsername", request.getParameterMap().containsKey("error") && last != null ? last : "");
        return "signin/login";
    }

    @GetMapping(PasswordChangeGate.CHANGE_PAGE)
    String passwordForm(Model model) {
        model.addAttribute("minLength", settings.password().staffMinLength());
        model.addAttribute("history", settings.password().history());
        return "signin/password";
    }

    @PostMapping(PasswordChangeGate.CHANGE_PAGE)
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errors", java.util.List.of(text("password.confirm.mismatch")));
            return passwordForm(model);
        }
        try {
            passwords.changeOwnPassword(currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.fieldProblems().stream().map(f -> text(f.messageKey(), f.args())).toList());
            return passwordForm(model);
        }
        refreshPrincipal(request);
        redirect.addFlashAttribute("flashSuccess", text("password.changed"));
        return "redirect:/console";
    }

    /** Replaces the principal in the session so the change-required flag is cleared at once. */
    private void refreshPrincipal(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiUserDetails current) {
            users.find(current.userId()).map(details::details).ifPresent(fresh -> {
                fresh.eraseCredentials();
                var updated = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
                updated.setDetails(auth.getDetails());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(updated);
                SecurityContextHolder.setContext(context);
                request.getSession().setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                // this session changed the password: it stays open, the account's other sessions end
                users.find(current.userId()).ifPresent(a -> request.getSession().setAttribute(
                        SessionLifetimeFilter.CREDENTIAL, SessionLifetimeFilter.credential(a)));
            });
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
