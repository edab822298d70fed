-- The audit ledger: append-only, each entry carries the SHA-256 of the one before.
-- audit_head holds the latest link; appends lock it, so entries are chained in one order even with
-- several processes (the server and an operator command) writing to the same database.
create table audit_entry (
  seq bigint primary key,
  occurred_at timestamp with time zone not null,
  actor varchar(100) not null,
  action varchar(40) not null,
  target_type varchar(40),
  target_id varchar(100),
  detail varchar(20000),
  remote_address varchar(100),
  prev_hash varchar(64) not null,
  entry_hash varchar(64) not null
);
create index audit_entry_target on audit_entry (target_type, target_id);
create index audit_entry_actor on audit_entry (actor);

create table audit_head (
  id integer primary key,
  seq bigint not null,
  entry_hash varchar(64) not null
);
insert into audit_head (id, seq, entry_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
