-- Second sign-in factor (SECURITY.md AUTH-07): a TOTP secret per account (Base32), when its
-- enrolment was confirmed (null while the secret is only offered), the last time step accepted
-- (a code at or before it is refused: each code is single-use), and the failed-code count that
-- locks the account like failed passwords do.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_enrolled_at timestamp with time zone;
alter table app_user add column totp_last_step bigint;
alter table app_user add column totp_failed_attempts integer default 0 not null;
alter table app_user add column totp_first_failure_at timestamp with time zone;
