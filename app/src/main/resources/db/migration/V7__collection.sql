-- Data collection (统一数据接口): submissions of files and API calls, their approval and locks,
-- the history of every changed value, aggregate returns, and identifiers for new records.

-- new records take their ids from sequences; an import first moves a sequence past the largest
-- id (records loaded with explicit ids, such as the demo city's, come before it)
create sequence institution_id_seq;
create sequence learner_id_seq;
create sequence teacher_id_seq;
create sequence school_class_id_seq;
create sequence population_source_id_seq;

create table submission (
    id             serial primary key,
    data_set       text        not null,
    file_name      text,
    file_sha256    char(64),
    channel        text        not null check (channel in ('upload', 'api', 'cli')),
    submitted_by   text        not null,
    submitted_at   timestamptz not null default now(),
    scope_org_unit_id integer,
    scope_institution_id integer,
    years          smallint[]  not null,
    institutions   integer[]   not null default '{}',
    rows_total     integer     not null,
    rows_inserted  integer     not null,
    rows_updated   integer     not null,
    rows_unchanged integer     not null,
    warnings       integer     not null,
    status         text        not null default 'submitted'
                   check (status in ('submitted', 'district_approved', 'city_approved', 'returned')),
    reviewed_by    text,
    reviewed_at    timestamptz,
    review_note    text
);
comment on table submission is '数据报送: one accepted import (file or API call), with who, when, periods and counts; rejected files leave no submission';
create index submission_data_set on submission (data_set, submitted_at desc);

-- an approved period of a data set and institution: closed to imports from the approving level and below
create table period_lock (
    data_set       text     not null,
    institution_id integer  not null,
    year           smallint not null,
    level          text     not null check (level in ('district', 'city')),
    submission_id  integer  not null references submission (id),
    locked_by      text     not null,
    locked_at      timestamptz not null default now(),
    primary key (data_set, institution_id, year)
);

create table record_history (
    id            bigserial primary key,
    submission_id integer     not null references submission (id),
    table_name    text        not null,
    record_key    text        not null,
    column_name   text        not null,
    old_value     text,
    new_value     text,
    changed_by    text        not null,
    changed_at    timestamptz not null default now()
);
comment on table record_history is 'every value an import changed: old and new value, who, when, which submission (sensitive columns are shown masked)';
create index record_history_record on record_history (table_name, record_key);

-- 汇总数据: counts that schools and districts file as numbers, per data element, unit, year and disaggregation
create table aggregate_value (
    element        text             not null,
    org_code       varchar(16)      not null,
    year           smallint         not null,
    disaggregation text             not null default '',
    dims           text[]           not null,
    institution_id integer          not null default 0,
    org_unit_id    integer          not null default 0,
    value          double precision not null,
    submission_id  integer          references submission (id),
    primary key (element, org_code, year, disaggregation)
);

-- which submission wrote a record last
alter table institution add column submission_id integer;
alter table learner add column submission_id integer;
alter table enrolment add column submission_id integer;
alter table teacher add column submission_id integer;
alter table teacher_assignment add column submission_id integer;
alter table school_class add column submission_id integer;
alter table facility add column submission_id integer;
alter table population_estimate add column submission_id integer;

create unique index school_class_name on school_class (institution_id, school_year, name_zh);
create unique index learner_identity_national_student_number on learner_identity (national_student_number);
