package org.fazhi.shared.web;

import java.util.List;
import org.fazhi.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from JSON follows {@link TextRules}: a NUL or a lone surrogate (as
 * {@code \u0000} or {@code \ud800} escapes) makes the body a 400 problem naming the field, before any
 * service sees it.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextRules {

    @Bean
    JacksonModule textRulesModule() {
        return new SimpleModule("fazhi-text-rules").addDeserializer(String.class, new CheckedStrings());
    }

    /** The standard string deserializer, then the check. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            if (value != null && !TextRules.allowed(value)) {
                String field = p.currentName() == null ? "body" : p.currentName();
                throw new InvalidInputException(400, "forbidden-characters", "problem.forbidden-characters",
                        List.of(new InvalidInputException.FieldProblem(field, "input.forbidden-characters", null)));
            }
            return value;
        }
    }
}
