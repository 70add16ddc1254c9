package org.edubrain.app.valueadded;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.edubrain.app.democity.DemoCityLoaded;
import org.edubrain.core.valueadded.GrowthPercentiles.Growth;
import org.edubrain.core.valueadded.LongFile;
import org.edubrain.core.valueadded.LongRun;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Student growth percentiles of the city's exam results (学业水平测试成绩, data set exam_results),
 * computed as R package SGP 2.2.0.0 computes them ({@code core/valueadded}, docs/valueadded.md) and
 * kept in {@code growth_percentile}; and what the pages show of them: per school, district and city,
 * subject and grade, the median growth percentile with its interval and count beside the
 * achievement of the same students.
 *
 * <p>Each school year is one SGP run over the exam results of that year and the two before it: the
 * subject is the content area, the knots and boundaries are derived from the results (as the
 * package's {@code prepareSGP} derives them for a state without its own), every student counts for
 * the school tested in. A year is computed again whole.
 *
 * <p><b>Interval.</b> A 95% interval of the median from the order statistics (distribution-free,
 * the normal approximation of the binomial, e.g. Conover, Practical Nonparametric Statistics, §3.2):
 * of the n percentiles sorted, the j-th and k-th with j = ⌊n/2 − 0.98√n⌋ and k = ⌈n/2 + 1 + 0.98√n⌉
 * (1.96/2 = 0.98). <b>Minimum.</b> A median is shown only where at least {@link #MINIMUM} students
 * have a percentile; below that the page says so.
 *
 * <p><b>Achievement.</b> The mean of the same students' standardised scale scores, each standardised
 * within its grade and subject over the city (z = (score − mean) / standard deviation): 0 is the
 * city's average.
 */
@Service
public class GrowthResults {

    /** Students with a percentile needed before a median is shown. */
    public static final int MINIMUM = 20;

    private static final Logger log = LoggerFactory.getLogger(GrowthResults.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    GrowthResults(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** What a computation did. */
    public record Run(int year, int results, int percentiles, double seconds) {
    }

    @EventListener
    void onDemoCityLoaded(DemoCityLoaded event) throws SQLException, IOException {
        computeLatest();
    }

    /** Computes the latest school year with exam results, if any. */
    public Run computeLatest() throws SQLException, IOException {
        Integer year = jdbc.sql("select max(school_year) from exam_result").query(Integer.class).optional().orElse(null);
        return year == null ? null : compute(year);
    }

    /** Computes the growth percentiles of a school year from its exam results and those of the two years before. */
    public Run compute(int year) throws SQLException, IOException {
        long started = System.nanoTime();
        List<LongFile.Record> records = new ArrayList<>();
        Map<Integer, String> codes = new HashMap<>();
        // this year's record of each subject and student: the school tested in, the grade, the score
        Map<String, LongFile.Record> current = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select e.school_year, e.subject, e.learner_id, e.grade, e.scale_score, e.institution_id
                from exam_result e where e.school_year between ? and ?
                """)) {
            ps.setInt(1, year - 2);
            ps.setInt(2, year);
            ps.setFetchSize(50_000);
            c.setAutoCommit(false);
            try (ResultSet rs = ps.executeQuery()) {
                int line = 0;
                while (rs.next()) {
                    int y = rs.getInt(1);
                    String subject = rs.getString(2);
                    String learner = Integer.toString(rs.getInt(3));
                    String grade = rs.getString(4);
                    double score = rs.getDouble(5);
                    int institution = rs.getInt(6);
                    LongFile.Record r = new LongFile.Record(++line, true, subject, Integer.toString(y), learner, gradeNumber(grade),
                            score, codes.computeIfAbsent(institution, String::valueOf), LongRun.ENROLLED);
                    records.add(r);
                    if (y == year) {
                        current.put(subject + '/' + learner, r);
                    }
                }
            }
            c.commit();
        }
        if (current.isEmpty()) {
            return new Run(year, records.size(), 0, 0);
        }
        LongRun.Output out = LongRun.run(records, Integer.toString(year), null, Runtime.getRuntime().availableProcessors());
        StringBuilder copy = new StringBuilder(out.growth().size() * 40);
        for (Growth g : out.growth()) {
            LongFile.Record r = current.get(g.contentArea() + '/' + g.id());
            copy.append(year).append('\t').append(g.contentArea()).append('\t').append(g.id()).append('\t')
                    .append(r.school()).append('\t').append(gradeCode(r.grade())).append('\t').append(r.score())
                    .append('\t').append(g.sgp()).append('\t').append(g.order(1)).append('\t')
                    .append(g.order(2) > 0 ? Integer.toString(g.order(2)) : "\\N").append('\n');
        }
        double seconds;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("delete from growth_percentile where school_year = ?")) {
                del.setInt(1, year);
                del.executeUpdate();
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy growth_percentile (school_year, subject, learner_id, institution_id, "
                    + "grade, scale_score, sgp, sgp_order_1, sgp_order_2) from stdin", new StringReader(copy.toString()));
            summarise(c, year);
            seconds = (System.nanoTime() - started) / 1e9; // read, computed, stored and summarised
            try (PreparedStatement run = c.prepareStatement("""
                    insert into growth_run (school_year, computed_at, results, percentiles, seconds) values (?, now(), ?, ?, ?)
                    on conflict (school_year) do update set computed_at = now(), results = excluded.results,
                      percentiles = excluded.percentiles, seconds = excluded.seconds
                    """)) {
                run.setInt(1, year);
                run.setInt(2, records.size());
                run.setInt(3, out.growth().size());
                run.setDouble(4, Math.round(seconds * 100) / 100.0);
                run.executeUpdate();
            }
            c.commit();
        }
        log.info("Growth percentiles of {}: {} from {} exam results in {} s", year, out.growth().size(), records.size(),
                String.format("%.1f", seconds));
        return new Run(year, records.size(), out.growth().size(), seconds);
    }

    /** The SGP grade number of a grade code: P3–P6 are 3–6, J1–J3 are 7–9. */
    static int gradeNumber(String code) {
        int n = code.charAt(1) - '0';
        return code.charAt(0) == 'J' ? 6 + n : n;
    }

    /** The grade code of an SGP grade number: 3–6 are P3–P6, 7–9 are J1–J3. */
    static String gradeCode(int number) {
        return number <= 6 ? "P" + number : "J" + (number - 6);
    }

    /** The school years computed, the latest first. */
    public List<Integer> years() {
        return jdbc.sql("select school_year from growth_run order by school_year desc").query(Integer.class).list();
    }

    /**
     * A group's growth beside its achievement: {@code students} with a percentile; median, low and
     * high (the 95% interval) null below {@link #MINIMUM}.
     */
    public record GrowthFigure(int students, Double median, Integer low, Integer high, double achievement, double meanScore) {
        public boolean shown() {
            return median != null;
        }

        /** low/high achievement (below or above the city's 0) and low/high growth (below or from 50): "low.high". */
        public String reading() {
            return (achievement < 0 ? "low" : "high") + "." + (median == null || median < 50 ? "low" : "high");
        }
    }

    /** One school's line. */
    public record SchoolLine(int id, String code, String nameZh, String nameEn, String districtZh, String districtEn,
            GrowthFigure growth) {
    }

    /** One grade of a school (or the school as a whole when grade is null). */
    public record GradeLine(String subject, String grade, GrowthFigure growth) {
    }

    private static final String AGGREGATES = """
            count(*), percentile_cont(0.5) within group (order by z.sgp),
            (array_agg(z.sgp order by z.sgp))[greatest(1, floor(count(*) / 2.0 - 0.98 * sqrt(count(*))))::int],
            (array_agg(z.sgp order by z.sgp))[least(count(*), ceil(count(*) / 2.0 + 1 + 0.98 * sqrt(count(*))))::int],
            avg(z.z), avg(z.scale_score)
            """;

    /** The year's percentiles with each score standardised within subject and grade, once for the three levels. */
    private static final String STANDARDISED = """
            create temporary table z on commit drop as
            select g.subject, g.institution_id, g.grade, g.sgp, g.scale_score,
                   (g.scale_score - avg(g.scale_score) over w) / nullif(stddev_samp(g.scale_score) over w, 0) as z
            from growth_percentile g where g.school_year = ?
            window w as (partition by g.subject, g.grade)
            """;

    /** Computes the figures of the pages for a year into growth_summary, in the computation's transaction. */
    private static void summarise(Connection c, int year) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("delete from growth_summary where school_year = ?")) {
            del.setInt(1, year);
            del.executeUpdate();
        }
        String insert = "insert into growth_summary (school_year, subject, level, unit_id, grade, students, median, low, high, "
                + "achievement, mean_score) ";
        try (PreparedStatement ps = c.prepareStatement(STANDARDISED)) {
            ps.setInt(1, year);
            ps.executeUpdate();
        }
        String[] levels = {
            // each school, over its grades and per grade
            insert + "select ?, z.subject, 'school', z.institution_id, z.grade, " + AGGREGATES
                    + " from z group by z.subject, z.institution_id, rollup (z.grade)",
            // each district (administrative unit) the schools belong to on the census day
            insert + "select ?, z.subject, 'district', m.org_unit_id, z.grade, " + AGGREGATES + """
                     from z join institution_membership m on m.institution_id = z.institution_id
                       and m.valid_from <= make_date(?, 9, 1) and (m.valid_to is null or m.valid_to > make_date(?, 9, 1))
                     join org_unit o on o.id = m.org_unit_id and o.classification = 'administrative'
                     group by z.subject, m.org_unit_id, rollup (z.grade)""",
            insert + "select ?, z.subject, 'city', 0, z.grade, " + AGGREGATES + " from z group by z.subject, rollup (z.grade)"};
        for (String sql : levels) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                // the year, and the census day's year where the district level asks for it
                for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                    ps.setInt(i, year);
                }
                ps.executeUpdate();
            }
        }
    }

    private static final String FIGURES = "s.students, s.median, s.low, s.high, s.achievement, s.mean_score";

    private static GrowthFigure growth(ResultSet rs) throws SQLException {
        int n = rs.getInt("students");
        boolean enough = n >= MINIMUM;
        return new GrowthFigure(n, enough ? rs.getDouble("median") : null, enough ? rs.getInt("low") : null,
                enough ? rs.getInt("high") : null, rs.getDouble("achievement"), rs.getDouble("mean_score"));
    }

    /** The schools of the districts {@code districtIds} on the census day of the year, for one subject. */
    public List<SchoolLine> schools(int year, String subject, List<Integer> districtIds) {
        return jdbc.sql("""
                select i.id, i.code, i.name_zh, i.name_en, o.name_zh as d_zh, o.name_en as d_en, %s
                from growth_summary s join institution i on i.id = s.unit_id
                join institution_membership m on m.institution_id = i.id and m.valid_from <= make_date(:year, 9, 1)
                     and (m.valid_to is null or m.valid_to > make_date(:year, 9, 1))
                join org_unit o on o.id = m.org_unit_id and o.classification = 'administrative' and o.id = any(:ids)
                where s.school_year = :year and s.subject = :subject and s.level = 'school' and s.grade is null
                order by case when s.students >= :minimum then s.median end desc nulls last, i.code
                """.formatted(FIGURES)).param("year", year).param("subject", subject).param("minimum", MINIMUM)
                .param("ids", districtIds.toArray(Integer[]::new))
                .query((rs, n) -> new SchoolLine(rs.getInt("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("d_zh"), rs.getString("d_en"), growth(rs))).list();
    }

    /** Each district's growth (the key: the district's id) for one subject. */
    public Map<Integer, GrowthFigure> districts(int year, String subject, List<Integer> districtIds) {
        Map<Integer, GrowthFigure> out = new HashMap<>();
        jdbc.sql("select s.unit_id, " + FIGURES + """
                 from growth_summary s where s.school_year = :year and s.subject = :subject and s.level = 'district'
                  and s.grade is null and s.unit_id = any(:ids)
                """).param("year", year).param("subject", subject).param("ids", districtIds.toArray(Integer[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getInt("unit_id"), growth(rs));
                });
        return out;
    }

    /** The city as a whole, for one subject. */
    public GrowthFigure city(int year, String subject) {
        return jdbc.sql("select " + FIGURES + """
                 from growth_summary s where s.school_year = :year and s.subject = :subject and s.level = 'city' and s.grade is null
                """).param("year", year).param("subject", subject).query((rs, n) -> growth(rs)).optional().orElse(null);
    }

    /** A school by subject and grade, and by subject over its grades (grade null, first). */
    public List<GradeLine> school(int institutionId, int year) {
        return jdbc.sql("select s.subject, s.grade, " + FIGURES + """
                 from growth_summary s where s.school_year = :year and s.level = 'school' and s.unit_id = :id
                 order by s.subject, s.grade is not null, left(s.grade, 1) = 'J', s.grade
                """).param("year", year).param("id", institutionId)
                .query((rs, n) -> new GradeLine(rs.getString("subject"), rs.getString("grade"), growth(rs))).list();
    }
}
