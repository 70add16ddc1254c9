package org.edubrain.app.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.supervision.GuaranteeEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the government-guarantee indicators the registry decides
 * ({@link GuaranteeEvaluation}) for districts and a school year: compulsory schools (the schools
 * of {@link BalancedResources}) against their size limit — 九年一贯制 and 十二年一贯制 2,500 for
 * their 小学 and 初中 learners, 完全中学 2,000 for its 初中 learners, the others 2,000 —; classes of
 * P1–J3 against 45 and 50; full-time teachers of 小学 and 初中 in service in each of the school year
 * and the four before (a whole five-year training cycle, in any school of the city) with their
 * training hours over those years (unknown, −1, while the registry holds fewer than five years),
 * and their certificates. Classes and teachers are those of the evaluated
 * schools; special-education classes are not held to the limits of regular classes.
 */
@Component
public class GuaranteeCounts {

    private final JdbcClient jdbc;

    GuaranteeCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GuaranteeEvaluation of(int year, int districtId) {
        return of(year, List.of(districtId)).get(districtId);
    }

    /** By district id, in the order given: one pass over the year's records for all of them. */
    public Map<Integer, GuaranteeEvaluation> of(int year, List<Integer> districtIds) {
        Map<Integer, GuaranteeEvaluation> out = new LinkedHashMap<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        Map<Integer, Map<String, Object>> rows = new java.util.HashMap<>();
        jdbc.sql(DistrictSql.MEMBERS + """
                , s as (
                    select m.district_id, i.id, i.school_type, count(*) filter (where left(e.grade, 1) in ('P', 'J')) as n,
                           count(*) filter (where left(e.grade, 1) = 'P') as p
                    from enrolment e join m on m.institution_id = e.institution_id join institution i on i.id = e.institution_id
                    where e.school_year = :year and i.school_type in %1$s
                    group by m.district_id, i.id, i.school_type
                ), t as (
                    select m.district_id, a.teacher_id, a.certificate is not null as certified
                    from teacher_assignment a join m on m.institution_id = a.institution_id
                    join institution ti on ti.id = a.institution_id and ti.school_type in %1$s
                    where a.school_year = :year and a.post = 'teacher' and a.stage in ('primary', 'junior')
                ), h as (
                    select t.district_id, t.teacher_id, sum(a.training_hours) as hours, count(distinct a.school_year) as years
                    from t join teacher_assignment a on a.teacher_id = t.teacher_id and a.school_year between :year - 4 and :year
                    group by t.district_id, t.teacher_id
                ), c as (
                    select s.district_id, count(*) as classes,
                           count(*) filter (where (left(c.grade, 1) = 'P' and c.size > 45) or (left(c.grade, 1) = 'J' and c.size > 50)) as over
                    from school_class c join s on s.id = c.institution_id
                    where c.school_year = :year and c.kind = 'regular' and left(c.grade, 1) in ('P', 'J')
                    group by s.district_id
                )
                select d.id,
                       (select count(*) from s where s.district_id = d.id and s.n > 0 and not (s.school_type = '218' and s.p < 50)) as schools,
                       (select count(*) from s where s.district_id = d.id
                                                and s.n > case when s.school_type in ('312', '345') then 2500 else 2000 end) as schools_over,
                       coalesce((select c.classes from c where c.district_id = d.id), 0) as classes,
                       coalesce((select c.over from c where c.district_id = d.id), 0) as classes_over,
                       (select count(*) from t where t.district_id = d.id) as teachers,
                       (select count(*) from h where h.district_id = d.id and h.years = 5) as in_cycle,
                       case when :year - 4 < (select min(school_year) from teacher_assignment) then -1
                            else (select count(*) from h where h.district_id = d.id and h.years = 5 and h.hours >= 360) end as trained,
                       (select count(*) from t where t.district_id = d.id and t.certified) as certified
                from unnest(cast(:ids as integer[])) d(id)
                """.formatted(DistrictSql.EVALUATED_TYPES)).param("ids", districtIds.toArray(new Integer[0])).param("year", year)
                .query().listOfRows().forEach(r -> rows.put(((Number) r.get("id")).intValue(), r));
        for (int d : districtIds) {
            Map<String, Object> r = rows.get(d);
            out.put(d, new GuaranteeEvaluation(n(r, "schools"), n(r, "schools_over"), n(r, "classes"), n(r, "classes_over"),
                    n(r, "teachers"), n(r, "in_cycle"), n(r, "trained"), n(r, "certified")));
        }
        return out;
    }

    private static long n(Map<String, Object> r, String c) {
        return ((Number) r.get(c)).longValue();
    }
}
