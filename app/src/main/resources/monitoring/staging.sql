-- The heavy aggregations of the fact derivation (FactDerivation, phase 1), one statement per
-- staging table, in the dialect common to PostgreSQL and DuckDB (bench/ runs the same text on both).
-- {{scope:COLUMN}} limits to the institutions in scope; {{scope-learners}} to the learners with a
-- record there; {{years}} and {{table}} split the enrolments in two halves.

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

-- name: work.learner
create unlogged table work.learner as
select id, sex, date_part('year', birth_date + 121)::int as age_base,
       case when disability is null then 'no' else 'yes' end as disabled
from learner

-- name: work.enrol
create unlogged table {{table}} as
select e.school_year, e.institution_id, e.grade, l.sex, least(30, e.school_year - l.age_base) as age,
       l.disabled, e.status, e.destination, count(*) as n
from enrolment e join work.learner l on l.id = e.learner_id
where {{years}} and {{scope:e.institution_id}}
group by 1, 2, 3, 4, 5, 6, 7, 8

-- name: work.cohort
create unlogged table work.cohort as
select learner_id,
       min(school_year * 100 + case left(grade, 1) when 'P' then 0 else 6 end + substr(grade, 2)::int) as first_row,
       max(school_year::bigint * 100000000 + institution_id) as last_row,
       bool_or(status in ('transferred_out', 'deceased')) as gone,
       bool_or(grade = 'J3' and status = 'graduated') as graduated
from enrolment
where left(grade, 1) in ('P', 'J')
  and {{scope-learners}}
group by learner_id

-- name: work.fitness
create unlogged table work.fitness as
select e.school_year, e.institution_id, e.grade, l.sex, e.rating, count(*) as n
from fitness_result e join work.learner l on l.id = e.learner_id
where {{scope:e.institution_id}}
group by 1, 2, 3, 4, 5
