package org.edubrain.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * The supervision pages on the demo city: a headless browser opens the districts' verdicts and a
 * district's page and finds the coefficients table; a coefficient on the page equals the
 * enrolment-weighted CV computed here in SQL from the registry, independently of the code; a
 * district's administrator sees only the district, a school's administrator no district view.
 */
class SupervisionPagesTest extends PlatformTest {

    private static final String PASSWORD = "supervision-pages-password-1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.edubrain.app.monitoring.Monitoring monitoring;
    @Autowired
    UserStore users;
    @Autowired
    CountyEvaluations evaluations;

    @BeforeEach
    void users() {
        create("sup-gjz", Role.SUPERVISOR, "210211");
        String school = jdbc.sql("select code from institution where school_type = '211' order by code limit 1").query(String.class).single();
        create("sup-school", Role.SCHOOL_ADMIN, school);
    }

    private void create(String name, Role role, String scope) {
        if (users.find(name).isEmpty()) {
            users.create(new UserStore.NewUser(name, name, role, scope), PASSWORD, "test");
        }
    }

    @Test
    void a_browser_finds_the_verdicts_and_a_districts_coefficients() throws Exception {
        WebDriver browser = HeadlessBrowser.signedIn(url("/login"), "admin", ADMIN_PASSWORD);
        try {
            browser.get(url("/supervision?year=2025"));
            List<WebElement> rows = browser.findElements(By.cssSelector("#district-verdicts tbody tr"));
            // ten county-level units, each with 小学 and 初中 schools
            assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
            assertThat(browser.findElement(By.id("district-verdicts")).getText()).contains("中山区", "庄河市", "小学", "初中");
            HeadlessBrowser.screenshot(browser, "supervision-overview");
            browser.findElement(By.linkText("中山区")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("coefficients-primary")));
            List<WebElement> cv = browser.findElements(By.cssSelector("#coefficients-primary tbody tr"));
            assertThat(cv).hasSize(7);
            assertThat(cv.get(1).getText()).contains("每百名学生拥有县级以上骨干教师数").contains("0.50");
            assertThat(browser.findElements(By.cssSelector("#schools-primary tbody tr"))).isNotEmpty();
            // the coefficients over the years: seven lines per level against the limit
            assertThat(browser.findElements(By.cssSelector("#trend-primary polyline"))).hasSize(7);
            assertThat(browser.findElements(By.cssSelector("#trend-junior polyline"))).hasSize(7);
            HeadlessBrowser.screenshot(browser, "supervision-district");
        } finally {
            browser.quit();
        }
    }

    @Test
    void the_backbone_coefficient_is_the_weighted_cv_of_the_registry() throws Exception {
        // 中山区 2025, 小学: per school, 小学 pupils on the census day and the 专任教师 of 小学 with a backbone title;
        // X̄ = Σ teachers / Σ pupils, CV = √(Σ (nᵢ/N)(xᵢ − X̄)²) / X̄ — the published formula, in SQL
        Double expected = jdbc.sql("""
                with m as (select m.institution_id from institution_membership m join org_unit o on o.id = m.org_unit_id
                           where o.code = '210202' and m.valid_from <= date '2025-09-01'
                             and (m.valid_to is null or m.valid_to > date '2025-09-01')),
                s as (select i.id, (select count(*) from enrolment e where e.institution_id = i.id and e.school_year = 2025
                                      and e.grade like 'P%') as n,
                             (select count(*) from teacher_assignment a where a.institution_id = i.id and a.school_year = 2025
                                      and a.post = 'teacher' and a.stage = 'primary' and a.backbone_level is not null) as b
                      from institution i join m on m.institution_id = i.id
                      where i.school_type in ('211', '218', '312', '345')),
                e as (select s.* from s join institution i on i.id = s.id where s.n > 0 and not (i.school_type = '218' and s.n < 50)),
                t as (select sum(n)::float8 as nn, sum(b)::float8 / sum(n) as mean from e)
                select sqrt(sum(e.n / t.nn * power(e.b::float8 / e.n - t.mean, 2))) / min(t.mean) from e, t
                """).query(Double.class).single();
        String page = WebClient.basic(url(""), "admin", ADMIN_PASSWORD).get("/supervision/districts/210202?year=2025").body();
        int table = page.indexOf("id=\"coefficients-primary\"");
        int row = page.indexOf("每百名学生拥有县级以上骨干教师数", table);
        // the row: name, threshold with its unit ("1.0 人"), coefficient, limit
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td class=\"num\">([0-9.]+)</td>").matcher(page);
        assertThat(m.find(row)).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(expected, within(0.0005));
    }

    @Test
    void a_supervisor_sees_the_district_and_a_school_administrator_no_district_view() throws Exception {
        WebClient gjz = WebClient.basic(url(""), "sup-gjz", PASSWORD);
        var overview = gjz.get("/supervision?year=2025");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("甘井子区").doesNotContain("中山区");
        assertThat(gjz.get("/supervision/districts/210211?year=2025").statusCode()).isEqualTo(200);
        assertThat(gjz.get("/supervision/districts/210202?year=2025").statusCode()).isEqualTo(404);
        assertThat(WebClient.basic(url(""), "sup-school", PASSWORD).get("/supervision").statusCode()).isEqualTo(403);
        // the preschool evaluation and an indicator's history keep to the same scope; an analyst reads within it
        assertThat(gjz.get("/supervision/preschool?year=2025").body()).contains("甘井子区").doesNotContain("中山区");
        assertThat(gjz.get("/supervision/districts/210202/indicators/bs?year=2025").statusCode()).isEqualTo(404);
        assertThat(WebClient.basic(url(""), "sup-school", PASSWORD).get("/supervision/preschool").statusCode()).isEqualTo(403);
        create("analyst-scope", Role.ANALYST, "210211");
        WebClient analyst = WebClient.basic(url(""), "analyst-scope", PASSWORD);
        String page = analyst.get("/supervision/districts/210211?year=2025").body();
        assertThat(page).contains("id=\"balanced-guarantee\"").doesNotContain("id=\"enter-balanced\"");
        assertThat(analyst.get("/supervision/districts/210202?year=2025").statusCode()).isEqualTo(404);
        assertThat(gjz.get("/supervision/districts/210211?year=2025").body()).contains("id=\"enter-balanced\"");
    }

    @Test
    void the_district_report_comes_as_pdf_and_as_a_workbook_with_the_pages_coefficients() throws Exception {
        WebClient city = WebClient.basic(url(""), "admin", ADMIN_PASSWORD);
        var pdf = city.getBytes("/supervision/districts/210202/report.pdf?year=2025");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var xlsx = city.getBytes("/supervision/districts/210202/report.xlsx?year=2025");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        String page = city.get("/supervision/districts/210202?year=2025").body();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("学校指标");
            var cv = book.getSheet("差异系数");
            // title, head, then per level seven indicators and the verdict
            var first = cv.getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("小学");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("每百名学生拥有高于规定学历教师数");
            String shown = String.format(java.util.Locale.ROOT, "%.3f", first.getCell(2).getNumericCellValue());
            assertThat(page).contains("<td class=\"num\">" + shown + "</td>");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.50);
            // the schools of the page, one row each
            long rows = book.getSheet("学校指标").getPhysicalNumberOfRows();
            int onPage = page.split("<td class=\"nowrap\"><a href=\"/registry/institutions/", -1).length - 1;
            int levels = page.split("id=\"coefficients-", -1).length - 1;
            assertThat(rows).isEqualTo(2 + levels + onPage);
        }
        WebClient gjz = WebClient.basic(url(""), "sup-gjz", PASSWORD);
        assertThat(gjz.getBytes("/supervision/districts/210202/report.pdf").statusCode()).isEqualTo(404);
        assertThat(gjz.getBytes("/supervision/districts/210202/report.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_preschool_rates_are_the_plans_indicators_by_another_path() throws Exception {
        // plan monitoring derives 毛入园率 and 公办园在园幼儿比率 from its facts; the supervision page counts the registry directly
        monitoring.computeAll();
        WebClient city = WebClient.basic(url(""), "admin", ADMIN_PASSWORD);
        String page = city.get("/supervision/preschool?year=2024").body();
        assertThat(page).contains("id=\"preschool-indicators\"");
        var values = tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(city.get("/api/v1/plans/dalian-2021-2025/values?org=210211&year=2024").body(), java.util.List.class);
        double gross = 0;
        double publicShare = 0;
        for (Object o : values) {
            var v = (java.util.Map<String, Object>) o;
            if ("preschool_gross_enrolment_rate".equals(v.get("indicator"))) {
                gross = ((Number) v.get("value")).doubleValue();
            }
            if ("public_kindergarten_share".equals(v.get("indicator"))) {
                publicShare = ((Number) v.get("value")).doubleValue();
            }
        }
        int row = page.indexOf("甘井子区", page.indexOf("id=\"preschool-indicators\""));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td class=\"num[^\"]*\">([0-9.]+)%</td>").matcher(page);
        assertThat(m.find(row)).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(gross, within(0.05));
        assertThat(m.find()).isTrue();   // inclusive coverage
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(publicShare, within(0.05));
    }

    @Test
    void the_guarantee_section_counts_the_classes_over_their_limit() throws Exception {
        // by the rule: 中山区's regular 2025 classes of P1–J3 in its compulsory schools (小学, 教学点, 初中, 九年一贯制,
        // 完全中学, 十二年一贯制 — not special-education schools), and those over 45 (小学) or 50 (初中)
        java.util.Map<String, Object> c = jdbc.sql("""
                select count(*) as n, count(*) filter (where (c.grade like 'P%' and c.size > 45) or (c.grade like 'J%' and c.size > 50)) as over
                from school_class c join institution i on i.id = c.institution_id
                join institution_membership m on m.institution_id = c.institution_id
                join org_unit o on o.id = m.org_unit_id
                where o.code = '210202' and c.school_year = 2025 and (c.grade like 'P%' or c.grade like 'J%') and c.kind = 'regular'
                  and i.school_type not in ('514', '111', '342', '361', '369', '411', '412', '415', 'X01', 'X02')
                  and m.valid_from <= date '2025-09-01' and (m.valid_to is null or m.valid_to > date '2025-09-01')
                """).query().singleRow();
        long n = ((Number) c.get("n")).longValue();
        long over = ((Number) c.get("over")).longValue();
        assertThat(n).isPositive();
        String page = WebClient.basic(url(""), "admin", ADMIN_PASSWORD).get("/supervision/districts/210202?year=2025").body();
        int table = page.indexOf("id=\"balanced-guarantee\"");
        assertThat(table).isPositive();
        int row = page.indexOf("班额", table);
        String cells = page.substring(row, page.indexOf("</tr>", row));
        String expected = String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * (n - over) / n);
        assertThat(cells).contains(">" + expected + "<").contains(over == 0 ? "tag pass" : "tag fail").contains("登记数据");
    }

    private String status(String district, int year, String method, String part) {
        return jdbc.sql("""
                select e.status from county_evaluation e join org_unit o on o.id = e.org_unit_id
                where o.code = :d and e.school_year = :y and e.method = :m and e.part = :p
                """).param("d", district).param("y", year).param("m", method).param("p", part).query(String.class).optional().orElse(null);
    }

    private int latestYear() {
        return jdbc.sql("select max(school_year) from enrolment").query(Integer.class).single();
    }

    /** The table of a part of a method on a district's page, as HTML. */
    private static String table(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        return page.substring(at, page.indexOf("</table>", at));
    }

    @Test
    void the_whole_evaluation_holds_every_part_to_its_rule() throws Exception {
        int year = latestYear();
        WebClient city = WebClient.basic(url(""), "admin", ADMIN_PASSWORD);
        // 旅顺口区 filed 社会认可度 83.4% for the latest year: under 「达到85%以上」, so the county fails whatever else holds
        String page = city.get("/supervision/districts/210212?year=" + year).body();
        assertThat(table(page, "balanced-recognition")).contains("83.4%").contains("tag fail").contains("录入");
        assertThat(status("210212", year, "balanced", "recognition")).isEqualTo("fail");
        assertThat(status("210212", year, "balanced", "overall")).isEqualTo("fail");
        // a year earlier it filed a figure over 85%
        assertThat(status("210212", year - 1, "balanced", "recognition")).isEqualTo("pass");
        // 金州区's 名额分配 46% is under 「≥ 50%」: 政府保障程度 fails
        assertThat(table(city.get("/supervision/districts/210213?year=" + year).body(), "balanced-guarantee"))
                .contains("46.0%");
        assertThat(status("210213", year, "balanced", "guarantee")).isEqualTo("fail");
        // 普兰店区 has not filed the national monitoring report: the indicator is missing, so quality is not a pass
        String pld = table(city.get("/supervision/districts/210214?year=" + year).body(), "balanced-quality");
        int q9 = pld.indexOf("id=\"balanced-bq09\"");
        assertThat(pld.substring(q9, pld.indexOf("</tr>", q9))).contains("未录入").contains("tag incomplete");
        assertThat(status("210214", year, "balanced", "quality")).isIn("incomplete", "fail");
        // 长海县 lacks a public-service network for kindergartens (政府保障 3): the preschool evaluation fails
        assertThat(status("210224", year, "preschool", "guarantee")).isEqualTo("fail");
        assertThat(status("210224", year, "preschool", "overall")).isEqualTo("fail");
        // every unit and year has both verdicts and all their parts: 6 rows for each method
        long units = jdbc.sql("select count(distinct (org_unit_id, school_year)) from county_evaluation").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from county_evaluation").query(Long.class).single()).isEqualTo(units * 12);
        // 中山区's playgrounds are too small by the demo's design (SupervisionProfile): its resources fail, as its page says
        assertThat(status("210202", year, "balanced", "resources")).isEqualTo("fail");
        assertThat(city.get("/supervision/districts/210202?year=" + year).body()).contains("资源配置未达标");
    }

    @Test
    void the_whole_refresh_keeps_what_each_unit_evaluated_on_its_own_gives() {
        // the refresh evaluates two years at a time and every unit of a year in one pass; a unit's page
        // evaluates it alone, query by query: both must give every verdict and part alike
        evaluations.refresh();
        List<java.util.Map<String, Object>> kept = jdbc.sql(
                "select org_unit_id, school_year, method, part, status from county_evaluation order by 1, 2, 3, 4").query().listOfRows();
        assertThat(kept).hasSizeGreaterThan(100);
        java.util.Map<List<Object>, String> alone = new java.util.HashMap<>();
        java.util.Map<Integer, List<Integer>> unitsByYear = new java.util.TreeMap<>();
        kept.forEach(r -> unitsByYear.computeIfAbsent(((Number) r.get("school_year")).intValue(), y -> new java.util.ArrayList<>())
                .add(((Number) r.get("org_unit_id")).intValue()));
        unitsByYear.replaceAll((year, units) -> units.stream().distinct().toList());
        unitsByYear.forEach((year, units) -> {
            // 教育质量 2 of all the year's units in one pass, against each unit's alone
            java.util.Map<Integer, Double> together = evaluations.disabledEnrolmentRates(year, units);
            for (int unit : units) {
                CountyEvaluations.County c = evaluations.of(year, unit);
                for (org.edubrain.core.supervision.CountyMethod m : org.edubrain.core.supervision.CountyMethod.values()) {
                    alone.put(List.of(unit, year, m.code(), "overall"), c.result(m).status().code());
                    c.result(m).parts().forEach((part, r) -> alone.put(List.of(unit, year, m.code(), part.code()), r.status().code()));
                }
                assertThat(together.get(unit)).isEqualTo(evaluations.disabledEnrolmentRates(year, List.of(unit)).get(unit));
            }
        });
        for (var r : kept) {
            List<Object> key = List.of(((Number) r.get("org_unit_id")).intValue(), ((Number) r.get("school_year")).intValue(),
                    r.get("method"), r.get("part"));
            assertThat(alone.get(key)).as(key.toString()).isEqualTo(r.get("status"));
        }
        assertThat(alone).hasSameSizeAs(kept);
    }

    @Test
    void the_disabled_enrolment_rate_is_counted_from_the_registry() throws Exception {
        // 教育质量 2 「全县残疾儿童少年入学率」 for 甘井子区: disabled learners aged 6–15 on the census day in its institutions
        // ÷ the disabled children aged 6–15 on its latest register of the year
        int year = latestYear();
        Double expected = jdbc.sql("""
                select 100.0 * (select count(*) from enrolment e
                                join institution_membership m on m.institution_id = e.institution_id
                                join org_unit o on o.id = m.org_unit_id and o.code = '210211'
                                where e.school_year = :y and e.disability is not null and e.age >= 6 and e.age <= 15
                                  and m.valid_from <= make_date(:y, 9, 1) and (m.valid_to is null or m.valid_to > make_date(:y, 9, 1)))
                       / nullif((select sum(p.count) from population_estimate p join org_unit o on o.id = p.org_unit_id and o.code = '210211'
                                 where p.year = :y and p.population_group = 'disabled_register' and p.age >= 6 and p.age <= 15
                                   and p.source_id = (select max(source_id) from population_estimate q
                                                      where q.year = :y and q.population_group = 'disabled_register')), 0)
                """).param("y", year).query(Double.class).single();
        assertThat(expected).isNotNull();
        String row = table(WebClient.basic(url(""), "admin", ADMIN_PASSWORD).get("/supervision/districts/210211?year=" + year).body(),
                "balanced-quality");
        int q2 = row.indexOf("id=\"balanced-bq02\"");
        assertThat(row.substring(q2, row.indexOf("</tr>", q2)))
                .contains(String.format(java.util.Locale.ROOT, ">%.1f%%<", expected)).contains("登记数据")
                .contains(expected >= 95 ? "tag pass" : "tag fail");
    }

    @Test
    void a_supervisor_enters_a_finding_with_evidence_and_the_verdict_and_the_plan_follow() throws Exception {
        int year = latestYear();
        create("analyst-gjz", Role.ANALYST, "210211");
        WebClient sup = WebClient.basic(url(""), "sup-gjz", PASSWORD);
        long before = jdbc.sql("select count(*) from supervision_entry").query(Long.class).single();
        // not in scope, not a role that enters, a registry indicator the registry decides, no evidence: refused, nothing written
        assertThat(sup.postForm("/supervision/districts/210202/entries",
                java.util.Map.of("year", "" + year, "indicator", "bs", "value", "80", "evidence", "问卷报告")).statusCode()).isEqualTo(404);
        assertThat(WebClient.basic(url(""), "analyst-gjz", PASSWORD).postForm("/supervision/districts/210211/entries",
                java.util.Map.of("year", "" + year, "indicator", "bs", "value", "80", "evidence", "问卷报告")).statusCode()).isEqualTo(403);
        assertThat(sup.postForm("/supervision/districts/210211/entries",
                java.util.Map.of("year", "" + year, "indicator", "bg05", "value", "100", "evidence", "自报")).statusCode()).isEqualTo(409);
        assertThat(sup.postForm("/supervision/districts/210211/entries",
                java.util.Map.of("year", "" + year, "indicator", "bs", "value", "80", "evidence", " ")).statusCode()).isEqualTo(400);
        assertThat(sup.postForm("/supervision/districts/210211/entries",
                java.util.Map.of("year", "" + year, "indicator", "bv1", "evidence", "核查记录")).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from supervision_entry").query(Long.class).single()).isEqualTo(before);
        // 社会认可度 80%: a figure under 85% fails the county, and the entry before it stays as history
        var saved = sup.postForm("/supervision/districts/210211/entries",
                java.util.Map.of("year", "" + year, "indicator", "bs", "value", "80", "evidence", "第三方满意度调查报告（2025年11月）第12页"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(status("210211", year, "balanced", "recognition")).isEqualTo("fail");
        assertThat(status("210211", year, "balanced", "overall")).isEqualTo("fail");
        String history = sup.get("/supervision/districts/210211/indicators/bs?year=" + year).body();
        assertThat(table(history, "entries")).contains("80.00%").contains("sup-gjz").contains("第三方满意度调查报告");
        assertThat(table(history, "entries").split("<tr", -1).length - 2).isEqualTo(2); // this entry and the demo's
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'supervision.entry' and actor = 'sup-gjz' and detail ->> 'indicator' = 'bs'
                """).query(Long.class).single()).isEqualTo(1);
        // plan monitoring counts the passing units from the verdicts: the city's value is their number
        monitoring.computeAll();
        long passing = jdbc.sql("""
                select count(*) from county_evaluation where school_year = :y and method = 'balanced' and part = 'overall' and status = 'pass'
                """).param("y", year).query(Long.class).single();
        var values = tools.jackson.databind.json.JsonMapper.builder().build().readValue(WebClient.basic(url(""), "admin", ADMIN_PASSWORD)
                .get("/api/v1/plans/dalian-2021-2025/values?year=" + year).body(), java.util.List.class);
        Object found = null;
        for (Object o : values) {
            if ("t_quality_balanced_counties".equals(((java.util.Map<?, ?>) o).get("indicator"))) {
                found = ((java.util.Map<?, ?>) o).get("value");
            }
        }
        assertThat(found).isNotNull();
        assertThat(((Number) found).doubleValue()).isEqualTo((double) passing);
    }

    @Test
    void an_evidence_file_is_kept_with_its_entry_and_served_only_within_scope() throws Exception {
        int year = latestYear();
        create("sup-zs", Role.SUPERVISOR, "210202");
        String boundary = "----edubrain-evidence-boundary";
        byte[] pdf = "%PDF-1.4\n% 满意度调查报告\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> fields = java.util.Map.of("year", "" + year, "indicator", "bv2", "met", "yes",
                "evidence", "区教育局2025年招生入学专项检查报告");
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\reports\\检查报告.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url("/supervision/districts/210211/entries")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("sup-gjz:" + PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        java.util.Map<String, Object> kept = jdbc.sql("""
                select f.id, f.file_name, f.sha256 from supervision_evidence f join supervision_entry e on e.id = f.entry_id
                where e.indicator = 'bv2' and e.entered_by = 'sup-gjz' order by f.id desc limit 1
                """).query().singleRow();
        // the name without the uploader's path; the digest of the bytes sent
        assertThat(kept.get("file_name")).isEqualTo("检查报告.pdf");
        assertThat(kept.get("sha256")).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        long id = ((Number) kept.get("id")).longValue();
        var got = WebClient.basic(url(""), "sup-gjz", PASSWORD).getBytes("/supervision/evidence/" + id);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(pdf);
        assertThat(got.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(WebClient.basic(url(""), "sup-zs", PASSWORD).getBytes("/supervision/evidence/" + id).statusCode()).isEqualTo(404);
        // an analyst of the district reads the findings, not the documents
        create("analyst-ev", Role.ANALYST, "210211");
        assertThat(WebClient.basic(url(""), "analyst-ev", PASSWORD).getBytes("/supervision/evidence/" + id).statusCode()).isEqualTo(403);
        // the entry and its file are audited together, with the file's digest
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'supervision.entry' and actor = 'sup-gjz' and detail ->> 'sha256' = :h
                """).param("h", kept.get("sha256")).query(Long.class).single()).isEqualTo(1);
        // the page links it beside the finding
        String page = WebClient.basic(url(""), "sup-gjz", PASSWORD).get("/supervision/districts/210211?year=" + year).body();
        assertThat(page).contains("/supervision/evidence/" + id);
    }

    @Autowired
    GuaranteeCounts guaranteeCounts;

    @Test
    void the_guarantee_counts_of_all_districts_at_once_are_those_of_each_alone() {
        int year = latestYear();
        java.util.List<Integer> ids = jdbc.sql("""
                select o.id from org_unit o where o.classification = 'administrative' and o.kind <> 'city' order by o.code
                """).query(Integer.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(10);
        var all = guaranteeCounts.of(year, ids);
        for (int id : ids) {
            assertThat(all.get(id)).as("district %d", id).isEqualTo(guaranteeCounts.of(year, id));
        }
        // and the class counts of one of them by the rule, independently: regular P/J classes of its evaluated schools
        assertThat(all.values().stream().mapToLong(org.edubrain.core.supervision.GuaranteeEvaluation::classes).sum()).isPositive();
    }
}
