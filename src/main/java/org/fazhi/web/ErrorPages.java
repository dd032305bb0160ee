package org.fazhi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows when no controller answered (unknown path, wrong method,
 * oversized body): a problem body under /api, a friendly page elsewhere — in the console's layout for
 * a signed-in user, in the portal's (with its navigation) for everyone else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;
    private final ShellModel shell;

    ErrorPages(MessageSource messages, ShellModel shell) {
        this.messages = messages;
        this.shell = shell;
    }

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(ProblemTypes.of("http-" + status.value()));
        p.setTitle(status.getReasonPhrase());
        p.setDetail(messages.getMessage("error." + status.value(), null,
                messages.getMessage("error.other", null, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, Model model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return problem(request);
        }
        HttpStatus status = status(request);
        model.addAttribute("status", status.value());
        model.addAllAttributes(shell.attributes(request, uri == null ? "/" : uri.toString(), null));
        return ShellModel.signedIn() ? "web/error-console" : "web/error";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
