-- Personal data encrypted at rest (SECURITY.md DC-02): SM4-GCM values are longer than the plain ones
-- (prefix, key version, nonce and tag in Base64), so the columns that hold them widen. The Java
-- migration that follows encrypts the rows already there. (The public comments are in public_comment at
-- this version; a later migration renames it participation_comment.)
alter table app_user alter column phone set data type varchar(512);
alter table app_user alter column totp_secret set data type varchar(512);
alter table public_comment alter column commenter_name set data type varchar(512);
alter table public_comment alter column contact set data type varchar(512);

-- One sealed known value per key version: at start-up each must open with the configured key, so a
-- lost or wrong key stops the application instead of making personal data unreadable row by row.
create table field_key_check (
    version     integer      primary key,
    sealed      varchar(200) not null,
    created_at  timestamp with time zone not null
);
