package org.fazhi.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a JSON API controller into an RFC 9457 problem: bad input 400 with the
 * offending fields, out of scope 404, refused by the procedure 409, never a stack trace. An
 * unexpected exception is logged and answered 500 without detail: it is a bug.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    public ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "not-found", text("problem.not-found"));
        p.setProperty("entity", e.entity());
        return p;
    }

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "refused", text(e.messageKey(), e.args()));
        p.setTitle(text("problem.refused.title"));
        p.setProperty("code", e.code());
        return p;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatusCode.valueOf(e.status()), e.code(), text(e.messageKey(), e.args()));
        if (!e.fieldProblems().isEmpty()) {
            p.setProperty("errors", e.fieldProblems().stream()
                    .map(f -> Map.of("field", f.field(), "message", text(f.messageKey(), f.args())))
                    .toList());
        }
        return p;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("problem.invalid-input"));
        p.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList());
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("problem.invalid-input"));
        p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", text("problem.type-mismatch"))));
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("problem.forbidden"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "stale", text("problem.stale"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation answered 409: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", text("problem.conflict"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", text("problem.too-large")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("problem.internal"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldErrors(ex));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("problem.invalid-input"));
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(Map.of(
                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                "message", messages.getMessage(err, LocaleContextHolder.getLocale())))));
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException iie) {
                // a rule checked while the body was read (e.g. a NUL in a string): named like any other
                ProblemDetail p = invalid(iie);
                return ResponseEntity.status(iie.status()).body(p);
            }
            if (t instanceof InputGuard.BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", text("problem.too-large")));
            }
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "unreadable", text("problem.unreadable"));
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail p && p.getType() != null && "about:blank".equals(p.getType().toString())) {
            p.setType(ProblemTypes.of("http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ProblemDetail fieldErrors(BindException ex) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", text("problem.invalid-input"));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", messages.getMessage(fe, LocaleContextHolder.getLocale())));
        }
        ex.getGlobalErrors().forEach(ge -> errors.add(Map.of("field", ge.getObjectName(),
                "message", messages.getMessage(ge, LocaleContextHolder.getLocale()))));
        p.setProperty("errors", errors);
        return p;
    }

    private ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(ProblemTypes.of(code));
        HttpStatus known = HttpStatus.resolve(status.value());
        p.setTitle(known == null ? code : known.getReasonPhrase());
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
