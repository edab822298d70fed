-- Record-level restriction: a restricted child is seen only by the users and roles granted here.
alter table child add column restricted boolean default false not null;

create table child_access_grant (
  child_id uuid not null references child (id),
  grantee varchar(120) not null,
  primary key (child_id, grantee)
);

-- Consent to tracing and to sharing with named organisations, as given by the child's family or guardian.
alter table child add column consent_tracing boolean;
alter table child add column consent_sharing varchar(500);
alter table child add column consent_given_by varchar(200);
alter table child add column consent_date date;
