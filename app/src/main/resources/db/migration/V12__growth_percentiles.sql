-- Student growth percentiles (学业增长百分位, 增值评价; docs/valueadded.md), computed by the platform from
-- exam_result as R package SGP 2.2.0.0 computes them: one row per student, subject and school year with a
-- percentile. Derived data: recomputed whole for a year (GrowthResults.compute), so without foreign keys (the
-- demo city's bulk load replaces learner and institution).
create table growth_percentile (
    school_year    smallint     not null,
    subject        text         not null check (subject in ('MATHEMATICS', 'READING')),
    learner_id     integer      not null,
    institution_id integer      not null,
    grade          varchar(2)   not null,
    scale_score    numeric(5, 1) not null,
    sgp            smallint     not null check (sgp between 1 and 99),
    sgp_order_1    smallint     not null check (sgp_order_1 between 1 and 99),
    sgp_order_2    smallint              check (sgp_order_2 between 1 and 99),
    primary key (school_year, subject, learner_id)
);
comment on table growth_percentile is '学业增长百分位: a student''s growth percentile in a subject and school year (SGP), with the scale score and the school tested in';
comment on column growth_percentile.sgp is 'the growth percentile of the highest order whose cohort holds the student (1–99)';
comment on column growth_percentile.sgp_order_2 is 'with two earlier scores; null when the student has only last year''s';
create index growth_percentile_institution on growth_percentile (institution_id, school_year, subject);

-- The last computation of each year: when, from how many exam results, and how many percentiles came out.
create table growth_run (
    school_year   smallint    primary key,
    computed_at   timestamptz not null,
    results       integer     not null,
    percentiles   integer     not null,
    seconds       numeric(7, 2) not null
);
