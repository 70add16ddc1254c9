-- The county evaluations beyond the per-school resources (docs/supervision.md): what the bureau
-- enters with evidence for the indicators the registry cannot decide, and the verdicts per
-- county-level unit, year, evaluation and part that plan monitoring counts.

-- Append-only: the latest entry of an indicator for a unit and year is in force, the earlier ones
-- are its history (who changed what, when, from which value).
create table supervision_entry (
    id          bigserial primary key,
    org_unit_id integer     not null references org_unit (id),
    school_year smallint    not null check (school_year between 2000 and 2100),
    indicator   text        not null check (indicator ~ '^[a-z0-9]{2,6}$'),
    value       numeric(14, 2),
    met         boolean,
    evidence    text        not null check (length(btrim(evidence)) between 1 and 2000),
    entered_by  text        not null,
    entered_at  timestamptz not null default now(),
    constraint supervision_entry_value_or_finding check ((value is null) <> (met is null))
);
create index supervision_entry_latest on supervision_entry (org_unit_id, school_year, indicator, id desc);
comment on table supervision_entry is '督导评估: a figure or finding entered with its evidence for an indicator of 教督〔2017〕6号 or 教督〔2020〕1号';
comment on column supervision_entry.met is 'the indicator is met; for a veto (一票否决) that it did not occur';

create table supervision_evidence (
    id         bigserial primary key,
    entry_id   bigint  not null references supervision_entry (id),
    file_name  text    not null,
    media_type text    not null,
    size_bytes integer not null,
    content    bytea   not null,
    sha256     text    not null
);
create index supervision_evidence_entry on supervision_evidence (entry_id);

create table county_evaluation (
    org_unit_id integer  not null references org_unit (id),
    school_year smallint not null,
    method      text     not null check (method in ('balanced', 'preschool')),
    part        text     not null check (part in ('overall', 'resources', 'universal', 'guarantee', 'quality', 'recognition', 'veto')),
    status      text     not null check (status in ('pass', 'fail', 'incomplete')),
    primary key (org_unit_id, school_year, method, part)
);
comment on table county_evaluation is 'the verdicts of the county evaluations as last computed (edubrain supervise compute); plan monitoring counts them';

-- A teacher's years (training hours over five years for 政府保障 9, a teacher's history): without
-- it, a plan that looks teachers up one by one reads five whole years of the primary key each time.
create index teacher_assignment_teacher on teacher_assignment (teacher_id, school_year);
