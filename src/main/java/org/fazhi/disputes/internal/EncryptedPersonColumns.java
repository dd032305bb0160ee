package org.fazhi.disputes.internal;

import org.fazhi.shared.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The petitioners', mediation parties', legal-aid applicants', mediators' and village legal advisers'
 * columns stored encrypted, for the field key rotation (SECURITY.md DC-02).
 */
@Configuration(proxyBeanMethods = false)
class EncryptedPersonColumns {

    @Bean
    EncryptedColumn mediatorPhoneColumn() {
        return new EncryptedColumn("mediator", "id", "phone");
    }

    @Bean
    EncryptedColumn villageAdviserPhoneColumn() {
        return new EncryptedColumn("village_adviser", "id", "phone");
    }

    @Bean
    EncryptedColumn petitionPetitionerNameColumn() {
        return new EncryptedColumn("petition", "id", "petitioner_name");
    }

    @Bean
    EncryptedColumn petitionIdNumberColumn() {
        return new EncryptedColumn("petition", "id", "id_number");
    }

    @Bean
    EncryptedColumn petitionPhoneColumn() {
        return new EncryptedColumn("petition", "id", "phone");
    }

    @Bean
    EncryptedColumn petitionAddressColumn() {
        return new EncryptedColumn("petition", "id", "address");
    }

    @Bean
    EncryptedColumn mediationPartyPersonNameColumn() {
        return new EncryptedColumn("mediation_party", "id", "person_name");
    }

    @Bean
    EncryptedColumn mediationPartyIdNumberColumn() {
        return new EncryptedColumn("mediation_party", "id", "id_number");
    }

    @Bean
    EncryptedColumn mediationPartyPhoneColumn() {
        return new EncryptedColumn("mediation_party", "id", "phone");
    }

    @Bean
    EncryptedColumn mediationPartyAddressColumn() {
        return new EncryptedColumn("mediation_party", "id", "address");
    }

    @Bean
    EncryptedColumn legalAidCaseApplicantNameColumn() {
        return new EncryptedColumn("legal_aid_case", "id", "applicant_name");
    }

    @Bean
    EncryptedColumn legalAidCaseApplicantIdNumberColumn() {
        return new EncryptedColumn("legal_aid_case", "id", "applicant_id_number");
    }

    @Bean
    EncryptedColumn legalAidCaseApplicantPhoneColumn() {
        return new EncryptedColumn("legal_aid_case", "id", "applicant_phone");
    }
}
