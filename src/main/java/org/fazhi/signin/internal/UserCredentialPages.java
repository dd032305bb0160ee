package org.fazhi.signin.internal;

import org.fazhi.shared.web.FormErrors;
import jakarta.validation.Valid;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.AccountPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's sign-in actions on an account's console page (units shows the page,
 * {@link AccountPage}): a service account's tokens (a new one is shown once) and a second-factor reset.
 */
@Controller
@RequestMapping("/console/users")
class UserCredentialPages {

    private final ApiTokens tokens;
    private final SecondFactors secondFactors;
    private final AccountPage page;
    private final MessageSource messages;

    UserCredentialPages(ApiTokens tokens, SecondFactors secondFactors, AccountPage page, MessageSource messages) {
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.page = page;
        this.messages = messages;
    }

    /** A token for a service account (security administrator); shown once on the page. */
    @PostMapping("/{id}/tokens")
    @Allowed.SecurityAdmin
    String issueServiceToken(@PathVariable long id, @Valid @ModelAttribute("tokenForm") AccountPages.TokenForm form,
            BindingResult binding, Model model) {
        FormErrors errors = FormErrors.of(messages, binding);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("issued", tokens.issueForServiceAccount(id, form.getName(),
                        java.time.Duration.ofHours(form.getValidHours()), form.getScopes()));
                model.addAttribute("tokenForm", new AccountPages.TokenForm());
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (RefusedException e) {
                errors.add(e);
            }
        }
        errors.addTo(model);
        return page.show(id, model);
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    @Allowed.SecurityAdmin
    String revokeServiceToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revokeForServiceAccount(id, tokenId);
        redirect.addFlashAttribute("flashSuccess", text("token.revoked"));
        return "redirect:/console/users/" + id;
    }

    @PostMapping("/{id}/second-factor-reset")
    @Allowed.SecurityAdmin
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        secondFactors.reset(id);
        redirect.addFlashAttribute("flashSuccess", text("totp.reset.done"));
        return "redirect:/console/users/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
