-- Merging two records of the same child without losing either: the merged child's rows stay as
-- they are and point at the surviving child; splitting clears the pointer and both are as before.
alter table child add column merged_into uuid;
alter table child add constraint child_merged_into foreign key (merged_into) references child (id);

create table child_merge (
  id uuid primary key,
  survivor_id uuid not null references child (id),
  merged_id uuid not null references child (id),
  reason varchar(4000) not null,
  merged_at timestamp with time zone not null,
  merged_by varchar(100) not null,
  split_at timestamp with time zone,
  split_by varchar(100),
  split_reason varchar(4000)
);
create index child_merge_merged on child_merge (merged_id);
