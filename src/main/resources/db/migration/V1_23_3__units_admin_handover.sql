-- 三员分立 (SECURITY.md AC-04): an account that is given an administrator role is handed over. Its
-- password (known to whoever created the account) stops working, its second factor and tokens go,
-- and it is usable again only after an administrator of the same role activates it with a one-time
-- password (or, when that role has no other holder, the one-time password is written to the
-- server's data folder for the operator). Until then it cannot sign in.
alter table app_user add column activation_pending boolean default false not null;
