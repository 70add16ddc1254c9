package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edubrain.app.shared.DataElementDirectory;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.edubrain.core.collection.Row;
import org.edubrain.core.indicator.DataElement;
import org.springframework.stereotype.Component;

/**
 * Aggregate returns (汇总数据): numbers a school or a district files for a data element that a
 * plan declares, a year and a disaggregation — {@code stage=primary|sex=2}, one value for each of
 * the element's dimensions, written back in the element's order so that the same numbers are
 * always the same key. Matched on element, unit, year and disaggregation.
 */
@Component
class AggregateLanding implements Landing {

    /** The value, compared as the table holds it (double precision). */
    private static final List<Merge.Col> VALUE = List.of(Merge.col("value", "t.value", "cast(s.value as double precision)"));
    private static final String MATCHED = """
            stage s join aggregate_value t on t.element = s.element and t.org_code = s.org and t.year = s.year
                 and t.disaggregation = coalesce(s.disaggregation, '')
            """;

    private final DataElementDirectory elements;

    AggregateLanding(DataElementDirectory elements) {
        this.elements = elements;
    }

    @Override
    public DataSet set() {
        return DataSets.AGGREGATES;
    }

    @Override
    public boolean byInstitution() {
        return false;
    }

    @Override
    public void checkRow(Row row, Staged staged) {
        Optional<DataElement> e = elements.declared(row.text("element"));
        if (e.isEmpty()) {
            row.error("element", "unknown_element", "计划文件未声明这个数据元（见规划文件 data_elements）",
                    "no plan in force declares this data element (see a plan file's data_elements)");
            return;
        }
        canonical(row, e.get());
    }

    /** The disaggregation in the element's order, or null after reporting what is wrong with it. */
    private static String canonical(Row row, DataElement e) {
        String given = row.text("disaggregation");
        Map<String, String> parts = new LinkedHashMap<>();
        if (given != null && !given.isBlank()) {
            for (String part : given.split("\\|")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    row.error("disaggregation", "disaggregation_format", "分组应写作 维度=值|维度=值",
                            "write the disaggregation as dimension=value|dimension=value");
                    return null;
                }
                String dim = part.substring(0, eq).strip();
                if (!e.dimensions().contains(dim)) {
                    row.error("disaggregation", "unknown_dimension", "数据元 " + e.code() + " 没有维度 " + dim + "（有：" + e.dimensions() + "）",
                            e.code() + " has no dimension " + dim + " (it has " + e.dimensions() + ")");
                    return null;
                }
                if (parts.put(dim, part.substring(eq + 1).strip()) != null) {
                    row.error("disaggregation", "repeated_dimension", "维度 " + dim + " 重复", "dimension " + dim + " given twice");
                    return null;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String dim : e.dimensions()) {
            String v = parts.get(dim);
            if (v == null || v.isEmpty()) {
                row.error("disaggregation", "missing_dimension", "缺少维度 " + dim + " 的值", "no value for dimension " + dim);
                return null;
            }
            sb.append(sb.length() == 0 ? "" : "|").append(dim).append('=').append(v);
        }
        return sb.toString();
    }

    @Override
    public Object stagedValue(Row row, int column) {
        if (column == set().index("disaggregation")) {
            return elements.declared(row.text("element")).map(e -> canonical(row, e)).orElse("");
        }
        return row.values()[column];
    }

    @Override
    public void check(Staged s) throws SQLException {
        s.report("""
                select s.row_no, s.org as value from stage s
                where not exists (select 1 from institution i where i.code = s.org)
                  and not exists (select 1 from org_unit o where o.code = s.org)
                """, "org", Problem.Severity.ERROR, "unknown_org", "没有这个学校标识码或区划代码",
                "no institution or division has this code");
        var scope = s.who.scope();
        if (!scope.cityWide()) {
            String inScope = scope.institutionId() != null
                    ? "exists (select 1 from institution i where i.code = s.org and i.id = " + scope.institutionId() + ")"
                    : "exists (select 1 from org_unit o where o.code = s.org and o.id = " + scope.orgUnitId() + ") or exists "
                            + "(select 1 from institution i where i.code = s.org and "
                            + s.scopeCondition("i.id", "make_date(cast(s.year as integer), 9, 1)") + ")";
            s.report("select s.row_no, s.org as value from stage s where not (" + inScope + ")", "org", Problem.Severity.ERROR,
                    "out_of_scope", "该单位不在您的管理范围（" + scope.label() + "）内（403）",
                    "the unit is outside your scope (" + scope.label() + ") (403)");
        }
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        return Staged.Counts.of(s, MATCHED, Merge.differs(VALUE));
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        s.update(Merge.history("aggregate_value", "s.element || '/' || s.org || '/' || s.year || '/' || coalesce(s.disaggregation, '')",
                MATCHED, VALUE), submission, s.who.username());
        s.update("""
                update aggregate_value t set value = s.value, submission_id = ?
                from stage s where t.element = s.element and t.org_code = s.org and t.year = s.year
                  and t.disaggregation = coalesce(s.disaggregation, '') and t.value is distinct from cast(s.value as double precision)
                """, submission);
        s.update("""
                insert into aggregate_value (element, org_code, year, disaggregation, dims, institution_id, org_unit_id, value,
                    submission_id)
                select s.element, s.org, s.year, coalesce(s.disaggregation, ''),
                       coalesce(array(select split_part(d.part, '=', 2) from unnest(string_to_array(s.disaggregation, '|'))
                                      with ordinality d(part, n) order by d.n), '{}'),
                       coalesce((select id from institution where code = s.org), 0),
                       coalesce((select id from org_unit where code = s.org), 0), s.value, ?
                from stage s
                where not exists (select 1 from aggregate_value t where t.element = s.element and t.org_code = s.org
                                  and t.year = s.year and t.disaggregation = coalesce(s.disaggregation, ''))
                """, submission);
    }

    @Override
    public String exportQuery(ExportScope scope) {
        String where = scope.scope().cityWide() ? "true"
                : scope.scope().institutionId() != null ? "t.institution_id = " + scope.scope().institutionId()
                : "(t.org_unit_id = " + scope.scope().orgUnitId() + " or (t.institution_id <> 0 and "
                        + scope.institution("t.institution_id", "make_date(t.year, 9, 1)") + "))";
        return """
                select t.element, t.org_code as org, t.year, nullif(t.disaggregation, '') as disaggregation, t.value
                from aggregate_value t
                where %s and %s
                order by t.element, t.org_code, t.year, t.disaggregation
                """.formatted(where, scope.year("t.year"));
    }
}
