-- The heavy aggregations of the fact derivation (FactDerivation, phase 1), one statement per
-- staging table, in the dialect common to PostgreSQL and DuckDB (bench/ runs the same text on both).
-- {{scope:COLUMN}} limits to the institutions in scope; {{scope-learners}} to the learners with a
-- record there; {{half}} and {{table}} split the enrolments in two halves (by institution), which {{enrolments}}
-- joins again.

-- name: work.place
create unlogged table work.place as
with years as (
    select g.year from generate_series(
        coalesce(least((select min(school_year) from enrolment), (select min(year) from population_estimate)), 2020),
        coalesce(greatest((select max(school_year) from enrolment), (select max(year) from population_estimate)), 2020)) as g(year)
)
select i.id as institution_id, y.year,
       coalesce((select m.org_unit_id from institution_membership m join org_unit o on o.id = m.org_unit_id
                 where m.institution_id = i.id and o.classification = 'administrative'
                   and m.valid_from <= make_date(y.year, 9, 1)
                   and (m.valid_to is null or m.valid_to > make_date(y.year, 9, 1))
                 order by m.valid_from desc limit 1), 0) as district_id,
       coalesce((select m.org_unit_id from institution_membership m join org_unit o on o.id = m.org_unit_id
                 where m.institution_id = i.id and o.classification = 'functional'
                   and m.valid_from <= make_date(y.year, 9, 1)
                   and (m.valid_to is null or m.valid_to > make_date(y.year, 9, 1))
                 order by m.valid_from desc limit 1), 0) as zone_id,
       i.school_type, ot.is_public, i.inclusive,
       (i.opened_on is null or i.opened_on <= make_date(y.year, 9, 1))
         and (i.closed_on is null or i.closed_on > make_date(y.year, 9, 1)) as open,
       coalesce((select case when bool_or(t.title = 'model_high_school') then 'model' else 'characteristic' end
                 from institution_title t where t.institution_id = i.id and t.awarded_year <= y.year
                   and t.title in ('model_high_school', 'characteristic_high_school')), 'none') as quality
from institution i join ownership_type ot on ot.code = i.ownership cross join years y

-- name: work.enrol
-- sex, age and disability are the census attributes of each yearly record: no join with the
-- learners. Grouped on the raw columns (the cheapest keys); phase 2 caps the age and names the flag.
create unlogged table {{table}} as
select e.school_year, e.institution_id, e.grade, e.sex, e.age, e.disability, e.status, e.destination, count(*) as n
from enrolment e
where {{half}} and {{scope:e.institution_id}}
group by e.school_year, e.institution_id, e.grade, e.sex, e.age, e.disability, e.status, e.destination

-- name: work.enrolled_year
-- the institutions with enrolment records each year, and whether any is in a primary or secondary grade
create unlogged table work.enrolled_year as
select institution_id, school_year as year,
       bool_or(grade in ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3')) as school_age
from {{enrolments}} e
group by institution_id, school_year

-- name: work.cohort
-- Each learner's compulsory path (P1–J3): the first record gives the cohort (the year of grade 1,
-- year − grade + 1), the last record the institution that owns the learner, and whether the
-- learner left the city or died, or graduated from J3; then counted by cohort, owner and the
-- owner's year. The grade's place is its position in 'P1P2P3P4P5P6J1J2J3' (1, 3, … 17): text
-- functions on millions of rows cost more than the aggregation itself. Every division is exact,
-- so that it means the same where / divides integers (PostgreSQL) and where it does not (DuckDB).
create unlogged table work.cohort as
with learner as (
    select min(cast(school_year as integer) * 100 + position(grade in 'P1P2P3P4P5P6J1J2J3')) as first_row,
           max(cast(school_year as bigint) * 100000000 + institution_id) as last_row,
           bool_or(status in ('transferred_out', 'deceased')) as gone,
           bool_or(grade = 'J3' and status = 'graduated') as graduated
    from enrolment
    where grade in ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3')
      and {{scope-learners}}
    group by learner_id
)
select cast((first_row - first_row % 100) / 100 - (first_row % 100 + 1) / 2 + 1 as integer) as cohort,
       cast(last_row % 100000000 as integer) as owner,
       cast((last_row - last_row % 100000000) / 100000000 as integer) as last_year,
       count(*) as base, count(*) filter (where graduated) as graduated
from learner
where not gone
group by 1, 2, 3

-- name: work.fitness
-- per school, year, grade, sex and rating: the number tested, the number of them with item results (rows
-- reported as a total only have none), and per item the sum of the scores. A stored result has every item
-- its grade and sex are tested on, so the students with a score on an item are scored_n wherever the item's
-- sum is not null. The distribution of item scores is read from the records when a page asks for it: as
-- facts it would cost the full recompute about 4 s more (measured)
create unlogged table work.fitness as
select e.school_year, e.institution_id, e.grade, e.sex, e.rating, count(*) as n, count(e.standard_score) as scored_n,
       sum(e.bmi_score) as bmi_sum,
       sum(e.vital_capacity_score) as vital_capacity_sum,
       sum(e.run_50m_score) as run_50m_sum,
       sum(e.sit_and_reach_score) as sit_and_reach_sum,
       sum(e.rope_skip_1min_score) as rope_skip_1min_sum,
       sum(e.sit_up_1min_score) as sit_up_1min_sum,
       sum(e.run_50x8_score) as run_50x8_sum,
       sum(e.standing_long_jump_score) as standing_long_jump_sum,
       sum(e.pull_up_score) as pull_up_sum,
       sum(e.run_800m_score) as run_800m_sum,
       sum(e.run_1000m_score) as run_1000m_sum
from fitness_result e
where {{scope:e.institution_id}}
group by 1, 2, 3, 4, 5
