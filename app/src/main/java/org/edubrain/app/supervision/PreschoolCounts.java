package org.edubrain.app.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.supervision.PreschoolEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of 《县域学前教育普及普惠督导评估办法》 for county-level units and a school year, from the
 * registry with the same definitions as the plan's indicators (plans/dalian-2021-2025.yaml):
 * children = enrolments in K1–K3 on the census day, in any institution; 公办 = the institution's
 * 举办者 is public ({@code ownership_type.is_public}, the 2020 definition); 普惠性民办园 = a private
 * institution recognised as inclusive; population = residents aged 3–5 in the latest estimate for
 * that year; teachers = 专任教师 teaching 学前教育, certified when they hold a teacher certificate;
 * classes = K1–K3 classes, within the limit of their grade ({@link PreschoolEvaluation#classLimit}).
 */
@Component
public class PreschoolCounts {

    private final JdbcClient jdbc;

    PreschoolCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By district id, in the order given. */
    public Map<Integer, PreschoolEvaluation> of(int year, List<Integer> districtIds) {
        Map<Integer, PreschoolEvaluation> out = new LinkedHashMap<>();
        if (districtIds.isEmpty()) {
            return out;
        }
        Integer[] ids = districtIds.toArray(new Integer[0]);
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        districtIds.forEach(d -> counts.put(d, new long[8]));
        jdbc.sql(DistrictSql.MEMBERS + """
                select m.district_id, count(*) as children,
                       count(*) filter (where ot.is_public) as public_children,
                       count(*) filter (where not ot.is_public and i.inclusive) as inclusive_children
                from enrolment e join m on m.institution_id = e.institution_id
                join institution i on i.id = e.institution_id join ownership_type ot on ot.code = i.ownership
                where e.school_year = :year and e.grade in ('K1', 'K2', 'K3')
                group by m.district_id
                """).param("ids", ids).param("year", year).query((rs, n) -> {
                    long[] c = counts.get(rs.getInt(1));
                    c[0] = rs.getLong(2);
                    c[2] = rs.getLong(3);
                    c[3] = rs.getLong(4);
                    return null;
                }).list();
        jdbc.sql("""
                select e.org_unit_id, sum(e.count) from population_estimate e
                where e.org_unit_id = any(:ids) and e.year = :year and e.population_group = 'resident' and e.age between 3 and 5
                  and e.source_id = (select max(source_id) from population_estimate
                                     where year = :year and population_group = 'resident')
                group by e.org_unit_id
                """).param("ids", ids).param("year", year).query((rs, n) -> {
                    counts.get(rs.getInt(1))[1] = rs.getLong(2);
                    return null;
                }).list();
        jdbc.sql(DistrictSql.MEMBERS + """
                select m.district_id, count(*), count(*) filter (where a.certificate is not null)
                from teacher_assignment a join m on m.institution_id = a.institution_id
                where a.school_year = :year and a.post = 'teacher' and a.stage = 'preschool'
                group by m.district_id
                """).param("ids", ids).param("year", year).query((rs, n) -> {
                    long[] c = counts.get(rs.getInt(1));
                    c[4] = rs.getLong(2);
                    c[5] = rs.getLong(3);
                    return null;
                }).list();
        jdbc.sql(DistrictSql.MEMBERS + """
                select m.district_id, count(*),
                       count(*) filter (where c.size <= case c.grade when 'K1' then 25 when 'K2' then 30 else 35 end)
                from school_class c join m on m.institution_id = c.institution_id
                where c.school_year = :year and c.grade in ('K1', 'K2', 'K3')
                group by m.district_id
                """).param("ids", ids).param("year", year).query((rs, n) -> {
                    long[] c = counts.get(rs.getInt(1));
                    c[6] = rs.getLong(2);
                    c[7] = rs.getLong(3);
                    return null;
                }).list();
        counts.forEach((d, c) -> out.put(d, new PreschoolEvaluation(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
        return out;
    }
}
