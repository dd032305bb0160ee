-- Personal data of natural persons in the business modules encrypted at rest (SECURITY.md DC-02):
-- SM4-GCM values (prefix, key version, nonce and tag in Base64) are longer than the plain ones, so the
-- columns widen; the Java migration that follows encrypts the rows already there. An enforcement
-- party's identity number gets a blind index (HMAC-SM3), searched instead of the value.
alter table enforcement_case alter column party_id_no set data type varchar(512);
alter table enforcement_case alter column party_contact set data type varchar(512);
alter table enforcement_case alter column party_address set data type varchar(2048);
alter table enforcement_case add column party_id_index varchar(64);
create index ix_enforcement_case_party_id on enforcement_case (party_id_index);

alter table reconsideration_case alter column applicant_name set data type varchar(1024);
alter table reconsideration_case alter column applicant_id_no set data type varchar(512);
alter table reconsideration_case alter column applicant_phone set data type varchar(512);
alter table reconsideration_case alter column applicant_address set data type varchar(2048);
alter table reconsideration_case alter column agent_name set data type varchar(512);

alter table petition alter column petitioner_name set data type varchar(512);
alter table petition alter column id_number set data type varchar(512);
alter table petition alter column phone set data type varchar(512);
alter table petition alter column address set data type varchar(2048);

alter table mediation_party alter column person_name set data type varchar(512);
alter table mediation_party alter column id_number set data type varchar(512);
alter table mediation_party alter column phone set data type varchar(512);
alter table mediation_party alter column address set data type varchar(2048);

alter table legal_aid_case alter column applicant_name set data type varchar(512);
alter table legal_aid_case alter column applicant_id_number set data type varchar(512);
alter table legal_aid_case alter column applicant_phone set data type varchar(512);

alter table accountability_case alter column person_name set data type varchar(512);

alter table decision_hearing_participant alter column name set data type varchar(512);

alter table legal_literate_person alter column phone set data type varchar(512);

alter table mediator alter column phone set data type varchar(512);
alter table village_adviser alter column phone set data type varchar(512);
