-- The facts of each data set (FactDerivation, phase 2), from the staging tables of staging.sql
-- and the smaller record sets; in the dialect common to PostgreSQL and DuckDB (bench/ runs the
-- same text on both). A statement named SET.ELEMENT belongs to data set SET; a data set's
-- statements run in the order written. {{target}} is the table the facts go to (a data set's
-- next partition, or fact itself after a change); {{scope:COLUMN}} limits to the institutions
-- in scope; {{enrolments}} is the staged enrolments (work.enrol_a and work.enrol_b).
--
-- Stages of a grade: K preschool, P primary, J junior, S senior, V secondary_vocational,
-- C higher_vocational. Flags are 'yes' / 'no'. A flow of year t happened in the twelve months
-- before the census day of t: the graduates and leavers on the enrolment rows of school year
-- t − 1 count in t.

-- name: enrolment.enrolled
-- learners on the census day: stage, grade, sex, age (30 and over together), disabled, public,
-- inclusive, quality school
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'enrolled', e.school_year, p.district_id, p.zone_id, e.institution_id,
       array[case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                  when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end,
             e.grade, e.sex, least(30, e.age)::text,
             case when e.disability is not null then 'yes' else 'no' end,
             case when p.is_public then 'yes' else 'no' end,
             case when p.inclusive then 'yes' else 'no' end,
             p.quality], sum(e.n)
from {{enrolments}} e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
group by 2, 3, 4, 5, 6

-- name: enrolment.graduates
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'graduates', e.school_year + 1, p.district_id, p.zone_id, e.institution_id,
       array[case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                  when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end,
             e.grade, coalesce(e.destination, 'other')], sum(e.n)
from {{enrolments}} e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
where e.status = 'graduated' and e.school_year + 1 <= (select max(school_year) from enrolment)
group by 2, 3, 4, 5, 6

-- name: enrolment.leavers
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'leavers', e.school_year + 1, p.district_id, p.zone_id, e.institution_id,
       array[case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                  when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end,
             e.grade], sum(e.n)
from {{enrolments}} e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
where e.status = 'dropped_out' and e.school_year + 1 <= (select max(school_year) from enrolment)
group by 2, 3, 4, 5, 6

-- name: enrolment.new_labour
-- new labour force: graduates who did not continue (at their stage) and leavers (at the stage before)
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'new_labour', e.school_year + 1, p.district_id, p.zone_id, e.institution_id,
       array[case when e.status = 'graduated'
                  then case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                            when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end
                  else case left(e.grade, 1) when 'J' then 'primary' when 'S' then 'junior'
                            when 'V' then 'junior' when 'C' then 'senior' end end], sum(e.n)
from {{enrolments}} e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
where ((e.status = 'graduated' and e.destination <> 'further_study')
       or (e.status = 'dropped_out' and left(e.grade, 1) in ('J', 'S', 'V', 'C')))
  and e.school_year + 1 <= (select max(school_year) from enrolment)
group by 2, 3, 4, 5, 6

-- name: enrolment.consolidation_cohort
-- the consolidation cohort of year t entered grade 1 in t − 9 (or transferred into that cohort
-- later); it belongs to the institution of the learner's last compulsory record
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'consolidation_cohort', k.cohort + 9, p.district_id, p.zone_id, k.owner, array[m.measure],
       sum(case m.measure when 'base' then k.base else k.graduated end)
from work.cohort k
join work.place p on p.institution_id = k.owner and p.year = k.last_year
cross join lateral (values ('base'), ('graduated')) m(measure)
where (m.measure = 'base' or k.graduated > 0)
  -- cohorts that entered before the first year on record are incomplete
  and k.cohort >= (select min(school_year) from enrolment) and k.cohort + 9 <= (select max(school_year) from enrolment)
  and {{scope:k.owner}}
group by 2, 3, 4, 5, 6

-- name: enrolment.coverage
-- institutions expected to report their enrolments each year, and those that did
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'enrolment.' || m.kind, p.year, p.district_id, p.zone_id, p.institution_id, array[]::text[], 1
from work.place p
cross join lateral (values ('expected'), ('reported')) m(kind)
where p.open and p.school_type not in ('411', '412', 'X01', 'X02') and {{scope:p.institution_id}}
  and (m.kind = 'expected'
       or exists (select 1 from work.enrolled_year x where x.institution_id = p.institution_id and x.year = p.year))

-- name: teachers.staff
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'staff', e.school_year, p.district_id, p.zone_id, e.institution_id,
       array[e.post, e.stage, e.highest_degree,
             case when e.ece_trained then 'yes' else 'no' end,
             case when e.professional_course then 'yes' else 'no' end,
             case when e.dual_qualified then 'yes' else 'no' end,
             case when e.certified then 'yes' else 'no' end,
             coalesce(e.subject, 'none')], e.n
from (select school_year, institution_id, post, stage, highest_degree, ece_trained, professional_course,
             dual_qualified, certificate is not null as certified, subject, count(*) as n
      from teacher_assignment e where {{scope:e.institution_id}}
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) e
join work.place p on p.institution_id = e.institution_id and p.year = e.school_year

-- name: teachers.coverage
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'teachers.' || m.kind, p.year, p.district_id, p.zone_id, p.institution_id, array[]::text[], 1
from work.place p
cross join lateral (values ('expected'), ('reported')) m(kind)
where p.open and p.school_type not in ('411', '412', 'X01', 'X02') and {{scope:p.institution_id}}
  and exists (select 1 from work.enrolled_year x where x.institution_id = p.institution_id and x.year = p.year)
  and (m.kind = 'expected'
       or exists (select 1 from teacher_assignment e where e.institution_id = p.institution_id and e.school_year = p.year))

-- name: fitness.fitness_tested
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'fitness_tested', e.school_year, p.district_id, p.zone_id, e.institution_id,
       array[case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                  when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end,
             e.grade, e.sex, e.rating], sum(e.n)
from work.fitness e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
group by 2, 3, 4, 5, 6

-- name: fitness.fitness_item
-- per item: the students with a score (fitness_item_tested) and the sum of their scores (fitness_item_points),
-- by stage and sex; points ÷ tested is the mean item score. Grouped to school, year, stage and sex before
-- the items are turned into rows, so that few rows are
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select m.element, g.school_year, g.district_id, g.zone_id, g.institution_id, array[g.stage, g.sex, i.item],
       case m.element when 'fitness_item_tested' then i.n else i.points end
from (select e.school_year, p.district_id, p.zone_id, e.institution_id,
           case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                  when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end as stage, e.sex,
           sum(e.scored_n) filter (where e.bmi_sum is not null) as bmi_n, sum(e.bmi_sum) as bmi_sum,
           sum(e.scored_n) filter (where e.vital_capacity_sum is not null) as vital_capacity_n, sum(e.vital_capacity_sum) as vital_capacity_sum,
           sum(e.scored_n) filter (where e.run_50m_sum is not null) as run_50m_n, sum(e.run_50m_sum) as run_50m_sum,
           sum(e.scored_n) filter (where e.sit_and_reach_sum is not null) as sit_and_reach_n, sum(e.sit_and_reach_sum) as sit_and_reach_sum,
           sum(e.scored_n) filter (where e.rope_skip_1min_sum is not null) as rope_skip_1min_n, sum(e.rope_skip_1min_sum) as rope_skip_1min_sum,
           sum(e.scored_n) filter (where e.sit_up_1min_sum is not null) as sit_up_1min_n, sum(e.sit_up_1min_sum) as sit_up_1min_sum,
           sum(e.scored_n) filter (where e.run_50x8_sum is not null) as run_50x8_n, sum(e.run_50x8_sum) as run_50x8_sum,
           sum(e.scored_n) filter (where e.standing_long_jump_sum is not null) as standing_long_jump_n, sum(e.standing_long_jump_sum) as standing_long_jump_sum,
           sum(e.scored_n) filter (where e.pull_up_sum is not null) as pull_up_n, sum(e.pull_up_sum) as pull_up_sum,
           sum(e.scored_n) filter (where e.run_800m_sum is not null) as run_800m_n, sum(e.run_800m_sum) as run_800m_sum,
           sum(e.scored_n) filter (where e.run_1000m_sum is not null) as run_1000m_n, sum(e.run_1000m_sum) as run_1000m_sum
      from work.fitness e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
      group by 1, 2, 3, 4, 5, 6) g
cross join lateral (values
        ('bmi', g.bmi_n, g.bmi_sum),
        ('vital_capacity', g.vital_capacity_n, g.vital_capacity_sum),
        ('run_50m', g.run_50m_n, g.run_50m_sum),
        ('sit_and_reach', g.sit_and_reach_n, g.sit_and_reach_sum),
        ('rope_skip_1min', g.rope_skip_1min_n, g.rope_skip_1min_sum),
        ('sit_up_1min', g.sit_up_1min_n, g.sit_up_1min_sum),
        ('run_50x8', g.run_50x8_n, g.run_50x8_sum),
        ('standing_long_jump', g.standing_long_jump_n, g.standing_long_jump_sum),
        ('pull_up', g.pull_up_n, g.pull_up_sum),
        ('run_800m', g.run_800m_n, g.run_800m_sum),
        ('run_1000m', g.run_1000m_n, g.run_1000m_sum)) i(item, n, points)
cross join (values ('fitness_item_tested'), ('fitness_item_points')) m(element)
where i.n > 0

-- name: fitness.coverage
-- primary and secondary schools (not special schools, 514) from the first year of tests on record
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'fitness.' || m.kind, p.year, p.district_id, p.zone_id, p.institution_id, array[]::text[], 1
from work.place p
cross join lateral (values ('expected'), ('reported')) m(kind)
where p.open and p.school_type <> '514' and {{scope:p.institution_id}}
  and p.year >= (select coalesce(min(school_year), 9999) from fitness_result)
  and exists (select 1 from work.enrolled_year x where x.institution_id = p.institution_id and x.year = p.year
                                                   and x.school_age)
  and (m.kind = 'expected'
       or exists (select 1 from work.fitness e where e.institution_id = p.institution_id and e.school_year = p.year))

-- name: classes.classes
-- size bands: normal under 46, oversize 46–55, large 56–65, super large 66 and over; standard
-- size: a regular class within its norm — 小学 45, 初中 and 高中 50 (GB 50099-2011 3.0.1, and
-- 优质均衡 政府保障 5: 「小学 ≤ 45 人、初中 ≤ 50 人」), 幼儿园 小班 25, 中班 30, 大班 35
-- (《幼儿园工作规程》); n/a for special-education classes and vocational stages
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'classes', e.school_year, p.district_id, p.zone_id, e.institution_id,
       array[case left(e.grade, 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'
                  when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end,
             case when e.size >= 66 then 'super_large' when e.size >= 56 then 'large'
                  when e.size >= 46 then 'oversize' else 'normal' end,
             case when e.kind <> 'regular' or left(e.grade, 1) not in ('K', 'P', 'J', 'S') then 'n/a'
                  when e.size <= case when left(e.grade, 1) = 'P' then 45 when e.grade = 'K1' then 25 when e.grade = 'K2' then 30
                                      when e.grade = 'K3' then 35 else 50 end then 'yes'
                  else 'no' end], count(*)
from school_class e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
where {{scope:e.institution_id}}
group by 2, 3, 4, 5, 6

-- name: classes.coverage
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'classes.' || m.kind, p.year, p.district_id, p.zone_id, p.institution_id, array[]::text[], 1
from work.place p
cross join lateral (values ('expected'), ('reported')) m(kind)
where p.open and {{scope:p.institution_id}}
  and p.year >= (select coalesce(min(school_year), 9999) from school_class)
  and exists (select 1 from work.enrolled_year x where x.institution_id = p.institution_id and x.year = p.year)
  and (m.kind = 'expected'
       or exists (select 1 from school_class e where e.institution_id = p.institution_id and e.school_year = p.year))

-- name: facilities.facility
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'facility', e.school_year, p.district_id, p.zone_id, e.institution_id, array[m.measure, p.school_type], m.value
from facility e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
cross join lateral (values ('building_area_m2', cast(e.building_area_m2 as double precision)),
                           ('sports_area_m2', cast(e.sports_area_m2 as double precision)),
                           ('equipment_value_yuan', cast(e.equipment_value_yuan as double precision)),
                           ('multimedia_classrooms', cast(e.multimedia_classrooms as double precision)),
                           ('books', cast(e.books as double precision))) m(measure, value)
where m.value is not null and {{scope:e.institution_id}}

-- name: facilities.coverage
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'facilities.' || m.kind, p.year, p.district_id, p.zone_id, p.institution_id, array[]::text[], 1
from work.place p
cross join lateral (values ('expected'), ('reported')) m(kind)
where p.open and {{scope:p.institution_id}}
  and p.year >= (select coalesce(min(school_year), 9999) from facility)
  and exists (select 1 from work.enrolled_year x where x.institution_id = p.institution_id and x.year = p.year)
  and (m.kind = 'expected'
       or exists (select 1 from facility e where e.institution_id = p.institution_id and e.school_year = p.year))

-- name: institutions.institutions
-- open institutions by type, public, inclusive, and whether one of their teachers teaches mental health
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'institutions', p.year, p.district_id, p.zone_id, p.institution_id,
       array[p.school_type,
             case when p.is_public then 'yes' else 'no' end,
             case when p.inclusive then 'yes' else 'no' end,
             case when exists (select 1 from teacher_assignment a where a.institution_id = p.institution_id
                                 and a.school_year = p.year and a.post = 'teacher' and a.subject = 'mental_health')
                  then 'yes' else 'no' end], 1
from work.place p where p.open and {{scope:p.institution_id}}

-- name: institutions.institutions_opened
-- opened in the twelve months before the census day
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'institutions_opened', p.year, p.district_id, p.zone_id, p.institution_id,
       array[p.school_type, case when p.is_public then 'yes' else 'no' end], 1
from work.place p join institution i on i.id = p.institution_id
where i.opened_on > make_date(p.year - 1, 9, 1) and i.opened_on <= make_date(p.year, 9, 1) and {{scope:p.institution_id}}

-- name: institutions.titled_institutions
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'titled_institutions', p.year, p.district_id, p.zone_id, p.institution_id,
       array[t.title, t.level, p.school_type], 1
from work.place p join institution_title t on t.institution_id = p.institution_id
where p.open and t.awarded_year <= p.year and {{scope:p.institution_id}}

-- name: institutions.titles_awarded
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'titles_awarded', p.year, p.district_id, p.zone_id, p.institution_id,
       array[t.title, t.level, p.school_type], 1
from work.place p join institution_title t on t.institution_id = p.institution_id
where t.awarded_year = p.year and {{scope:p.institution_id}}

-- name: graduate_returns.new_labour_returns
-- graduates a school reports who did not continue their studies (aggregate returns)
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'new_labour_returns', e.graduation_year, p.district_id, p.zone_id, e.institution_id,
       array[e.stage], sum(e.graduates - e.further_study)
from graduate_return e join work.place p on p.institution_id = e.institution_id and p.year = e.graduation_year
group by 2, 3, 4, 5, 6

-- name: population.population
-- the latest source of each year and group; district offices, no institution
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select case e.population_group when 'resident' then 'population' else 'disabled_register' end,
       e.year, e.org_unit_id, 0, 0, array[cast(e.age as text), e.sex], e.count
from population_estimate e
join (select year, population_group, max(source_id) as source_id from population_estimate
      group by year, population_group) latest
  on latest.year = e.year and latest.population_group = e.population_group and latest.source_id = e.source_id

-- name: supervision.county_evaluations
-- the verdicts of the county evaluations as the supervision module last computed them
-- (county_evaluation, docs/supervision.md): one per county-level unit, year, method and part
insert into {{target}} (element, year, district_id, zone_id, institution_id, dims, value)
select 'county_evaluations', e.school_year, e.org_unit_id, 0, 0, array[e.method, e.part, e.status], 1
from county_evaluation e
