package org.fazhi.suggestions.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The proposers' contact is personal data stored encrypted; the key rotation re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class EncryptedSuggestionColumns {

    static final String CONTACT = "suggestion.contact";

    @Bean
    EncryptedColumn suggestionContactColumn() {
        return new EncryptedColumn("suggestion", "id", "contact");
    }
}
