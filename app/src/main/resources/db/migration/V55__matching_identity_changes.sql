-- Matching: a counter of committed identity changes, raised in the same transaction as every
-- change of an identity version (by whichever process makes it: the server, an operator command,
-- a batch job). The persisted candidate index records the database id and the count it reflects,
-- and is loaded at start only when both are still the same. The database id is drawn at first
-- use, so that an index file never passes for another database's (a copy, a restored backup).
create table identity_change_count (
  id integer primary key,
  database_id varchar(36),
  changes bigint not null
);
insert into identity_change_count (id, changes) values (1, 0);
