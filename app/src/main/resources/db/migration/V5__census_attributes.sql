-- The census attributes of a learner on each yearly record (统计时点属性). The statistical base
-- tables count learners by sex, age and disability as on the census day (1 September) of the
-- year, and a school's yearly return reports them on each record; the fitness test scores by
-- sex and grade, and its upload carries the sex. Kept on the yearly rows, the year's statistics
-- stay as reported even when a learner's record is corrected later, and deriving the facts needs
-- no join of millions of rows with the learners (docs/monitoring.md, "Census attributes").
--
-- Age on the census day: year − year(birth date + 121 days), since 1 September + 121 days is
-- 31 December: a learner born after 1 September of year y − a counts as a − 1 that year.

alter table enrolment disable trigger enrolment_changed;
alter table fitness_result disable trigger fitness_result_changed;

alter table enrolment add column sex char(1), add column age smallint, add column disability varchar(1);
update enrolment e set sex = l.sex, age = e.school_year - extract(year from l.birth_date + 121)::int,
                       disability = l.disability
from learner l where l.id = e.learner_id;
alter table enrolment alter column sex set not null, alter column age set not null,
    add constraint enrolment_sex_check check (sex in ('1', '2')),
    add constraint enrolment_age_check check (age between 0 and 120),
    add constraint enrolment_disability_check check (disability in ('1', '2', '3', '4', '5', '6', '7'));
comment on column enrolment.sex is 'GB/T 2261.1 sex as on the census day of the year';
comment on column enrolment.age is '周岁 on the census day (1 September) of the school year';
comment on column enrolment.disability is 'GB/T 26341 disability category as recorded that year; null: none';

alter table fitness_result add column sex char(1);
update fitness_result f set sex = l.sex from learner l where l.id = f.learner_id;
alter table fitness_result alter column sex set not null,
    add constraint fitness_result_sex_check check (sex in ('1', '2'));
comment on column fitness_result.sex is 'GB/T 2261.1 sex as tested (the standard scores by sex and grade)';

alter table enrolment enable trigger enrolment_changed;
alter table fitness_result enable trigger fitness_result_changed;
