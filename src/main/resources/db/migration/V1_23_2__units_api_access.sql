-- The JSON API without the second factor's back door (SECURITY.md AUTH-07).
--
-- A service account is an explicit account for system-to-system calls: it never signs in to the
-- console, holds no administrator role, and reaches the API only with tokens the security
-- administrator issues for it (scoped, time-limited, audited).
alter table app_user add column service_account boolean default false not null;

-- Tokens carry their scopes (space-separated "area:read" / "area:write", "all:read" / "all:write"),
-- who issued them (the owner, or the security administrator for a service account) and why they were
-- revoked (by the owner, or with a password change or reset, disabling, a second-factor reset).
alter table api_token add column scopes varchar(2000) default 'all:read' not null;
alter table api_token add column issued_by bigint;
alter table api_token add column revoked_reason varchar(40);

-- Tokens issued before this release were minted with a password alone and without scopes: revoked.
update api_token set revoked_at = current_timestamp, revoked_reason = 'upgrade' where revoked_at is null;
