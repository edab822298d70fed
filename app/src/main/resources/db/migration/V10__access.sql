-- Users and personal API tokens. Passwords are bcrypt hashes; tokens are stored as SHA-256 hashes only.
create table app_user (
  username varchar(64) primary key,
  password_hash varchar(200) not null,
  role varchar(20) not null,
  enabled boolean not null,
  failed_attempts integer not null,
  locked_until timestamp with time zone,
  created_at timestamp with time zone not null
);

create table api_token (
  id uuid primary key,
  username varchar(64) not null references app_user (username),
  name varchar(100) not null,
  token_hash varchar(64) not null unique,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone,
  revoked_at timestamp with time zone
);
