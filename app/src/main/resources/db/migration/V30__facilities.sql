-- Facilities where deported children were taken, their activities, and children's stays there.
-- Owned by org.homeward.facilities; children are referred to by id only (the registry owns them).
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
create table facility (
  id uuid primary key,
  name_uk varchar(300),
  name_ru varchar(300),
  name_en varchar(300),
  aliases varchar(4000),
  facility_type varchar(40) not null,
  country varchar(3) not null,
  region varchar(200),
  latitude double precision,
  longitude double precision,
  precision_m integer,
  location_method varchar(20),
  operator_name varchar(500),
  operator_registration varchar(100),
  operator_level varchar(30),
  operator_ministry varchar(300),
  first_seen date,
  last_seen date,
  capacity integer,
  sources varchar(8000),
  flags varchar(2000),
  created_at timestamp with time zone not null,
  created_by varchar(100) not null,
  updated_at timestamp with time zone not null,
  updated_by varchar(100) not null
);
create index facility_type_idx on facility (facility_type);
create index facility_country_idx on facility (country);

create table facility_activity (
  facility_id uuid not null references facility (id),
  activity varchar(30) not null,
  confidence varchar(10) not null,
  evidence varchar(4000),
  primary key (facility_id, activity)
);
create index facility_activity_kind on facility_activity (activity);

create table facility_stay (
  id uuid primary key,
  facility_id uuid not null references facility (id),
  child_id uuid not null,
  event_id uuid,
  stay_from date,
  stay_to date,
  source varchar(1000) not null,
  recorded_at timestamp with time zone not null,
  recorded_by varchar(100) not null
);
create index facility_stay_facility on facility_stay (facility_id);
create index facility_stay_child on facility_stay (child_id);
