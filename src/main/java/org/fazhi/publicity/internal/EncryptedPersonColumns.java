package org.fazhi.publicity.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A 法律明白人's phone, stored encrypted ({@link PublicityStore}), for the field key rotation (SECURITY.md DC-02). */
@Configuration(proxyBeanMethods = false)
class EncryptedPersonColumns {

    @Bean
    EncryptedColumn legalLiteratePersonPhoneColumn() {
        return new EncryptedColumn("legal_literate_person", "id", "phone");
    }
}
