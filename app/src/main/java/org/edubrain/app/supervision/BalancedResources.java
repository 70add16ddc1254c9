package org.edubrain.app.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.edubrain.core.supervision.BalancedEvaluation;
import org.edubrain.core.supervision.ResourceIndicator;
import org.edubrain.core.supervision.SchoolLevel;
import org.edubrain.core.supervision.SchoolResources;
import org.edubrain.core.supervision.SchoolSplit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schools of 优质均衡 资源配置 read from the registry for a school year, as the evaluation takes
 * them (docs/supervision.md, "from the registry"):
 *
 * <ul>
 * <li>which schools: 小学, 教学点, 初级中学, 九年一贯制, 完全中学 and 十二年一贯制 with learners in 小学 or
 * 初中 on the census day — not 特殊教育学校 (「不含特殊教育学校」), and not a 教学点 of fewer than 50
 * pupils (「不足50人的教学点」); each with 小学 and 初中 learners is two school parts;</li>
 * <li>students: enrolments on the census day by grade (P1–P6 小学, J1–J3 初中);</li>
 * <li>teachers (专任教师 teaching that stage): 高于规定学历 = 小学 专科 and above, 初中 本科 and above;
 * 县级以上骨干教师 = any backbone title; 体育、艺术 = physical education, music, art;</li>
 * <li>the facilities return, split among the parts by {@link SchoolSplit} (1 : 1.1 : 1.32):
 * teaching and auxiliary rooms without the indoor sports rooms, sports area with them, equipment,
 * multimedia classrooms. A school without a return that year has none of them (and fails).</li>
 * </ul>
 */
@Component
public class BalancedResources {

    private final JdbcClient jdbc;

    BalancedResources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A school part with what the pages show beside it: the school's name and type and whether it filed facilities. */
    public record Part(SchoolResources resources, int institutionId, String nameZh, String schoolType, boolean facilities) {
    }

    /** The parts of the schools of some county-level units in a year, by district code and then school code. */
    public List<Part> parts(int year, List<Integer> districtIds) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = jdbc.sql(DistrictSql.MEMBERS + """
                , l as (
                    select e.institution_id, count(*) filter (where left(e.grade, 1) = 'P') as p,
                           count(*) filter (where left(e.grade, 1) = 'J') as j, count(*) filter (where left(e.grade, 1) = 'S') as s
                    from enrolment e join m on m.institution_id = e.institution_id
                    join institution ei on ei.id = e.institution_id and ei.school_type in %1$s
                    where e.school_year = :year and left(e.grade, 1) in ('P', 'J', 'S')
                    group by e.institution_id
                ), t as (
                    select a.institution_id, a.stage,
                           count(*) filter (where a.highest_degree in ('bachelor', 'master', 'doctorate')
                                             or (a.stage = 'primary' and a.highest_degree = 'junior_college')) as above,
                           count(*) filter (where a.backbone_level is not null) as backbone,
                           count(*) filter (where a.subject in ('physical_education', 'music', 'art')) as pe_art
                    from teacher_assignment a join m on m.institution_id = a.institution_id
                    where a.school_year = :year and a.post = 'teacher' and a.stage in ('primary', 'junior')
                    group by a.institution_id, a.stage
                )
                select i.id, i.code, i.name_zh, i.school_type, m.district, l.p, l.j, l.s, f.institution_id is not null and f.teaching_aux_area_m2 is not null as filed,
                       coalesce(f.teaching_aux_area_m2, 0) - coalesce(f.indoor_sports_area_m2, 0) as aux,
                       coalesce(f.sports_area_m2, 0) as sports, coalesce(f.equipment_value_yuan, 0) as equipment,
                       coalesce(f.multimedia_classrooms, 0) as rooms,
                       coalesce(tp.above, 0) as p_above, coalesce(tp.backbone, 0) as p_backbone, coalesce(tp.pe_art, 0) as p_pe_art,
                       coalesce(tj.above, 0) as j_above, coalesce(tj.backbone, 0) as j_backbone, coalesce(tj.pe_art, 0) as j_pe_art
                from l join m on m.institution_id = l.institution_id join institution i on i.id = l.institution_id
                left join facility f on f.institution_id = i.id and f.school_year = :year
                left join t tp on tp.institution_id = i.id and tp.stage = 'primary'
                left join t tj on tj.institution_id = i.id and tj.stage = 'junior'
                where l.p + l.j > 0 and i.school_type in %1$s
                  and not (i.school_type = '218' and l.p < 50)
                order by m.district, i.code
                """.formatted(DistrictSql.EVALUATED_TYPES)).param("ids", districtIds.toArray(new Integer[0])).param("year", year).query().listOfRows();
        List<Part> parts = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            int p = num(r, "p").intValue();
            int j = num(r, "j").intValue();
            int s = num(r, "s").intValue();
            String[] shared = {"aux", "sports", "equipment", "rooms"};
            double[][] split = new double[shared.length][];
            for (int k = 0; k < shared.length; k++) {
                split[k] = SchoolSplit.split(num(r, shared[k]).doubleValue(), p, j, s);
            }
            for (SchoolLevel level : SchoolLevel.values()) {
                int students = level == SchoolLevel.PRIMARY ? p : j;
                if (students == 0) {
                    continue;
                }
                int part = level == SchoolLevel.PRIMARY ? 0 : 1;
                String prefix = level == SchoolLevel.PRIMARY ? "p_" : "j_";
                double[] resources = new double[ResourceIndicator.values().length];
                resources[ResourceIndicator.TEACHERS_ABOVE_REQUIRED_DEGREE.ordinal()] = num(r, prefix + "above").doubleValue();
                resources[ResourceIndicator.BACKBONE_TEACHERS.ordinal()] = num(r, prefix + "backbone").doubleValue();
                resources[ResourceIndicator.PE_ART_TEACHERS.ordinal()] = num(r, prefix + "pe_art").doubleValue();
                resources[ResourceIndicator.TEACHING_AUX_AREA.ordinal()] = Math.max(0, split[0][part]);
                resources[ResourceIndicator.SPORTS_AREA.ordinal()] = split[1][part];
                resources[ResourceIndicator.EQUIPMENT_VALUE.ordinal()] = split[2][part];
                resources[ResourceIndicator.MULTIMEDIA_CLASSROOMS.ordinal()] = split[3][part];
                parts.add(new Part(new SchoolResources((String) r.get("district"), (String) r.get("code"), level, students, resources),
                        num(r, "id").intValue(), (String) r.get("name_zh"), (String) r.get("school_type"),
                        Boolean.TRUE.equals(r.get("filed"))));
            }
        }
        return parts;
    }

    private static Number num(Map<String, Object> r, String column) {
        Object v = r.get(column);
        return v == null ? 0 : (Number) v;
    }

    /** Each county's 资源配置 verdict, by county code: every level it has passes. */
    public static Map<String, Boolean> countyPasses(BalancedEvaluation.Result result) {
        Map<String, Boolean> passes = new java.util.HashMap<>();
        for (BalancedEvaluation.CountyResult c : result.counties()) {
            passes.merge(c.county(), c.passes(), Boolean::logicalAnd);
        }
        return passes;
    }

    /** The evaluation of the parts (districts and levels in the parts' order). */
    public static BalancedEvaluation.Result evaluate(List<Part> parts) {
        return new BalancedEvaluation().evaluate(parts.stream().map(Part::resources).toList());
    }
}
