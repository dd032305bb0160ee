package org.fazhi.units.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account columns stored encrypted ({@link UserStore}), for the field key rotation. */
@Configuration(proxyBeanMethods = false)
class EncryptedUserColumns {

    @Bean
    EncryptedColumn userPhoneColumn() {
        return new EncryptedColumn("app_user", "id", "phone");
    }
}
