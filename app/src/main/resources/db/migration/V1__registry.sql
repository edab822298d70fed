-- The registry of children. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
create sequence child_case_seq start with 1;

create table child (
  id uuid primary key,
  case_number varchar(20) not null unique,
  status varchar(30) not null,
  synthetic boolean not null,
  notes varchar(10000),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  row_version integer not null
);

create table identity_version (
  id uuid primary key,
  child_id uuid not null references child (id),
  seq integer not null,
  given_name varchar(200),
  family_name varchar(200),
  patronymic varchar(200),
  sex varchar(7) not null,
  birth_date varchar(10),
  birth_year integer,
  settlement varchar(200),
  oblast varchar(100),
  oblast_key varchar(100),
  name_key varchar(700),
  citizenship varchar(3),
  documents varchar(4000),
  guardian_name varchar(300),
  guardian_relationship varchar(100),
  guardian_contact varchar(1000),
  source_ref varchar(1000),
  valid_from date,
  valid_to date,
  imposed boolean not null,
  recorded_at timestamp with time zone not null,
  recorded_by varchar(100) not null,
  constraint identity_version_seq unique (child_id, seq)
);
create index identity_version_child on identity_version (child_id);
create index identity_version_oblast on identity_version (oblast_key);
create index identity_version_birth_year on identity_version (birth_year);

create table status_change (
  id uuid primary key,
  child_id uuid not null references child (id),
  seq integer not null,
  from_status varchar(30),
  to_status varchar(30) not null,
  changed_on date not null,
  reason varchar(4000) not null,
  recorded_at timestamp with time zone not null,
  recorded_by varchar(100) not null,
  constraint status_change_seq unique (child_id, seq)
);

create table child_event (
  id uuid primary key,
  child_id uuid not null references child (id),
  event_type varchar(30) not null,
  event_date varchar(10),
  event_sort date,
  place varchar(300),
  description varchar(4000) not null,
  sources varchar(4000),
  recorded_at timestamp with time zone not null,
  recorded_by varchar(100) not null
);
create index child_event_child on child_event (child_id);
