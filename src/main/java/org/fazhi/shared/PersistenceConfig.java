package org.fazhi.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC with the platform's portable DDL: the migrations create unquoted snake_case names,
 * which H2 folds to upper case and PostgreSQL to lower case, so the aggregates' SQL must not quote
 * them either (quoted {@code "normative_document"} would miss H2's {@code NORMATIVE_DOCUMENT}).
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
