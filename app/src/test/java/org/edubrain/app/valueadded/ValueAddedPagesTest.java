package org.edubrain.app.valueadded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.edubrain.app.HeadlessBrowser;
import org.edubrain.app.PlatformTest;
import org.edubrain.app.WebClient;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Value-added on the demo city's exam results: every student with last year's result in the grade
 * below (the order-1 cohort, counted here in SQL from exam_result) has a growth percentile and no
 * one else; a school's median and interval on its page equal those computed here from the stored
 * percentiles; the chart shows schools whose growth differs from their achievement both ways; a
 * headless browser opens the comparison and a school's page; scope holds for district and school
 * users.
 */
class ValueAddedPagesTest extends PlatformTest {

    private static final String PASSWORD = "valueadded-pages-password-1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    GrowthResults results;
    @Autowired
    UserStore users;

    String school;
    int year;

    @BeforeEach
    void prepare() throws Exception {
        if (results.years().isEmpty()) {
            results.computeLatest();
        }
        year = results.years().get(0);
        create("va-gjz", Role.DISTRICT_ADMIN, "210211");
        school = jdbc.sql("""
                select i.code from growth_percentile g join institution i on i.id = g.institution_id
                where g.school_year = :y and g.subject = 'MATHEMATICS' group by i.code having count(*) >= 40 order by i.code limit 1
                """).param("y", year).query(String.class).single();
        create("va-school", Role.SCHOOL_ADMIN, school);
    }

    private void create(String name, Role role, String scope) {
        if (users.find(name).isEmpty()) {
            users.create(new UserStore.NewUser(name, name, role, scope), PASSWORD, "test");
        }
    }

    @Test
    void every_student_of_an_order_one_cohort_has_a_percentile_and_no_one_else() {
        // the grade before, as the progression takes it (P3 → P4 … P6 → J1 … J2 → J3)
        long cohort = jdbc.sql("""
                select count(*) from exam_result e join exam_result p on p.learner_id = e.learner_id and p.subject = e.subject
                  and p.school_year = e.school_year - 1
                  and p.grade = case e.grade when 'P4' then 'P3' when 'P5' then 'P4' when 'P6' then 'P5' when 'J1' then 'P6'
                                             when 'J2' then 'J1' when 'J3' then 'J2' end
                where e.school_year = :y
                """).param("y", year).query(Long.class).single();
        long stored = jdbc.sql("select count(*) from growth_percentile where school_year = :y").param("y", year).query(Long.class).single();
        assertThat(stored).isPositive().isEqualTo(cohort);
        // order 2 where the grade two years back is there too
        long withTwo = jdbc.sql("select count(*) from growth_percentile where school_year = :y and sgp_order_2 is not null")
                .param("y", year).query(Long.class).single();
        assertThat(withTwo).isPositive().isLessThan(stored);
        assertThat(jdbc.sql("select count(*) from growth_percentile where school_year = :y and sgp <> coalesce(sgp_order_2, sgp_order_1)")
                .param("y", year).query(Long.class).single()).isZero();
    }

    @Test
    void a_schools_median_and_interval_are_those_of_its_students() throws Exception {
        int id = jdbc.sql("select id from institution where code = :c").param("c", school).query(Integer.class).single();
        List<Integer> sgp = jdbc.sql("select sgp from growth_percentile where school_year = :y and subject = 'MATHEMATICS' "
                + "and institution_id = :id order by sgp").param("y", year).param("id", id).query(Integer.class).list();
        int n = sgp.size();
        double median = n % 2 == 1 ? sgp.get(n / 2) : (sgp.get(n / 2 - 1) + sgp.get(n / 2)) / 2.0;
        int lo = sgp.get(Math.max(1, (int) Math.floor(n / 2.0 - 0.98 * Math.sqrt(n))) - 1);
        int hi = sgp.get(Math.min(n, (int) Math.ceil(n / 2.0 + 1 + 0.98 * Math.sqrt(n))) - 1);
        GrowthResults.GrowthFigure all = results.school(id, year).stream()
                .filter(l -> l.subject().equals("MATHEMATICS") && l.grade() == null).findFirst().orElseThrow().growth();
        assertThat(n).isGreaterThanOrEqualTo(GrowthResults.MINIMUM);
        assertThat(all.students()).isEqualTo(n);
        assertThat(all.median()).isEqualTo(median);
        assertThat(all.low()).isEqualTo(lo);
        assertThat(all.high()).isEqualTo(hi);
        String page = WebClient.basic(url(""), "admin", ADMIN_PASSWORD).get("/valueadded/schools/" + school).body();
        assertThat(page).contains(String.format("%.1f", median)).contains(lo + "–" + hi);
    }

    @Test
    void a_browser_sees_growth_against_achievement_and_a_schools_page() throws Exception {
        WebDriver browser = HeadlessBrowser.signedIn(url("/login"), "admin", ADMIN_PASSWORD);
        try {
            browser.get(url("/valueadded"));
            List<WebElement> dots = browser.findElements(By.cssSelector("#quadrant circle"));
            assertThat(dots).hasSizeGreaterThan(10);
            // schools whose growth differs from their achievement, both ways
            assertThat(dots.stream().map(d -> d.getAttribute("fill")).distinct().toList()).contains("#2e8b57", "#b0413e");
            assertThat(browser.findElements(By.cssSelector("#district-growth tbody tr"))).hasSizeGreaterThanOrEqualTo(10);
            HeadlessBrowser.screenshot(browser, "valueadded-overview");
            browser.get(url("/valueadded/schools/" + school));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("school-grades")));
            String table = browser.findElement(By.id("school-grades")).getText();
            assertThat(table).contains("数学", "语文", "各年级合计");
            HeadlessBrowser.screenshot(browser, "valueadded-school");
        } finally {
            browser.quit();
        }
    }

    @Test
    void districts_and_schools_see_their_own() throws Exception {
        WebClient gjz = WebClient.basic(url(""), "va-gjz", PASSWORD);
        var page = gjz.get("/valueadded");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("甘井子区").doesNotContain("中山区");
        WebClient mine = WebClient.basic(url(""), "va-school", PASSWORD);
        assertThat(mine.get("/valueadded/schools/" + school).statusCode()).isEqualTo(200);
        String other = jdbc.sql("select code from institution where code <> :c and school_type = '211' order by code limit 1")
                .param("c", school).query(String.class).single();
        assertThat(mine.get("/valueadded/schools/" + other).statusCode()).isEqualTo(403);
    }
}
