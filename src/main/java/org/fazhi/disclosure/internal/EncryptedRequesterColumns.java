package org.fazhi.disclosure.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The requester's identity and contact, encrypted at rest and re-encrypted by the key rotation (SECURITY.md DC-02). */
@Configuration(proxyBeanMethods = false)
class EncryptedRequesterColumns {

    @Bean
    EncryptedColumn disclosureRequesterNameColumn() {
        return new EncryptedColumn("disclosure_request", "id", "requester_name");
    }

    @Bean
    EncryptedColumn disclosureRequesterIdNoColumn() {
        return new EncryptedColumn("disclosure_request", "id", "requester_id_no");
    }

    @Bean
    EncryptedColumn disclosureRequesterContactColumn() {
        return new EncryptedColumn("disclosure_request", "id", "requester_contact");
    }

    @Bean
    EncryptedColumn disclosureRequesterAddressColumn() {
        return new EncryptedColumn("disclosure_request", "id", "requester_address");
    }
}
