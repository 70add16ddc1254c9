-- EduBrain registry: the records of a city's education system (DESIGN.md, "The data model").
-- Codes: GB/T 2260 for divisions, JY/T 1001 for institution types, GB/T 2261.1 for sex,
-- GB/T 26341 for disability categories. Statistical year t = the census day (1 September) of
-- school year t/t+1.

create table org_unit (
    id             integer primary key,
    code           varchar(12) not null unique,
    name_zh        text not null,
    name_en        text not null,
    kind           text not null check (kind in ('city', 'district', 'county', 'county_level_city', 'functional_zone')),
    classification text not null check (classification in ('administrative', 'functional')),
    area_km2       numeric(10, 1)
);
comment on table org_unit is '行政区划与功能区: the city, its county-level units (GB/T 2260) and its functional zones';

create table org_unit_parent (
    child_id   integer not null references org_unit (id),
    parent_id  integer not null references org_unit (id),
    valid_from date    not null,
    valid_to   date,
    primary key (child_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
comment on table org_unit_parent is 'effective-dated hierarchy: valid_from inclusive, valid_to exclusive, null = still valid';

create table school_type (
    code            varchar(3) primary key,
    name_zh         text    not null,
    name_en         text    not null,
    verified        boolean not null,
    local_extension boolean not null
);
comment on table school_type is '办学类型 (JY/T 1001); codes beginning with X are EduBrain extensions';

insert into school_type (code, name_zh, name_en, verified, local_extension) values
    ('111', '幼儿园', 'kindergarten', true, false),
    ('211', '小学', 'primary school', true, false),
    ('218', '小学教学点', 'primary teaching point', false, false),
    ('311', '初级中学', 'junior secondary school', true, false),
    ('312', '九年一贯制学校', 'nine-year school', true, false),
    ('341', '完全中学', 'complete secondary school', false, false),
    ('342', '高级中学', 'senior secondary school', true, false),
    ('345', '十二年一贯制学校', 'twelve-year school', true, false),
    ('361', '中等职业学校', 'secondary vocational school', true, false),
    ('369', '其他中职机构', 'other secondary vocational institution', true, false),
    ('411', '大学', 'university', false, false),
    ('412', '学院', 'college (bachelor level)', false, false),
    ('415', '高等职业学校', 'higher vocational college', false, false),
    ('514', '特殊教育学校', 'special education school', true, false),
    ('X01', '社区学校', 'community-education site', false, true),
    ('X02', '老年大学（学校）', 'elderly-education site', false, true);

create table ownership_type (
    code      varchar(3) primary key,
    name_zh   text    not null,
    name_en   text    not null,
    is_public boolean not null
);
comment on table ownership_type is '举办者: is_public follows the 2020 preschool-supervision definition of 公办';

insert into ownership_type (code, name_zh, name_en, is_public) values
    ('EDU', '教育部门办', 'run by an education department', true),
    ('GOV', '其他部门办', 'run by another government department', true),
    ('MIL', '部队办', 'run by the army', true),
    ('PUB', '事业单位办', 'run by a public institution', true),
    ('SOE', '国有企业办', 'run by a state-owned enterprise', true),
    ('COL', '集体办', 'run by a collective', true),
    ('PRV', '民办', 'private', false);

create table education_group (
    id          integer primary key,
    name_zh     text     not null,
    formed_year smallint not null
);

create table institution (
    id                 integer primary key,
    code               varchar(16) not null unique,
    name_zh            text        not null,
    name_en            text,
    school_type        varchar(3)  not null references school_type (code),
    ownership          varchar(3)  not null references ownership_type (code),
    inclusive          boolean     not null default false,
    urban              boolean,
    street             text,
    opened_on          date,
    closed_on          date,
    education_group_id integer references education_group (id),
    check (not inclusive or ownership = 'PRV'),
    check (closed_on is null or opened_on is null or closed_on > opened_on)
);
comment on column institution.code is '学校标识码';
comment on column institution.inclusive is '普惠性民办幼儿园: a private kindergarten recognised as inclusive';

create table institution_membership (
    institution_id integer not null references institution (id),
    org_unit_id    integer not null references org_unit (id),
    valid_from     date    not null,
    valid_to       date,
    primary key (institution_id, org_unit_id, valid_from),
    check (valid_to is null or valid_to > valid_from)
);
comment on table institution_membership is 'which district (and functional zone) an institution belongs to, effective-dated';
create index institution_membership_org_unit on institution_membership (org_unit_id);

create table institution_title (
    institution_id integer  not null references institution (id),
    title          text     not null check (title in ('model_high_school', 'characteristic_high_school',
                        'demonstration_kindergarten', 'standardised_management', 'labour_education_model',
                        'campus_football')),
    level          text     not null check (level in ('national', 'provincial', 'city', 'district')),
    awarded_year   smallint not null,
    primary key (institution_id, title, level)
);

create table population_source (
    id          integer primary key,
    name        text not null,
    version     text not null,
    description text,
    unique (name, version)
);

create table population_estimate (
    source_id        integer  not null references population_source (id),
    org_unit_id      integer  not null references org_unit (id),
    year             smallint not null,
    age              smallint not null check (age between 0 and 120),
    sex              char(1)  not null check (sex in ('1', '2')),
    population_group text     not null check (population_group in ('resident', 'disabled_register')),
    count            integer  not null check (count >= 0),
    primary key (source_id, org_unit_id, year, population_group, age, sex)
);
comment on table population_estimate is 'population by org unit, single year of age and sex on the census day, each estimate with its source and version';

create table learner (
    id         integer primary key,
    key        varchar(16) not null unique,
    sex        char(1)     not null check (sex in ('1', '2')),
    birth_date date        not null,
    disability varchar(1) check (disability in ('1', '2', '3', '4', '5', '6', '7')),
    hukou_type text        not null check (hukou_type in ('local', 'province', 'other_province', 'none'))
);
comment on column learner.key is 'pseudonymous key: the only learner identifier shown outside the identity table';

create table learner_identity (
    learner_id              integer primary key references learner (id),
    national_student_number varchar(24),
    id_number               varchar(18)
);
comment on table learner_identity is 'sensitive attributes (DESIGN.md, Personal data): shown masked, every read audited';
create unique index learner_identity_id_number on learner_identity (id_number);

create table school_class (
    id             integer primary key,
    institution_id integer     not null references institution (id),
    school_year    smallint    not null,
    grade          varchar(2)  not null,
    name_zh        text        not null,
    kind           text        not null check (kind in ('regular', 'special')),
    size           smallint    not null check (size >= 0)
);
create index school_class_institution on school_class (institution_id, school_year);

create table enrolment (
    school_year    smallint   not null,
    learner_id     integer    not null references learner (id),
    institution_id integer    not null references institution (id),
    grade          varchar(2) not null check (grade in ('K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1',
                       'J2', 'J3', 'S1', 'S2', 'S3', 'V1', 'V2', 'V3', 'C1', 'C2', 'C3')),
    class_id       integer references school_class (id),
    status         text       not null check (status in ('enrolled', 'transferred_in', 'transferred_out',
                       'graduated', 'dropped_out', 'deceased')),
    destination    text check (destination in ('further_study', 'employment', 'other')),
    delivery       text       not null default 'on_site' check (delivery in ('on_site', 'home')),
    primary key (school_year, learner_id)
);
comment on table enrolment is '学籍: one row per learner and school year, as on the census day; status as at the end of that school year';
create index enrolment_institution on enrolment (institution_id, school_year);
create index enrolment_learner on enrolment (learner_id);

create table teacher (
    id         integer primary key,
    key        varchar(16) not null unique,
    sex        char(1)     not null check (sex in ('1', '2')),
    birth_date date        not null
);

create table teacher_assignment (
    school_year         smallint not null,
    teacher_id          integer  not null references teacher (id),
    institution_id      integer  not null references institution (id),
    post                text     not null check (post in ('teacher', 'substitute', 'health', 'staff')),
    stage               text     not null check (stage in ('preschool', 'primary', 'junior', 'senior',
                            'secondary_vocational', 'higher_vocational', 'bachelor', 'master', 'doctorate',
                            'special', 'continuing')),
    subject             text,
    professional_course boolean  not null default false,
    highest_degree      text     not null check (highest_degree in ('below_senior', 'senior_secondary',
                            'junior_college', 'bachelor', 'master', 'doctorate')),
    ece_trained         boolean  not null default false,
    certificate         text,
    dual_qualified      boolean  not null default false,
    training_hours      smallint not null default 0 check (training_hours >= 0),
    primary key (school_year, teacher_id)
);
comment on column teacher_assignment.post is 'only ''teacher'' counts as 专任教师';
comment on column teacher_assignment.ece_trained is '接受过学前教育专业教育或培训';
comment on column teacher_assignment.dual_qualified is '双师型';
create index teacher_assignment_institution on teacher_assignment (institution_id, school_year);

create table facility (
    institution_id        integer  not null references institution (id),
    school_year           smallint not null,
    building_area_m2      numeric(12, 1),
    sports_area_m2        numeric(12, 1),
    equipment_value_yuan  bigint,
    multimedia_classrooms integer,
    books                 integer,
    primary key (institution_id, school_year)
);

create table fitness_result (
    school_year    smallint     not null,
    learner_id     integer      not null references learner (id),
    institution_id integer      not null references institution (id),
    grade          varchar(2)   not null,
    total_score    numeric(5, 2) not null,
    rating         text         not null check (rating in ('excellent', 'good', 'pass', 'fail')),
    primary key (school_year, learner_id)
);
comment on table fitness_result is '国家学生体质健康标准 (2014): the year''s total score (学年总分) and rating as reported';
create index fitness_result_institution on fitness_result (institution_id, school_year);

create table graduate_return (
    institution_id  integer  not null references institution (id),
    graduation_year smallint not null,
    stage           text     not null check (stage in ('higher_vocational', 'bachelor', 'master', 'doctorate')),
    graduates       integer  not null check (graduates >= 0),
    further_study   integer  not null check (further_study >= 0),
    primary key (institution_id, graduation_year, stage),
    check (further_study <= graduates)
);
comment on table graduate_return is '毕业生去向: counts filed by institutions whose students the registry does not hold individually';

-- one row: bumped by every write to the registry, so that caches know when to refresh
create table data_version (
    id         smallint primary key check (id = 1),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into data_version values (1, 0, now());

create table demo_dataset (
    id                smallint primary key check (id = 1),
    scale             numeric(8, 4) not null,
    seed              bigint        not null,
    generator_version text          not null,
    loaded_at         timestamptz   not null,
    row_counts        jsonb         not null
);
comment on table demo_dataset is 'present when the registry holds the synthetic demo city, written in the same transaction as its records';
