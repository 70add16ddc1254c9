package org.edubrain.app.supervision;

/**
 * The SQL the supervision queries share: which institutions belong to the districts {@code :ids}
 * on the census day (1 September) of {@code :year}, and which school types the compulsory-education
 * evaluation takes (小学, 教学点, 初中, 九年一贯制, 完全中学, 十二年一贯制 — not 特殊教育学校).
 */
final class DistrictSql {

    /**
     * A CTE {@code m(institution_id, district_id, district)}, each institution once per district even
     * when its membership is recorded twice for the day; further CTEs follow with {@code , name as (…)}.
     */
    static final String MEMBERS = """
            with m as (
                select distinct m.institution_id, o.id as district_id, o.code as district
                from institution_membership m join org_unit o on o.id = m.org_unit_id and o.classification = 'administrative'
                where o.id = any(:ids) and m.valid_from <= make_date(:year, 9, 1)
                  and (m.valid_to is null or m.valid_to > make_date(:year, 9, 1))
            )
            """;

    /** The school types of the compulsory-education evaluation, as an SQL list. */
    static final String EVALUATED_TYPES = "('211', '218', '311', '312', '341', '345')";

    private DistrictSql() {
    }
}
