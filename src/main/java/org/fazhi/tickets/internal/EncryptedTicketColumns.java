package org.fazhi.tickets.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complainant's identity columns, encrypted with FieldCipher; declared so that the key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class EncryptedTicketColumns {

    @Bean
    EncryptedColumn ticketComplainantNameColumn() {
        return new EncryptedColumn("ticket", "id", "complainant_name");
    }

    @Bean
    EncryptedColumn ticketComplainantPhoneColumn() {
        return new EncryptedColumn("ticket", "id", "complainant_phone");
    }

    @Bean
    EncryptedColumn ticketComplainantIdNoColumn() {
        return new EncryptedColumn("ticket", "id", "complainant_id_no");
    }

    @Bean
    EncryptedColumn ticketComplainantAddressColumn() {
        return new EncryptedColumn("ticket", "id", "complainant_address");
    }
}
