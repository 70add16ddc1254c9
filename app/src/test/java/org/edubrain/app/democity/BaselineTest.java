package org.edubrain.app.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.edubrain.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo city's 2020 records reproduce the baselines of the plan's main-indicator table
 * (主要指标, 2020 column; shared/seed/README.md). Each indicator is computed here in SQL straight
 * from the records, by the definitions in shared/research/indicator-definitions.md, written
 * anew in this test: nothing comes from the generator's parameters or the platform's code.
 * Statistical year 2020 = census day 2020-09-01; "graduates in 2020" graduated in the summer
 * before it, so they are on the rows of school year 2019.
 */
class BaselineTest extends PlatformTest {

    private static final double TOLERANCE = 0.1;

    @Autowired
    JdbcClient jdbc;

    private double query(String sql) {
        BigDecimal v = jdbc.sql(sql).query(BigDecimal.class).single();
        return v.setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    /** 学前三年毛入园率: children enrolled in kindergartens (all ages, attached classes too) / resident population aged 3–5. */
    @Test
    void preschoolGrossEnrolmentRate() {
        double v = query("""
                select 100.0 * (select count(*) from enrolment where school_year = 2020 and grade in ('K1', 'K2', 'K3'))
                     / (select sum(count) from population_estimate
                        where year = 2020 and population_group = 'resident' and age between 3 and 5)
                """);
        assertThat(v).isCloseTo(90.4, within(TOLERANCE));
    }

    /**
     * 公办幼儿园在园幼儿比率: children in kindergartens run by education departments, other
     * government departments, the army, public institutions, state-owned enterprises or
     * collectives / all children in kindergartens. Inclusive private kindergartens are not public.
     */
    @Test
    void publicKindergartenShare() {
        double v = query("""
                select 100.0 * count(*) filter (where i.ownership in ('EDU', 'GOV', 'MIL', 'PUB', 'SOE', 'COL')) / count(*)
                from enrolment e join institution i on i.id = e.institution_id
                where e.school_year = 2020 and e.grade in ('K1', 'K2', 'K3')
                """);
        assertThat(v).isCloseTo(48.2, within(TOLERANCE));
    }

    /**
     * 九年义务教育巩固率, the cohort measure: the learners who entered grade 1 in 2011, plus those
     * who transferred into that cohort later (whose first compulsory-school record is at grade k
     * in 2011 + k − 1), minus those who left the city or died; of them, the share who graduated
     * from junior school by the summer of 2020.
     */
    @Test
    void compulsoryConsolidationRate() {
        double v = query("""
                with grade_index(grade, k) as (values ('P1', 1), ('P2', 2), ('P3', 3), ('P4', 4), ('P5', 5), ('P6', 6),
                                                      ('J1', 7), ('J2', 8), ('J3', 9)),
                compulsory as (
                    select e.learner_id, e.school_year, e.grade, e.status, g.k
                    from enrolment e join grade_index g on g.grade = e.grade
                ),
                first_record as (
                    select distinct on (learner_id) learner_id, school_year, k from compulsory
                    order by learner_id, school_year
                ),
                cohort as (
                    select learner_id from first_record where school_year - (k - 1) = 2011
                ),
                gone as (
                    select distinct learner_id from compulsory where status in ('transferred_out', 'deceased')
                ),
                graduated as (
                    select distinct learner_id from compulsory where grade = 'J3' and status = 'graduated' and school_year <= 2019
                )
                select 100.0 * count(*) filter (where c.learner_id in (select learner_id from graduated))
                     / count(*) filter (where c.learner_id not in (select learner_id from gone))
                from cohort c
                """);
        assertThat(v).isCloseTo(99.1, within(TOLERANCE));
    }

    /**
     * 残疾儿童义务教育阶段入学率: disabled children aged 6–15 on the census day enrolled in any
     * form (special school, regular class, special class, home-delivered teaching) / disabled
     * children aged 6–15 on the disability register.
     */
    @Test
    void disabledChildrenEnrolmentRate() {
        double v = query("""
                select 100.0 * (select count(*) from enrolment e join learner l on l.id = e.learner_id
                                where e.school_year = 2020 and l.disability is not null
                                  and extract(year from age(date '2020-09-01', l.birth_date)) between 6 and 15)
                     / (select sum(count) from population_estimate
                        where year = 2020 and population_group = 'disabled_register' and age between 6 and 15)
                """);
        assertThat(v).isCloseTo(99.0, within(TOLERANCE));
    }

    /** 高中阶段毛入学率: learners in general senior high, secondary vocational and adult senior high / population aged 15–17. */
    @Test
    void seniorSecondaryGrossEnrolmentRate() {
        double v = query("""
                select 100.0 * (select count(*) from enrolment where school_year = 2020
                                and grade in ('S1', 'S2', 'S3', 'V1', 'V2', 'V3'))
                     / (select sum(count) from population_estimate
                        where year = 2020 and population_group = 'resident' and age between 15 and 17)
                """);
        assertThat(v).isCloseTo(100.0, within(TOLERANCE));
    }

    /**
     * 中小学生体质健康标准达标优良率: P1–S3 students rated 优秀 or 良好 in the year's test / P1–S3
     * students tested. The rating is recomputed from the total by the standard's bands
     * (优秀 ≥ 90.0, 良好 ≥ 80.0, total rounded half up to one decimal), and must agree with the
     * rating on record.
     */
    @Test
    void fitnessGoodOrExcellentRate() {
        long disagreements = jdbc.sql("""
                select count(*) from fitness_result where school_year = 2020 and rating <>
                  case when round(total_score, 1) >= 90 then 'excellent' when round(total_score, 1) >= 80 then 'good'
                       when round(total_score, 1) >= 60 then 'pass' else 'fail' end
                """).query(Long.class).single();
        assertThat(disagreements).isZero();
        double v = query("""
                select 100.0 * count(*) filter (where round(total_score, 1) >= 80) / count(*)
                from fitness_result
                where school_year = 2020 and grade in ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3')
                """);
        assertThat(v).isCloseTo(31.2, within(TOLERANCE));
    }

    /** 学前教育教师接受专业教育比例: full-time kindergarten teachers with early-childhood education / all of them. */
    @Test
    void preschoolTeachersTrainedShare() {
        double v = query("""
                select 100.0 * count(*) filter (where ece_trained) / count(*)
                from teacher_assignment where school_year = 2020 and post = 'teacher' and stage = 'preschool'
                """);
        assertThat(v).isCloseTo(79.0, within(TOLERANCE));
    }

    /** 义务教育专任教师中本科以上学历比例: full-time primary and junior teachers with a bachelor's degree or higher. */
    @Test
    void compulsoryTeachersBachelorShare() {
        double v = query("""
                select 100.0 * count(*) filter (where highest_degree in ('bachelor', 'master', 'doctorate')) / count(*)
                from teacher_assignment where school_year = 2020 and post = 'teacher' and stage in ('primary', 'junior')
                """);
        assertThat(v).isCloseTo(88.9, within(TOLERANCE));
    }

    /** 职业教育双师型教师比例: dual-qualified full-time professional-course teachers of secondary and higher vocational schools. */
    @Test
    void vocationalDualQualifiedShare() {
        double v = query("""
                select 100.0 * count(*) filter (where dual_qualified) / count(*)
                from teacher_assignment
                where school_year = 2020 and post = 'teacher' and professional_course
                  and stage in ('secondary_vocational', 'higher_vocational')
                """);
        assertThat(v).isCloseTo(65.8, within(TOLERANCE));
    }

    /**
     * 新增劳动力平均受教育年限: the graduates of summer 2020 who did not go on to further study
     * (junior 9 years, senior or secondary vocational 12, higher vocational 15; from the
     * universities' graduate returns: bachelor 16, master 19, doctorate 22) and the learners who
     * left without graduating (at their highest completed level: a junior-school leaver has 6, a
     * senior or secondary vocational leaver 9, a higher vocational leaver 12).
     */
    @Test
    void newLabourForceYearsOfSchooling() {
        double v = query("""
                with leavers(persons, years) as (
                    select 1, case when status = 'graduated' then
                                 case when grade like 'J%' then 9 when grade like 'S%' or grade like 'V%' then 12
                                      when grade like 'C%' then 15 end
                              else case when grade like 'J%' then 6 when grade like 'S%' or grade like 'V%' then 9
                                        when grade like 'C%' then 12 end end
                    from enrolment
                    where school_year = 2019 and grade ~ '^[JSVC]'
                      and (status = 'graduated' and destination <> 'further_study' or status = 'dropped_out')
                    union all
                    select graduates - further_study,
                           (graduates - further_study) * case stage when 'bachelor' then 16 when 'master' then 19
                                                                    when 'doctorate' then 22 end
                    from graduate_return where graduation_year = 2020 and stage in ('bachelor', 'master', 'doctorate')
                )
                select 1.0 * sum(years) / sum(persons) from leavers
                """);
        assertThat(v).isCloseTo(15.4, within(TOLERANCE));
    }

    /** No other grade than junior, senior, vocational or college may leave in the summer without a destination. */
    @Test
    void primaryAndPreschoolGraduatesAllContinue() {
        long n = jdbc.sql("""
                select count(*) from enrolment where school_year = 2019 and grade ~ '^[KP]'
                  and (status = 'dropped_out' or status = 'graduated' and destination <> 'further_study')
                """).query(Long.class).single();
        assertThat(n).isZero();
    }
}
