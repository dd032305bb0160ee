package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * What every console and portal page answers when a service refuses: a record outside the scope is
 * the 404 page, bad input the 400 page, a refused step the 409 page with its reason. Forms catch
 * their own errors and show them beside the fields; this is the fallback. JSON controllers are
 * answered by {@link org.fazhi.shared.web.ApiProblemAdvice} first. (Access denied is left to
 * Spring Security, which answers 403.) A signed-in user sees it in the console's layout.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class ConsoleErrors {

    private final MessageSource messages;
    private final ShellModel shell;

    ConsoleErrors(MessageSource messages, ShellModel shell) {
        this.messages = messages;
        this.shell = shell;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(404, null, request, response, model);
    }

    @ExceptionHandler({InvalidInputException.class, ConstraintViolationException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MultipartException.class})
    String invalid(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String detail = e instanceof InvalidInputException iie ? text(iie.messageKey(), iie.args()) : null;
        return error(400, detail, request, response, model);
    }

    @ExceptionHandler(RefusedException.class)
    String refused(RefusedException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return error(409, text(e.messageKey(), e.args()), request, response, model);
    }

    private String error(int status, String detail, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        model.addAllAttributes(shell.attributes(request, request.getRequestURI(), request.getQueryString()));
        return ShellModel.signedIn() ? "web/error-console" : "web/error";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
