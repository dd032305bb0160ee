-- Personal data encrypted at rest (SECURITY.md DC-02): SM4-GCM values are longer than the plain ones
-- (prefix, key version, nonce and tag in Base64), so the columns that hold them widen. The Java
-- migration that follows widens the public comments' columns (public_comment at this version on a new
-- database, participation_comment on one that has the later rename applied; Flyway runs this band out
-- of order there) and encrypts the rows already there.
alter table app_user alter column phone set data type varchar(512);
alter table app_user alter column totp_secret set data type varchar(512);

-- One sealed known value per key version: at start-up each must open with the configured key, so a
-- lost or wrong key stops the application instead of making personal data unreadable row by row.
create table field_key_check (
    version     integer      primary key,
    sealed      varchar(200) not null,
    created_at  timestamp with time zone not null
);
