package org.edubrain.app.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Row;
import org.edubrain.core.fitness.FitnessItem;
import org.edubrain.core.fitness.FitnessScore;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.fitness.Measure;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.shared.IntList;
import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.Sex;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Physical-fitness test results (体质健康测试成绩), one row per student and school year, matched on
 * 全国学籍号 and 学年. The student must be in the registry and enrolled in the institution that
 * year. The merge scores every row with the standard's engine ({@link FitnessScorer}) and keeps
 * the results, the item scores, 标准分, 附加分, 学年总分 and 等级 together; a result for an item the
 * grade does not test is not kept (the row check warns of it).
 */
@Component
class FitnessLanding implements Landing {

    private static final Measure[] MEASURES = Measure.values();
    private static final List<Merge.Col> COLUMNS;

    static {
        List<Merge.Col> cols = new ArrayList<>(List.of(Merge.col("institution", "ti.code", "s.institution"), Merge.col("grade"),
                Merge.col("sex")));
        for (Measure m : MEASURES) {
            cols.add(Merge.col(m.column()));
        }
        COLUMNS = List.copyOf(cols);
    }

    private static final String MATCHED = """
            stage s join learner_identity li on li.national_student_number = s.national_student_number
            join fitness_result t on t.learner_id = li.learner_id and t.school_year = s.school_year
            join institution ti on ti.id = t.institution_id
            """;

    private final FitnessScorer scorer = new FitnessScorer();

    @Override
    public DataSet set() {
        return DataSets.FITNESS;
    }

    /** Results of items the grade does not test are not staged, so that they are neither kept nor compared. */
    @Override
    public Object stagedValue(Row row, int column) {
        Object v = row.values()[column];
        Measure m = Measure.ofColumn(set().columns().get(column).name());
        if (v == null || m == null || row.text("grade") == null || row.text("sex") == null) {
            return v;
        }
        TestGrade grade = TestGrade.of(Grade.valueOf(row.text("grade")));
        return grade != null && scorer.standard().tests(grade, Sex.ofCode(row.text("sex")), m) ? v : null;
    }

    @Override
    public void check(Staged s) throws SQLException {
        StudentResults.check(s);
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        return Staged.Counts.of(s, MATCHED, Merge.differs(COLUMNS));
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        score(s);
        String by = s.who.username();
        s.update(Merge.history("fitness_result", "k.key || '/' || s.school_year", MATCHED + " join learner k on k.id = t.learner_id",
                COLUMNS), submission, by);
        StringBuilder set = new StringBuilder("institution_id = i.id, grade = s.grade, sex = s.sex");
        StringBuilder names = new StringBuilder("institution_id, grade, sex");
        StringBuilder values = new StringBuilder("i.id, s.grade, s.sex");
        for (Measure m : MEASURES) {
            set.append(", ").append(m.column()).append(" = s.").append(m.column());
            names.append(", ").append(m.column());
            values.append(", s.").append(m.column());
        }
        for (String c : SCORES) {
            set.append(", ").append(c).append(" = f.").append(c);
            names.append(", ").append(c);
            values.append(", f.").append(c);
        }
        s.update("""
                update fitness_result t set %s, submission_id = ?
                from stage s join fscore f on f.row_no = s.row_no
                join learner_identity li on li.national_student_number = s.national_student_number
                join institution i on i.code = s.institution, institution ti
                where t.learner_id = li.learner_id and t.school_year = s.school_year and ti.id = t.institution_id
                  and (%s or (t.total_score, t.rating) is distinct from (f.total_score, f.rating))
                """.formatted(set, Merge.differs(COLUMNS)), submission);
        s.update("""
                insert into fitness_result (school_year, learner_id, %s, submission_id)
                select s.school_year, li.learner_id, %s, ?
                from stage s join fscore f on f.row_no = s.row_no
                join learner_identity li on li.national_student_number = s.national_student_number
                join institution i on i.code = s.institution
                where not exists (select 1 from fitness_result t where t.learner_id = li.learner_id and t.school_year = s.school_year)
                """.formatted(names, values), submission);
    }

    /** The scores the merge writes, as columns of {@code fitness_result} and of the temporary {@code fscore}. */
    private static final List<String> SCORES = List.of("bmi", "bmi_score", "vital_capacity_score", "run_50m_score",
            "sit_and_reach_score", "rope_skip_1min_score", "sit_up_1min_score", "run_50x8_score", "standing_long_jump_score",
            "pull_up_score", "run_800m_score", "run_1000m_score", "standard_score", "bonus", "total_score", "rating");

    /** Scores every staged row into the temporary table {@code fscore} (row_no and {@link #SCORES}). */
    private void score(Staged s) throws SQLException {
        s.exec("""
                create temp table fscore (row_no integer primary key, bmi numeric(3, 1), bmi_score smallint,
                    vital_capacity_score smallint, run_50m_score smallint, sit_and_reach_score smallint,
                    rope_skip_1min_score smallint, sit_up_1min_score smallint, run_50x8_score smallint,
                    standing_long_jump_score smallint, pull_up_score smallint, run_800m_score smallint,
                    run_1000m_score smallint, standard_score numeric(5, 2), bonus smallint, total_score numeric(5, 2),
                    rating text) on commit drop
                """);
        StringBuilder select = new StringBuilder("select row_no, grade, sex");
        for (Measure m : MEASURES) {
            select.append(", ").append(m.column());
        }
        // the rows are read whole before the copy begins: one connection cannot do both at once.
        // Per row: row_no, then per score its value (hundredths for the decimals), NONE for none
        int stride = 1 + SCORES.size();
        IntList scored = new IntList();
        int[] measures = new int[MEASURES.length];
        try (Statement st = s.connection.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery(select.append(" from stage").toString())) {
                while (rs.next()) {
                    for (int m = 0; m < MEASURES.length; m++) {
                        BigDecimal v = rs.getBigDecimal(4 + m);
                        measures[m] = v == null ? Measure.MISSING : v.movePointRight(2).intValueExact();
                    }
                    // the row checks have refused every row that cannot be scored
                    FitnessScore f = scorer.score(TestGrade.of(Grade.valueOf(rs.getString(2))), Sex.ofCode(rs.getString(3)),
                            measures, null);
                    scored.add(rs.getInt(1));
                    scored.add(f.bmiTenths());
                    for (FitnessItem item : FitnessItem.values()) {
                        scored.add(f.itemScore(item));
                    }
                    scored.add(f.standardHundredths());
                    scored.add(f.bonus());
                    scored.add(f.totalHundredths());
                    scored.add(f.rating().ordinal());
                }
            }
        }
        CopyRows copy = new CopyRows(s.connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy fscore from stdin"));
        Object[] out = new Object[SCORES.size()];
        FitnessRating[] ratings = FitnessRating.values();
        for (int r = 0; r < scored.size(); r += stride) {
            out[0] = BigDecimal.valueOf(scored.get(r + 1), 1);
            for (int i = 0; i < FitnessItem.values().length; i++) {
                int v = scored.get(r + 2 + i);
                out[1 + i] = v == FitnessScore.NONE ? null : v;
            }
            out[12] = BigDecimal.valueOf(scored.get(r + 13), 2);
            out[13] = scored.get(r + 14);
            out[14] = BigDecimal.valueOf(scored.get(r + 15), 2);
            out[15] = ratings[scored.get(r + 16)].code();
            copy.row(scored.get(r), out);
        }
        copy.end();
    }

    @Override
    public String exportQuery(ExportScope scope) {
        StringBuilder cols = new StringBuilder();
        for (Measure m : MEASURES) {
            cols.append(", t.").append(m.column());
        }
        return """
                select li.national_student_number, t.school_year, i.code as institution, t.grade, t.sex%s
                from fitness_result t
                join learner_identity li on li.learner_id = t.learner_id
                join institution i on i.id = t.institution_id
                where %s and %s
                order by li.national_student_number, t.school_year
                """.formatted(cols, scope.institution("i.id", "make_date(t.school_year, 9, 1)"), scope.year("t.school_year"));
    }
}
