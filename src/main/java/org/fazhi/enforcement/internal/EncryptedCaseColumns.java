package org.fazhi.enforcement.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enforcement parties' columns stored encrypted ({@link CaseStore}, {@link CaseRecord}), for the field key rotation (SECURITY.md DC-02). */
@Configuration(proxyBeanMethods = false)
class EncryptedCaseColumns {

    @Bean
    EncryptedColumn enforcementCasePartyIdNoColumn() {
        return new EncryptedColumn("enforcement_case", "id", "party_id_no");
    }

    @Bean
    EncryptedColumn enforcementCasePartyContactColumn() {
        return new EncryptedColumn("enforcement_case", "id", "party_contact");
    }

    @Bean
    EncryptedColumn enforcementCasePartyAddressColumn() {
        return new EncryptedColumn("enforcement_case", "id", "party_address");
    }
}
