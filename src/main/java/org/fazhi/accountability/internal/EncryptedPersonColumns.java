package org.fazhi.accountability.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The name of the person held accountable, stored encrypted ({@link AccountabilityStore}), for the field key rotation (SECURITY.md DC-02). */
@Configuration(proxyBeanMethods = false)
class EncryptedPersonColumns {

    @Bean
    EncryptedColumn accountabilityCasePersonNameColumn() {
        return new EncryptedColumn("accountability_case", "id", "person_name");
    }
}
