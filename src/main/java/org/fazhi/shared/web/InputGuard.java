package org.fazhi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input refused before anything reads it (SECURITY.md INT-01), ahead of every other filter but the
 * request id:
 * <ul>
 * <li>a body larger than its kind allows (forms: {@code server.tomcat.max-http-form-post-size};
 * uploads: {@code spring.servlet.multipart.max-request-size}; JSON and the rest:
 * {@code fazhi.web.max-body-size}, or an endpoint's own {@link LargeBody} limit) answers 413 without
 * being read: by its Content-Length at once,
 * or, sent in chunks, as soon as the limit is passed;</li>
 * <li>a form or query parameter with a NUL or a lone surrogate ({@link TextRules}) answers 400
 * naming the field.</li>
 * </ul>
 * The JSON API gets an RFC 9457 problem; pages get the error page with the reason in Chinese (or
 * English). JSON bodies are checked as they are read ({@link JsonTextRules}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class InputGuard extends OncePerRequestFilter {

    /** The request attribute the error page shows as the reason. */
    public static final String DETAIL = InputGuard.class.getName() + ".detail";

    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<LocaleResolver> locales;
    private final long formLimit;
    private final long uploadLimit;
    private final long bodyLimit;
    private final ObjectProvider<LargeBody> largeBodies;

    InputGuard(MessageSource messages, JsonMapper json, ObjectProvider<LocaleResolver> locales,
            ObjectProvider<LargeBody> largeBodies,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize uploadLimit,
            @Value("${fazhi.web.max-body-size:4MB}") DataSize bodyLimit) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
        this.largeBodies = largeBodies;
        this.formLimit = formLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.bodyLimit = bodyLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "problem.too-large.limit", null,
                    DataSize.ofBytes(limit).toMegabytes());
            return;
        }
        HttpServletRequest checked = length < 0 && hasBody(request) ? new LimitedBody(request, limit) : request;
        String field;
        try {
            field = forbiddenParameter(checked);
        } catch (IllegalStateException tooLarge) {
            // a chunked form or upload past its limit, found while the container read its parameters
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "problem.too-large.limit", null,
                    DataSize.ofBytes(limit).toMegabytes());
            return;
        }
        if (field != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "forbidden-characters", "problem.forbidden-characters",
                    field);
            return;
        }
        chain.doFilter(checked, response);
    }

    private long limitFor(HttpServletRequest request) {
        String contentType = request.getContentType();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            return uploadLimit;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return formLimit;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (LargeBody large : largeBodies) {
            if (large.matches(request.getMethod(), path)) {
                return large.limit().toBytes();
            }
        }
        return bodyLimit;
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    /** The first parameter (name or value) holding a forbidden character, or null. */
    private static String forbiddenParameter(HttpServletRequest request) {
        if (!TextRules.allowed(request.getServletPath()) || !TextRules.allowed(request.getPathInfo())) {
            return "url";
        }
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!TextRules.allowed(e.getKey())) {
                return "parameter";
            }
            for (String v : e.getValue()) {
                if (!TextRules.allowed(v)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String messageKey, String field, Object... args) throws IOException {
        // the rest of the body is not read: the container closes the connection rather than swallow it
        response.setHeader("Connection", "close");
        // this filter runs before the one that sets the request's locale: ask the application's resolver
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver != null ? resolver.resolveLocale(request) : LocaleContextHolder.getLocale();
        String detail = messages.getMessage(messageKey, args, messageKey, locale);
        if (field != null) {
            detail = messages.getMessage("input.field", new Object[] {field, detail}, detail, locale);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
            p.setType(ProblemTypes.of(code));
            p.setTitle(status.getReasonPhrase());
            if (field != null) {
                p.setProperty("errors", List.of(Map.of("field", field,
                        "message", messages.getMessage("input.forbidden-characters", null, locale))));
            }
            response.setStatus(status.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(p));
        } else {
            request.setAttribute(DETAIL, detail);
            response.sendError(status.value());
        }
    }

    /** A body sent in chunks, cut off once it passes the limit. */
    public static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
