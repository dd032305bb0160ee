-- Security labels and clearances (SECURITY.md AC-07, GB/T 22239 8.1.4.2 g): every staff account
-- holds a clearance and every stored file a label, each one of PUBLIC (公开), INTERNAL (内部) or
-- SENSITIVE (敏感); reading a labelled file needs a clearance at or above its label. Existing rows
-- are INTERNAL: every account may read what it could read before.
alter table app_user add column clearance varchar(16) default 'INTERNAL' not null;
alter table app_user add constraint ck_app_user_clearance check (clearance in ('PUBLIC', 'INTERNAL', 'SENSITIVE'));
alter table stored_file add column security_label varchar(16) default 'INTERNAL' not null;
alter table stored_file add constraint ck_stored_file_label
    check (security_label in ('PUBLIC', 'INTERNAL', 'SENSITIVE'));
