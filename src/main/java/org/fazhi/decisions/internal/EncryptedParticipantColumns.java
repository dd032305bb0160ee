package org.fazhi.decisions.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hearing participants' names, stored encrypted ({@link HearingStore}), for the field key rotation (SECURITY.md DC-02). */
@Configuration(proxyBeanMethods = false)
class EncryptedParticipantColumns {

    @Bean
    EncryptedColumn decisionHearingParticipantNameColumn() {
        return new EncryptedColumn("decision_hearing_participant", "id", "name");
    }
}
