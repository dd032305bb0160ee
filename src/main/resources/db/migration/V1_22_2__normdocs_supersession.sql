-- normdocs: a new document names the documents it amends, replaces or repeals; when it is published
-- they change validity and point to it. A cleanup verdict 修改 lists a document as to be amended
-- (it stays in force) until the amending document is published.
create table document_supersession (
    new_document_id bigint      not null references normative_document (id),
    old_document_id bigint      not null references normative_document (id),
    kind            varchar(20) not null,
    applied_on      date,
    created_by      bigint,
    created_at      timestamp with time zone not null,
    primary key (new_document_id, old_document_id)
);
create index ix_document_supersession_old on document_supersession (old_document_id);

alter table normative_document add column amendment_pending_since date;
