-- rules: each rule's direction (which way a locality may move its numbers), counting (forward, back
-- from an event, a term counting its first day), legal force, the provision behind its rest-day
-- rollover, a second value for a named class of cases, and the internal verification note kept apart
-- from the public source. A local value belongs to the unit that set it and applies in its subtree.

alter table rule_def add column alternate_amount numeric(10,2);
alter table rule_def add column alternate_date varchar(5);
alter table rule_def add column alternate_scope varchar(200);
alter table rule_def add column counting varchar(10) default 'FORWARD' not null;
alter table rule_def add column direction varchar(20);
alter table rule_def add column max_direction varchar(20);
alter table rule_def add column legal_force varchar(10) default 'STATUTORY' not null;
alter table rule_def add column rollover_basis varchar(200);
alter table rule_def add column note varchar(1000);

alter table rule_override add column unit_id bigint;
alter table rule_override add column alternate_amount numeric(10,2);
-- a local value set before this change belongs to the unit of the account that set it
update rule_override set unit_id = (select a.unit_id from app_user a where a.username = rule_override.created_by);
update rule_override set unit_id = (select min(u.id) from unit u where u.parent_id is null) where unit_id is null;
alter table rule_override alter column unit_id set not null;

drop index ux_rule_override_rule_date;
create unique index ux_rule_override_rule_unit_date on rule_override (rule_id, unit_id, effective_from);
create index ix_rule_override_unit on rule_override (unit_id);
