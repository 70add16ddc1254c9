package org.edubrain.app.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.edubrain.core.fitness.FitnessItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the fitness pages show, read from the scored results in {@code fitness_result}: counts by
 * rating (优秀, 良好, 及格, 不及格) and the rates built from them, the distribution of totals, and per
 * item the mean score and the share below 60 (the standard's 不及格 for an item), for a school, a
 * district or the city. Callers check the scope first.
 */
@Component
public class FitnessReports {

    /** Items in the order of the report card, with the columns of their score in {@code fitness_result}. */
    public static final List<FitnessItem> ITEMS = List.of(FitnessItem.values());

    private final JdbcClient jdbc;
    /** City means per (year, grade, sex): a scan of a year's results, kept while the results do not change. */
    private final Map<String, Map<String, ItemMeans>> cityMeans = new ConcurrentHashMap<>();
    private volatile long cityMeansVersion = -1;

    FitnessReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Students tested and their ratings; the rates are of those tested. */
    public record Rates(String key, long tested, long excellent, long good, long pass, long fail) {

        /** 优良率, per cent. */
        public Double goodOrExcellentRate() {
            return tested == 0 ? null : 100.0 * (excellent + good) / tested;
        }

        /** 合格率 (达标率), per cent. */
        public Double passRate() {
            return tested == 0 ? null : 100.0 * (tested - fail) / tested;
        }
    }

    /** Per item: students with a score, the mean score, the share below 60 points (per cent). */
    public record ItemMean(FitnessItem item, long n, Double mean, Double below60) {
    }

    /** The item means of one group of students. */
    public record ItemMeans(List<ItemMean> items) {

        public ItemMean of(FitnessItem item) {
            return items.stream().filter(i -> i.item() == item).findFirst().orElse(new ItemMean(item, 0, null, null));
        }
    }

    private static final String RATES = """
            count(*) as tested, count(*) filter (where rating = 'excellent') as excellent,
            count(*) filter (where rating = 'good') as good, count(*) filter (where rating = 'pass') as pass,
            count(*) filter (where rating = 'fail') as fail
            """;

    private static String itemAggregates() {
        StringBuilder sb = new StringBuilder();
        for (FitnessItem item : ITEMS) {
            String c = item.scoreColumn();
            sb.append(", count(").append(c).append("), avg(").append(c).append(")::float8, count(*) filter (where ")
                    .append(c).append(" < 60)");
        }
        return sb.toString();
    }

    private static ItemMeans itemMeans(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        List<ItemMean> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            long n = rs.getLong(first + 3 * i);
            if (n > 0) {
                double mean = rs.getDouble(first + 3 * i + 1);
                long below = rs.getLong(first + 3 * i + 2);
                items.add(new ItemMean(ITEMS.get(i), n, mean, 100.0 * below / n));
            }
        }
        return new ItemMeans(items);
    }

    /** School years with results at an institution, newest first. */
    public List<Integer> years(int institutionId) {
        return jdbc.sql("select distinct school_year from fitness_result where institution_id = ? order by 1 desc")
                .param(institutionId).query(Integer.class).list();
    }

    /** A school's results in a year by grade and sex ({@code key} = grade|sex), and the whole school ({@code key} = ""). */
    public List<Rates> schoolRates(int institutionId, int year) {
        return jdbc.sql("select coalesce(grade || '|' || sex, '') as key, " + RATES + """
                from fitness_result where institution_id = ? and school_year = ?
                group by grouping sets ((grade, sex), ()) order by grade nulls last, sex
                """).params(institutionId, year).query(Rates.class).list();
    }

    /** A school's rates year by year ({@code key} = the year). */
    public List<Rates> schoolTrend(int institutionId) {
        return jdbc.sql("select school_year::text as key, " + RATES + """
                from fitness_result where institution_id = ? group by school_year order by school_year
                """).param(institutionId).query(Rates.class).list();
    }

    /** Totals in bands of ten points: [0,10), [10,20) … [110,120]. */
    public long[] totals(int institutionId, int year) {
        long[] bins = new long[12];
        jdbc.sql("select least(floor(total_score / 10)::int, 11), count(*) from fitness_result "
                + "where institution_id = ? and school_year = ? group by 1").params(institutionId, year)
                .query((rs, n) -> bins[rs.getInt(1)] += rs.getLong(2)).list();
        return bins;
    }

    /** A school's item means in a year. */
    public ItemMeans schoolItems(int institutionId, int year) {
        return jdbc.sql("select 1" + itemAggregates() + " from fitness_result where institution_id = ? and school_year = ?")
                .params(institutionId, year).query((rs, n) -> itemMeans(rs, 2)).single();
    }

    /**
     * The city's item means in a year for students of the same grades and sexes as a school's, each
     * (grade, sex) weighted by the school's own students, so that a school is compared with the
     * city as if the city had its mix of grades.
     */
    public ItemMeans cityItemsLike(int institutionId, int year, long dataVersion) {
        Map<String, ItemMeans> city = cityMeans(year, dataVersion);
        List<Map<String, Object>> mix = jdbc.sql("select grade, sex, count(*) as n from fitness_result "
                + "where institution_id = ? and school_year = ? group by grade, sex").params(institutionId, year).query().listOfRows();
        List<ItemMean> items = new ArrayList<>();
        for (FitnessItem item : ITEMS) {
            double sum = 0;
            double below = 0;
            long n = 0;
            for (Map<String, Object> m : mix) {
                ItemMeans c = city.get(m.get("grade") + "|" + m.get("sex"));
                long w = ((Number) m.get("n")).longValue();
                ItemMean im = c == null ? null : c.of(item);
                if (im != null && im.mean() != null) {
                    sum += im.mean() * w;
                    below += im.below60() * w;
                    n += w;
                }
            }
            if (n > 0) {
                items.add(new ItemMean(item, n, sum / n, below / n));
            }
        }
        return new ItemMeans(items);
    }

    /** The city's item means of one grade and sex in a year. */
    public ItemMeans cityItems(int year, String grade, String sex, long dataVersion) {
        ItemMeans m = cityMeans(year, dataVersion).get(grade + "|" + sex);
        return m == null ? new ItemMeans(List.of()) : m;
    }

    private Map<String, ItemMeans> cityMeans(int year, long dataVersion) {
        if (dataVersion != cityMeansVersion) {
            cityMeans.clear();
            cityMeansVersion = dataVersion;
        }
        return cityMeans.computeIfAbsent(Integer.toString(year), y -> {
            Map<String, ItemMeans> m = new ConcurrentHashMap<>();
            jdbc.sql("select grade, sex" + itemAggregates() + " from fitness_result where school_year = ? group by grade, sex")
                    .param(year).query((rs, n) -> m.put(rs.getString(1) + "|" + rs.getString(2), itemMeans(rs, 3))).list();
            return m;
        });
    }

    /** The city's rates in a year by county-level unit ({@code key} = the unit's code), for the units given. */
    public List<Rates> districtRates(int year, List<Integer> districtIds) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select o.code as key, " + RATES.replace("rating", "f.rating") + """
                from fitness_result f
                join institution_membership m on m.institution_id = f.institution_id
                     and m.valid_from <= make_date(f.school_year, 9, 1)
                     and (m.valid_to is null or m.valid_to > make_date(f.school_year, 9, 1))
                join org_unit o on o.id = m.org_unit_id and o.classification = 'administrative'
                where f.school_year = ? and o.id = any(?) and f.grade in ('P1','P2','P3','P4','P5','P6','J1','J2','J3','S1','S2','S3')
                group by o.code order by o.code
                """).params(year, districtIds.toArray(new Integer[0])).query(Rates.class).list();
    }

    /** The schools of a county-level unit in a year with their rates ({@code key} = 学校标识码|name). */
    public List<Rates> schoolsIn(int year, int districtId) {
        return jdbc.sql("select i.code || '|' || i.name_zh as key, " + RATES.replace("rating", "f.rating") + """
                from fitness_result f join institution i on i.id = f.institution_id
                join institution_membership m on m.institution_id = f.institution_id
                     and m.valid_from <= make_date(f.school_year, 9, 1)
                     and (m.valid_to is null or m.valid_to > make_date(f.school_year, 9, 1))
                where f.school_year = ? and m.org_unit_id = ?
                group by i.code, i.name_zh order by i.code
                """).params(year, districtId).query(Rates.class).list();
    }

    /** Years with results anywhere, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct school_year from fitness_result order by 1 desc").query(Integer.class).list();
    }

    /** One of a student's yearly results with its scores, as stored. */
    public record Result(int year, String institutionCode, String institutionZh, String grade, String sex,
            Map<String, Object> values) {

        public Object get(String column) {
            return values.get(column);
        }
    }

    /** A student's results, oldest first. */
    public List<Result> student(int learnerId) {
        return jdbc.sql("""
                select f.*, i.code as institution_code, i.name_zh as institution_zh
                from fitness_result f join institution i on i.id = f.institution_id
                where f.learner_id = ? order by f.school_year
                """).param(learnerId).query().listOfRows().stream()
                .map(r -> new Result(((Number) r.get("school_year")).intValue(), (String) r.get("institution_code"),
                        (String) r.get("institution_zh"), (String) r.get("grade"), (String) r.get("sex"), r))
                .toList();
    }
}
