create table app_user (
    id                   serial primary key,
    username             varchar(64) not null unique check (username ~ '^[A-Za-z0-9._-]{3,64}$'),
    password_hash        text        not null,
    display_name         text,
    role                 text        not null check (role in ('city_admin', 'district_admin', 'school_admin',
                             'supervisor', 'analyst')),
    scope_org_unit_id    integer references org_unit (id),
    -- no foreign key: the registry's institutions may be reloaded; the application checks the id
    scope_institution_id integer,
    enabled              boolean     not null default true,
    created_at           timestamptz not null default now(),
    created_by           text        not null,
    check ((scope_org_unit_id is null) <> (scope_institution_id is null)),
    check ((role = 'school_admin') = (scope_institution_id is not null))
);
comment on table app_user is 'users: a role and an org-unit (or institution) scope that filters every query';

create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    object_type text        not null,
    object_key  text,
    detail      jsonb,
    remote_addr text
);
comment on table audit_event is 'reads and writes of sensitive attributes and every administrative action; never holds the sensitive values themselves';
create index audit_event_at on audit_event (at desc);
