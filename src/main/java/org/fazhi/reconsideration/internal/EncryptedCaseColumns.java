package org.fazhi.reconsideration.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The applicant's columns stored encrypted ({@link CaseStore}, {@link CaseRecord}), for the field key rotation (SECURITY.md DC-02). */
@Configuration(proxyBeanMethods = false)
class EncryptedCaseColumns {

    @Bean
    EncryptedColumn reconsiderationCaseApplicantNameColumn() {
        return new EncryptedColumn("reconsideration_case", "id", "applicant_name");
    }

    @Bean
    EncryptedColumn reconsiderationCaseApplicantIdNoColumn() {
        return new EncryptedColumn("reconsideration_case", "id", "applicant_id_no");
    }

    @Bean
    EncryptedColumn reconsiderationCaseApplicantPhoneColumn() {
        return new EncryptedColumn("reconsideration_case", "id", "applicant_phone");
    }

    @Bean
    EncryptedColumn reconsiderationCaseApplicantAddressColumn() {
        return new EncryptedColumn("reconsideration_case", "id", "applicant_address");
    }

    @Bean
    EncryptedColumn reconsiderationCaseAgentNameColumn() {
        return new EncryptedColumn("reconsideration_case", "id", "agent_name");
    }
}
