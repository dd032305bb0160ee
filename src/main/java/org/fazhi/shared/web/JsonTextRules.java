package org.fazhi.shared.web;

import java.util.List;
import org.fazhi.shared.InvalidInputException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Every string read from JSON follows {@link TextRules}: a NUL or a lone surrogate (as
 * {@code \u0000} or {@code \ud800} escapes) makes the body a 400 problem naming the field, before any
 * service sees it. A number, boolean, date or enum field given an empty or blank string (NUL and other
 * control characters count as blank: Jackson trims them) is a 400 too: by default Jackson reads such a
 * string as null, so a bad value in an optional field was stored as if the field had been left out
 * (the OpenAPI fuzz stored a judicial suggestion with {@code "litigationCaseId":"\u0000"}).
 */
@Configuration(proxyBeanMethods = false)
class JsonTextRules {

    @Bean
    JacksonModule textRulesModule() {
        return new SimpleModule("fazhi-text-rules").addDeserializer(String.class, new CheckedStrings());
    }

    /** An empty or blank string is no number, boolean, date or enum value: refused, never read as null. */
    @Bean
    JsonMapperBuilderCustomizer blankIsNoValue() {
        return builder -> {
            for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                    LogicalType.DateTime, LogicalType.Enum)) {
                builder.withCoercionConfig(type, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false));
            }
        };
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
