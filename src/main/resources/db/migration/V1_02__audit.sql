-- audit: append-only, hash-chained log of every change.
create table audit_event (
    seq           bigint       primary key,
    occurred_at   timestamp with time zone not null,
    actor_id      bigint,
    actor_name    varchar(64)  not null,
    actor_unit_id bigint,
    ip            varchar(64),
    entity_type   varchar(60)  not null,
    entity_id     varchar(100),
    action        varchar(60)  not null,
    outcome       varchar(10)  not null,
    changes       text         not null,
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);
create index ix_audit_event_time on audit_event (occurred_at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
create index ix_audit_event_actor on audit_event (actor_name);

-- The head of the chain: locked while an entry is appended so that entries are chained in one order.
create table audit_chain_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
