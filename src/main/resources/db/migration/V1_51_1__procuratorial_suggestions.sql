-- Suggestions to a unit come from a court (司法建议) or a procuratorate (检察建议); the column court
-- holds the issuing body's name either way.
alter table judicial_suggestion add column issuer varchar(16) default 'COURT' not null;
