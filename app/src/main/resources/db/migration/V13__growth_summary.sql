-- The figures the value-added pages show, computed with the growth percentiles of a year (GrowthResults):
-- per subject, for each school, district (on the census day of the year) and the city, over all grades
-- (grade null) and per grade: the students with a percentile, their median growth percentile and its 95%
-- interval from order statistics, their achievement (mean scale score standardised within grade and
-- subject over the city) and mean scale score. Derived data, recomputed with the percentiles.
create table growth_summary (
    school_year   smallint      not null,
    subject       text          not null,
    level         text          not null check (level in ('school', 'district', 'city')),
    unit_id       integer       not null,  -- institution id, org unit id, or 0 for the city
    grade         varchar(2),
    students      integer       not null,
    median        numeric(4, 1) not null,
    low           smallint      not null,
    high          smallint      not null,
    achievement   double precision not null,
    mean_score    double precision not null
);
create unique index growth_summary_key on growth_summary (school_year, subject, level, unit_id, coalesce(grade, ''));
comment on table growth_summary is 'median growth percentiles of schools, districts and the city by subject (and grade), as the value-added pages show them';
