package org.edubrain.app.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.WebClient;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fitness pages as their users reach them: the numbers on the pages are the ones an
 * independent count of {@code fitness_result} gives; a district administrator sees only the
 * district and gets 403 for another district's school and student; the report card comes as a
 * PDF too; an analyst (aggregates only) cannot open a student's card.
 */
class FitnessPagesTest extends PlatformTest {

    private static final String PASSWORD = "fitness-pages-password-1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;

    private String ganjingziSchool;
    private String zhongshanSchool;

    @BeforeEach
    void users() {
        create("fit-city", Role.CITY_ADMIN, "210200");
        create("fit-gjz", Role.DISTRICT_ADMIN, "210211");
        create("fit-analyst", Role.ANALYST, "210200");
        ganjingziSchool = schoolIn("210211");
        zhongshanSchool = schoolIn("210202");
    }

    private void create(String name, Role role, String scope) {
        if (users.find(name).isEmpty()) {
            users.create(new UserStore.NewUser(name, name, role, scope), PASSWORD, "test");
        }
    }

    /** A primary school of the district in 2025 with results that year (independent SQL). */
    private String schoolIn(String district) {
        return jdbc.sql("""
                select i.code from institution i join institution_membership m on m.institution_id = i.id
                join org_unit o on o.id = m.org_unit_id
                where o.code = ? and i.school_type = '211' and m.valid_from <= date '2025-09-01'
                  and (m.valid_to is null or m.valid_to > date '2025-09-01')
                  and exists (select 1 from fitness_result f where f.institution_id = i.id and f.school_year = 2025)
                order by i.code limit 1
                """).param(district).query(String.class).single();
    }

    private String studentOf(String school) {
        return jdbc.sql("""
                select l.key from fitness_result f join learner l on l.id = f.learner_id join institution i on i.id = f.institution_id
                where i.code = ? and f.school_year = 2025 order by l.key limit 1
                """).param(school).query(String.class).single();
    }

    @Test
    void the_school_page_shows_the_schools_own_rate() throws Exception {
        WebClient city = WebClient.basic(url(""), "fit-city", PASSWORD);
        HttpResponse<String> page = city.get("/fitness/schools/" + ganjingziSchool + "?year=2025");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, Object> counts = jdbc.sql("""
                select count(*) as n, count(*) filter (where rating in ('excellent', 'good')) as good
                from fitness_result f join institution i on i.id = f.institution_id where i.code = ? and f.school_year = 2025
                """).param(ganjingziSchool).query().singleRow();
        double rate = 100.0 * ((Number) counts.get("good")).longValue() / ((Number) counts.get("n")).longValue();
        assertThat(page.body()).contains("id=\"school-good-rate\">" + String.format("%.1f", rate) + "%<");
        assertThat(page.body()).contains("id=\"item-means\"").contains("肺活量");
    }

    @Test
    void the_overview_gives_the_citys_rate_of_primary_and_secondary_students() throws Exception {
        WebClient city = WebClient.basic(url(""), "fit-city", PASSWORD);
        HttpResponse<String> page = city.get("/fitness?year=2020");
        assertThat(page.statusCode()).isEqualTo(200);
        double rate = jdbc.sql("""
                select 100.0 * count(*) filter (where rating in ('excellent', 'good')) / count(*) from fitness_result
                where school_year = 2020 and grade in ('P1','P2','P3','P4','P5','P6','J1','J2','J3','S1','S2','S3')
                """).query(Double.class).single();
        assertThat(rate).isBetween(31.1, 31.3);
        assertThat(page.body()).contains(String.format("%.1f", rate) + "%</td>");
        // the districts on the city's map, the file shipped under the city's code
        assertThat(page.body()).contains("id=\"fitness-map\"").contains("data-map=\"210200\"").contains("/js/maps/210200.js");
        assertThat(city.get("/js/maps/210200.js").body()).contains("registerMap('210200'").contains("甘井子区");
    }

    @Test
    void a_district_administrator_stays_in_the_district() throws Exception {
        WebClient gjz = WebClient.basic(url(""), "fit-gjz", PASSWORD);
        HttpResponse<String> overview = gjz.get("/fitness");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains(ganjingziSchool).doesNotContain(zhongshanSchool);
        assertThat(gjz.get("/fitness/schools/" + ganjingziSchool).statusCode()).isEqualTo(200);
        assertThat(gjz.get("/fitness/schools/" + zhongshanSchool).statusCode()).isEqualTo(403);
        assertThat(gjz.get("/fitness/students/" + studentOf(zhongshanSchool)).statusCode()).isEqualTo(403);
    }

    @Test
    void the_report_card_as_page_and_pdf_and_its_reads_audited() throws Exception {
        String key = studentOf(ganjingziSchool);
        WebClient gjz = WebClient.basic(url(""), "fit-gjz", PASSWORD);
        HttpResponse<String> card = gjz.get("/fitness/students/" + key);
        assertThat(card.statusCode()).isEqualTo(200);
        String total = jdbc.sql("""
                select f.total_score::text from fitness_result f join learner l on l.id = f.learner_id
                where l.key = ? order by f.school_year desc limit 1
                """).param(key).query(String.class).single();
        assertThat(card.body()).contains("id=\"card-total\">" + total + "<").contains("id=\"card-items\"");
        // every item the student was scored on is a row of the card, with its score
        Map<String, Object> scores = jdbc.sql("""
                select f.vital_capacity_score, f.run_50m_score from fitness_result f join learner l on l.id = f.learner_id
                where l.key = ? order by f.school_year desc limit 1
                """).param(key).query().singleRow();
        assertThat(card.body()).containsPattern("<td>肺活量</td>\\s*<td class=\"num\">[0-9.]+ mL</td>\\s*<td class=\"num\">"
                + scores.get("vital_capacity_score") + "</td>");
        assertThat(card.body()).containsPattern("<td>50米跑</td>\\s*<td class=\"num\">[0-9.]+ s</td>\\s*<td class=\"num\">"
                + scores.get("run_50m_score") + "</td>");
        // no identity number on the card
        assertThat(card.body()).doesNotContainPattern("\\d{17}[0-9X]");
        HttpResponse<String> pdf = gjz.get("/fitness/students/" + key + "/card.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        long audited = jdbc.sql("select count(*) from audit_event where action = 'fitness.card' and object_key = ?")
                .param(key).query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(2);
        assertThat(WebClient.basic(url(""), "fit-analyst", PASSWORD).get("/fitness/students/" + key).statusCode()).isEqualTo(403);
    }

    @Test
    void a_sixth_grader_has_a_graduation_score_of_half_the_final_year_and_half_the_other_years() throws Exception {
        // 毕业成绩 = 毕业当年学年总分 × 50% + 其他学年总分平均得分 × 50%, computed here in SQL
        Map<String, Object> row = jdbc.sql("""
                select l.key, round((f.total_score + (select avg(o.total_score) from fitness_result o
                                     where o.learner_id = f.learner_id and o.school_year < 2025 and o.grade like 'P%')) / 2, 2)::text as graduation
                from fitness_result f join learner l on l.id = f.learner_id join institution i on i.id = f.institution_id
                where f.school_year = 2025 and f.grade = 'P6' and i.code = ?
                  and exists (select 1 from fitness_result o where o.learner_id = f.learner_id and o.school_year < 2025 and o.grade like 'P%')
                order by l.key limit 1
                """).param(ganjingziSchool).query().singleRow();
        HttpResponse<String> card = WebClient.basic(url(""), "fit-gjz", PASSWORD).get("/fitness/students/" + row.get("key"));
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("id=\"card-graduation\">" + row.get("graduation") + "<");
    }
}
