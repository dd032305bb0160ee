package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.fazhi.signin.internal.SecondFactors.Outcome;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of console sign-in (AUTH-07): the code page, and the enrolment page that shows
 * an account without a second factor its new secret (the only place a secret is ever shown; it is
 * read from the database for the page and not kept in the session) and asks for a first code.
 */
@Controller
class SecondFactorPages {

    private final SecondFactors secondFactors;
    private final MessageSource messages;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorPages(SecondFactors secondFactors, MessageSource messages) {
        this.secondFactors = secondFactors;
        this.messages = messages;
    }

    @GetMapping(SecondFactorGate.CODE_PAGE)
    String codePage(HttpServletRequest request) {
        FazhiUserDetails user = user();
        if (user == null || !SecondFactorGate.pending(request, user, secondFactors)) {
            return "redirect:/console";
        }
        if (!secondFactors.enrolled(user.userId())) {
            return "redirect:" + SecondFactorGate.ENROL_PAGE;
        }
        return "signin/totp";
    }

    @PostMapping(SecondFactorGate.CODE_PAGE)
    String checkCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        FazhiUserDetails user = user();
        if (user == null || !SecondFactorGate.pending(request, user, secondFactors)) {
            return "redirect:/console";
        }
        if (!secondFactors.enrolled(user.userId())) {
            return "redirect:" + SecondFactorGate.ENROL_PAGE;
        }
        Outcome outcome = secondFactors.verify(user.userId(), code, request.getRemoteAddr(), false);
        if (outcome == Outcome.REFUSED) {
            model.addAttribute("error", text("totp.refused"));
            return "signin/totp";
        }
        return finish(outcome, user, request, response);
    }

    @GetMapping(SecondFactorGate.ENROL_PAGE)
    String enrolPage(Model model, HttpServletRequest request) {
        FazhiUserDetails user = user();
        if (user == null || !SecondFactorGate.pending(request, user, secondFactors)) {
            return "redirect:/console";
        }
        if (secondFactors.enrolled(user.userId())) {
            return "redirect:" + SecondFactorGate.CODE_PAGE;
        }
        String secret = secondFactors.offeredSecret(user.userId());
        model.addAttribute("secret", secret.replaceAll("(.{4})(?=.)", "$1 "));
        String keyUri = SecondFactors.keyUri(user.username(), secret);
        model.addAttribute("keyUri", keyUri);
        model.addAttribute("qrCode", QrCodes.svgDataUri(keyUri));
        model.addAttribute("issuer", SecondFactors.ISSUER);
        model.addAttribute("username", user.username());
        return "signin/totp-enrol";
    }

    @PostMapping(SecondFactorGate.ENROL_PAGE)
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        FazhiUserDetails user = user();
        if (user == null || !SecondFactorGate.pending(request, user, secondFactors)) {
            return "redirect:/console";
        }
        if (secondFactors.enrolled(user.userId())) {
            return "redirect:" + SecondFactorGate.CODE_PAGE;
        }
        Outcome outcome = secondFactors.verify(user.userId(), code, request.getRemoteAddr(), true);
        if (outcome == Outcome.REFUSED) {
            model.addAttribute("error", text("totp.refused"));
            return enrolPage(model, request);
        }
        return finish(outcome, user, request, response);
    }

    /** Accepted: mark the session, give it a new id, go where sign-in was headed. Locked: end it. */
    private String finish(Outcome outcome, FazhiUserDetails user, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession();
        if (outcome == Outcome.LOCKED) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        session.setAttribute(SecondFactorGate.VERIFIED, user.userId());
        request.changeSessionId();
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (saved == null ? "/console" : saved.getRedirectUrl());
    }

    private static FazhiUserDetails user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof FazhiUserDetails u ? u : null;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
