package org.fazhi.signin.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem bodies from filters, where no controller advice runs. */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemResponses(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    void write(HttpServletResponse response, int status, String code, String messageKey) throws IOException {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(org.fazhi.shared.web.ProblemTypes.of(code));
        p.setTitle(org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
        p.setDetail(messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(p));
    }
}
