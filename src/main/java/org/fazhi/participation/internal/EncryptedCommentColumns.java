package org.fazhi.participation.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The comment columns stored encrypted ({@link ConsultationStore}), for the field key rotation. */
@Configuration(proxyBeanMethods = false)
class EncryptedCommentColumns {

    @Bean
    EncryptedColumn commenterNameColumn() {
        return new EncryptedColumn("participation_comment", "id", "commenter_name");
    }

    @Bean
    EncryptedColumn commentContactColumn() {
        return new EncryptedColumn("participation_comment", "id", "contact");
    }
}
