-- Plan monitoring: facts derived from the registry, plan versions, computed indicator values,
-- milestone progress with evidence.

-- facts: one number for a data element, a statistical year, where it belongs and its
-- disaggregation (values in the order of the data element's dimensions, core/indicator/Catalogue)
create table fact (
    element        text             not null,
    year           smallint         not null,
    district_id    integer          not null default 0,
    zone_id        integer          not null default 0,
    institution_id integer          not null default 0,
    dims           text[]           not null,
    value          double precision not null
);
create index fact_element_year on fact (element, year);
create index fact_institution on fact (institution_id, year);
comment on table fact is 'derived from the registry by edubrain compute (and incrementally after changes); never edited by hand';

-- what changed in the registry since the facts were last derived (filled by triggers)
create table registry_change (
    id             bigserial primary key,
    table_name     text     not null,
    school_year    smallint,
    institution_id integer,
    learner_id     integer
);

create function note_enrolment_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into registry_change (table_name, school_year, institution_id, learner_id)
        values ('enrolment', old.school_year, old.institution_id, old.learner_id);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into registry_change (table_name, school_year, institution_id, learner_id)
        values ('enrolment', new.school_year, new.institution_id, new.learner_id);
    end if;
    return null;
end $$;
create trigger enrolment_changed after insert or update or delete on enrolment
    for each row execute function note_enrolment_change();

create function note_year_institution_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into registry_change (table_name, school_year, institution_id)
        values (tg_table_name, old.school_year, old.institution_id);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into registry_change (table_name, school_year, institution_id)
        values (tg_table_name, new.school_year, new.institution_id);
    end if;
    return null;
end $$;
create trigger teacher_assignment_changed after insert or update or delete on teacher_assignment
    for each row execute function note_year_institution_change();
create trigger fitness_result_changed after insert or update or delete on fitness_result
    for each row execute function note_year_institution_change();
create trigger school_class_changed after insert or update or delete on school_class
    for each row execute function note_year_institution_change();
create trigger facility_changed after insert or update or delete on facility
    for each row execute function note_year_institution_change();

create function note_table_change() returns trigger language plpgsql as $$
begin
    insert into registry_change (table_name) values (tg_table_name);
    return null;
end $$;
create trigger institution_changed after insert or update or delete on institution
    for each statement execute function note_table_change();
create trigger institution_membership_changed after insert or update or delete on institution_membership
    for each statement execute function note_table_change();
create trigger institution_title_changed after insert or update or delete on institution_title
    for each statement execute function note_table_change();
create trigger population_changed after insert or update or delete on population_estimate
    for each statement execute function note_table_change();
create trigger graduate_return_changed after insert or update or delete on graduate_return
    for each statement execute function note_table_change();
create trigger learner_changed after update on learner
    for each statement execute function note_table_change();

-- the plans: every version of every plan file loaded, one version in force per plan
create table plan_version (
    plan_code  text        not null,
    version    integer     not null,
    file_name  text        not null,
    content    text        not null,
    loaded_at  timestamptz not null default now(),
    loaded_by  text        not null,
    in_force   boolean     not null default false,
    primary key (plan_code, version)
);
create unique index plan_version_in_force on plan_version (plan_code) where in_force;

-- computed values of every indicator of the plans in force, for the city, districts and zones
create table indicator_value (
    plan_code        text             not null,
    indicator        text             not null,
    org_unit_id      integer          not null,
    year             smallint         not null,
    value            double precision,
    numerator        double precision,
    denominator      double precision,
    completeness     double precision,
    expected         double precision,
    status           text             not null,
    required_per_year double precision,
    forecast         double precision,
    forecast_lower   double precision,
    forecast_upper   double precision,
    computed_at      timestamptz      not null default now(),
    primary key (plan_code, indicator, org_unit_id, year)
);

-- milestones: progress entered by the responsible unit, with evidence
create table milestone_progress (
    id           bigserial primary key,
    plan_code    text        not null,
    target       text        not null,
    progress_pct numeric(5, 1) not null check (progress_pct between 0 and 100),
    note         text        not null,
    responsible  text,
    entered_at   timestamptz not null default now(),
    entered_by   text        not null
);
create index milestone_progress_target on milestone_progress (plan_code, target, entered_at desc);

create table milestone_evidence (
    id           bigserial primary key,
    progress_id  bigint      not null references milestone_progress (id),
    file_name    text        not null,
    media_type   text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    sha256       text        not null
);
