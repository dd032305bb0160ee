-- normdocs: a drafter who does not open a document that affects rights and duties to public comment
-- records why (e.g. it must be kept confidential); the reviewer reads it.
alter table normative_document add column no_consultation_reason varchar(1000);
