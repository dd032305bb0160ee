-- disclosure: the register of proactive disclosure items (GI-05) — formed or changed, the day it must be public
-- by (from the rules catalog and the official calendar), the module that registered it from its own
-- publication (null: staff), and a version for the publication step.
alter table disclosure_item add column change_kind varchar(10) not null default 'FORMED';
alter table disclosure_item add column due_on date;
alter table disclosure_item add column source varchar(40);
alter table disclosure_item add column source_ref varchar(80);
alter table disclosure_item add column updated_at timestamp with time zone;
alter table disclosure_item add column lock_version integer not null default 0;
create index ix_disclosure_item_published on disclosure_item (published_on, id);
create unique index ux_disclosure_item_source on disclosure_item (source, source_ref);
