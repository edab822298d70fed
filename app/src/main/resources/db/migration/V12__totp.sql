-- Two-factor authentication (TOTP, RFC 6238) for roles that see personal data.
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_confirmed boolean default false not null;
alter table app_user add column totp_last_step bigint;
