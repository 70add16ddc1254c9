package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.springframework.stereotype.Component;

/**
 * Institutions (学校), matched on 学校标识码. The district and functional zone are memberships
 * effective from the day of the import: a different district closes the current membership and
 * opens a new one, so that history before the change keeps the old district.
 */
@Component
class InstitutionLanding implements Landing {

    private static final List<Merge.Col> COLUMNS = List.of(Merge.col("name_zh"), Merge.col("name_en"),
            Merge.col("school_type"), Merge.col("ownership"), Merge.col("inclusive"), Merge.col("urban"), Merge.col("street"),
            Merge.col("opened_on"), Merge.col("closed_on"));

    /** The institution's district and zone codes: of the membership in force, or for a closed institution its last. */
    private static final String CURRENT = """
            (select o.code from institution_membership m join org_unit o on o.id = m.org_unit_id
             where m.institution_id = t.id and o.classification = '%s'
             order by m.valid_to desc nulls first, m.valid_from desc limit 1)
            """;

    private static final List<Merge.Col> MEMBERSHIPS = List.of(
            Merge.col("district", CURRENT.formatted("administrative").strip(), "s.district"),
            Merge.col("zone", CURRENT.formatted("functional").strip(), "s.zone"));

    @Override
    public DataSet set() {
        return DataSets.INSTITUTIONS;
    }

    @Override
    public boolean byInstitution() {
        return false;
    }

    @Override
    public void check(Staged s) throws SQLException {
        var scope = s.who.scope();
        if (scope.cityWide()) {
            return;
        }
        if (scope.institutionId() != null) {
            s.report("select s.row_no, s.code as value from stage s where s.code is distinct from "
                    + "(select code from institution where id = " + scope.institutionId() + ")", "code", Problem.Severity.ERROR,
                    "out_of_scope", "学校管理员只能报送本校的信息（403）", "a school administrator submits only their own school (403)");
            return;
        }
        // a district (or zone) administrator: the institution must be theirs now, and stay theirs
        s.report("select s.row_no, s.code as value from stage s join institution i on i.code = s.code where not "
                + s.scopeCondition("i.id", "current_date"), "code", Problem.Severity.ERROR, "out_of_scope",
                "该学校不在您的管理范围（" + scope.label() + "）内（403）", "the institution is outside your scope (" + scope.label() + ") (403)");
        s.report("""
                select s.row_no, coalesce(s.district, '') || ' ' || coalesce(s.zone, '') as value from stage s
                where (select id from org_unit where code = s.district) is distinct from %1$d
                  and (select id from org_unit where code = s.zone) is distinct from %1$d
                """.formatted(scope.orgUnitId()), "district", Problem.Severity.ERROR, "out_of_scope",
                "只能报送属于本区（" + scope.label() + "）的学校（403）", "only institutions of your own unit (" + scope.label() + ") (403)");
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        long inserted = s.count("select count(*) from stage s where not exists (select 1 from institution t where t.code = s.code)");
        long updated = s.count("select count(*) from stage s join institution t on t.code = s.code where "
                + Merge.differs(COLUMNS) + " or " + Merge.differs(MEMBERSHIPS));
        long total = s.count("select count(*) from stage");
        return new Staged.Counts(inserted, updated, total - inserted - updated);
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        String by = s.who.username();
        s.exec(Merge.syncSequence("institution"));
        String matched = "stage s join institution t on t.code = s.code";
        s.update(Merge.history("institution", "t.code", matched, COLUMNS), submission, by);
        s.update(Merge.history("institution", "t.code", matched, MEMBERSHIPS), submission, by);
        s.update("""
                update institution t set name_zh = s.name_zh, name_en = s.name_en, school_type = s.school_type,
                    ownership = s.ownership, inclusive = s.inclusive, urban = s.urban, street = s.street,
                    opened_on = s.opened_on, closed_on = s.closed_on, submission_id = ?
                from stage s where t.code = s.code and %s
                """.formatted(Merge.differs(COLUMNS)), submission);
        s.update("""
                insert into institution (id, code, name_zh, name_en, school_type, ownership, inclusive, urban, street,
                    opened_on, closed_on, submission_id)
                select nextval('institution_id_seq'), s.code, s.name_zh, s.name_en, s.school_type, s.ownership, s.inclusive,
                       s.urban, s.street, s.opened_on, s.closed_on, ?
                from stage s where not exists (select 1 from institution t where t.code = s.code)
                order by s.code
                """, submission);
        for (String[] kind : new String[][] {{"administrative", "district"}, {"functional", "zone"}}) {
            // the institutions whose latest membership of this classification differs from the file's
            s.exec("drop table if exists moved");
            s.exec("""
                    create temp table moved on commit drop as
                    select i.id, (select id from org_unit where code = s.%2$s) as org_unit_id,
                           exists (select 1 from institution_membership x where x.institution_id = i.id) as had_any,
                           s.opened_on
                    from stage s join institution i on i.code = s.code
                    where (%1$s) is distinct from s.%2$s
                    """.formatted(CURRENT.formatted(kind[0]).replace("t.id", "i.id").strip(), kind[1]));
            String open = """
                    institution_membership m using moved v
                    where m.institution_id = v.id and m.valid_to is null
                      and m.org_unit_id in (select id from org_unit where classification = '%s')
                    """.formatted(kind[0]);
            // ended today, or dropped if it began today (or was set to begin later)
            s.update("delete from " + open + " and m.valid_from >= current_date");
            s.update("update " + open.replace("using moved v", "set valid_to = current_date from moved v"));
            s.update("""
                    insert into institution_membership (institution_id, org_unit_id, valid_from)
                    select v.id, v.org_unit_id, case when v.had_any then current_date else coalesce(v.opened_on, current_date) end
                    from moved v where v.org_unit_id is not null
                    """);
        }
    }

    @Override
    public String exportQuery(ExportScope scope) {
        return """
                select t.code, t.name_zh, t.name_en, t.school_type, t.ownership, t.inclusive, t.urban, t.street,
                       t.opened_on, t.closed_on, %s as district, %s as zone
                from institution t
                where %s
                order by t.code
                """.formatted(CURRENT.formatted("administrative").strip(), CURRENT.formatted("functional").strip(),
                scope.institution("t.id", "current_date"));
    }
}
