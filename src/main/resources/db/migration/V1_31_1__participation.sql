-- participation: public participation (公众参与) becomes a module of its own. Normative documents'
-- consultation and comment tables move to it (renamed, ids kept, so receipt numbers and public links
-- stay valid) and become generic: a consultation is opened by any module for an exact version of a
-- text (the subject's module, type and id, the version's id, number, title, text and SHA-256 taken
-- as they were when the window opened), with the kind that says which minimum period of the rules
-- catalog applies (SD-01 for normative documents, MD-02 for major decisions). From here on only the
-- participation module reads or writes these tables.

alter table consultation rename to participation_consultation;
alter table public_comment rename to participation_comment;

alter table participation_consultation add column subject_module varchar(40);
alter table participation_consultation add column subject_type varchar(60);
alter table participation_consultation add column subject_id varchar(64);
alter table participation_consultation add column kind varchar(30);
alter table participation_consultation add column unit_id bigint;
alter table participation_consultation add column text_version_id bigint;
alter table participation_consultation add column version_no integer;
alter table participation_consultation add column title varchar(500);
alter table participation_consultation add column organiser varchar(200);
alter table participation_consultation add column body text;
alter table participation_consultation add column notes text;
alter table participation_consultation add column text_sha256 varchar(64);
alter table participation_consultation add column minimum_rule varchar(20);
alter table participation_consultation add column shortened_reason varchar(1000);
alter table participation_consultation add column withdrawn_reason varchar(1000);
alter table participation_consultation add column link varchar(300);

update participation_consultation set
    subject_module = 'normdocs',
    subject_type = 'normative-document',
    subject_id = cast(document_id as varchar(64)),
    kind = 'NORMATIVE_DOCUMENT',
    minimum_rule = 'SD-01',
    text_version_id = version_id,
    unit_id = (select d.unit_id from normative_document d where d.id = participation_consultation.document_id),
    organiser = (select b.name from normative_document d join issuing_body b on b.id = d.issuing_body_id
                 where d.id = participation_consultation.document_id),
    version_no = (select v.version_no from document_version v where v.id = participation_consultation.version_id),
    title = (select v.title from document_version v where v.id = participation_consultation.version_id),
    body = (select v.body from document_version v where v.id = participation_consultation.version_id),
    notes = (select v.drafting_notes from document_version v where v.id = participation_consultation.version_id),
    text_sha256 = (select v.sha256 from document_version v where v.id = participation_consultation.version_id),
    link = '/console/normdocs/' || cast(document_id as varchar(20)) || '#consultation';

-- the consultations of a withdrawn document are no longer public
update participation_consultation set status = 'WITHDRAWN', withdrawn_reason = (select d.withdrawn_reason
        from normative_document d where d.id = participation_consultation.document_id)
    where exists (select 1 from normative_document d where d.id = participation_consultation.document_id
                  and d.status = 'WITHDRAWN');

-- dropping the columns drops their references to normdocs' tables with them
alter table participation_consultation drop column document_id;
alter table participation_consultation drop column version_id;
alter table participation_consultation rename column text_version_id to version_id;

alter table participation_consultation alter column subject_module set not null;
alter table participation_consultation alter column subject_type set not null;
alter table participation_consultation alter column subject_id set not null;
alter table participation_consultation alter column kind set not null;
alter table participation_consultation alter column unit_id set not null;
alter table participation_consultation alter column version_id set not null;
alter table participation_consultation alter column version_no set not null;
alter table participation_consultation alter column title set not null;
alter table participation_consultation alter column organiser set not null;
alter table participation_consultation alter column body set not null;
alter table participation_consultation alter column minimum_rule set not null;
create index ix_participation_consultation_subject on participation_consultation (subject_module, subject_type,
    subject_id);
create index ix_participation_consultation_status on participation_consultation (status, closes_on);

alter table participation_comment add column text_version_id bigint;
update participation_comment set text_version_id = version_id;
alter table participation_comment drop column document_id;
alter table participation_comment drop column version_id;
alter table participation_comment rename column text_version_id to version_id;
alter table participation_comment alter column version_id set not null;

-- a comment on one numbered article of the draft (第X条); null: on the draft as a whole
alter table participation_comment add column article_no integer;
-- moderation: a comment withheld from publication, with the reason and who decided
alter table participation_comment add column withheld boolean default false not null;
alter table participation_comment add column moderation_reason varchar(1000);
alter table participation_comment add column moderated_by bigint;
alter table participation_comment add column moderated_at timestamp with time zone;
