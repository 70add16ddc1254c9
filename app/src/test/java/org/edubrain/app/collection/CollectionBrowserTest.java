package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.edubrain.app.HeadlessBrowser;
import org.edubrain.app.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A headless browser submits a class list the way a school's data clerk does: a dry run of a file
 * with a mistake (refused, the row and column named), the corrected file (a dry run that passes
 * with the 大班额 warning, then the real import), the submission's page with its change, the
 * city's approval that locks the year (a further upload is refused as locked), the reopening, and
 * the change on the institution's page (变更记录).
 */
class CollectionBrowserTest extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = HeadlessBrowser.signedIn(url("/login"), "admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void screenshot(String name) throws Exception {
        HeadlessBrowser.screenshot(browser, name);
    }

    private void upload(String set, Path file, boolean dryRun) {
        browser.get(url("/collection#" + set));
        browser.findElement(By.id("file-" + set)).sendKeys(file.toAbsolutePath().toString());
        var box = browser.findElement(By.id("dry-run-" + set));
        if (box.isSelected() != dryRun) {
            box.click();
        }
        browser.findElement(By.cssSelector("#upload-" + set + " button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("result-banner")));
    }

    @Test
    void aClassListIsCheckedImportedApprovedLockedAndReopened() throws Exception {
        Map<String, Object> c = jdbc.sql("""
                select i.code, i.name_zh as school, k.grade, k.name_zh as name, k.kind, k.size from school_class k
                join institution i on i.id = k.institution_id
                where k.school_year = 2025 and k.size < 50 and i.school_type = '211'
                  and not exists (select 1 from period_lock l where l.institution_id = i.id)
                order by k.id limit 1
                """).query().singleRow();
        String header = "学校标识码,学年,年级,班级名称,班级类型,班额（人）\n";
        Path bad = Files.createTempFile(Path.of("target"), "classes-bad-", ".csv");
        Files.writeString(bad, header + String.join(",", (String) c.get("code"), "2025", "Z9", (String) c.get("name"),
                (String) c.get("kind"), "58") + "\n", StandardCharsets.UTF_8);
        Path good = Files.createTempFile(Path.of("target"), "classes-", ".csv");
        Files.writeString(good, header + String.join(",", (String) c.get("code"), "2025", (String) c.get("grade"),
                (String) c.get("name"), (String) c.get("kind"), "58") + "\n", StandardCharsets.UTF_8);

        browser.get(url("/collection"));
        assertThat(browser.findElement(By.id("classes")).getText()).contains("班额");
        screenshot("collection-index");

        // a dry run of a file with an unknown grade: refused, naming row 2 and the column
        upload("classes", bad, true);
        assertThat(browser.findElement(By.id("result-refused")).isDisplayed()).isTrue();
        String problems = browser.findElement(By.id("problem-table")).getText();
        assertThat(problems).contains("unknown_code").contains("年级").contains("Z9");
        screenshot("collection-refused");

        // the corrected file: the dry run passes with the large-class warning, then the real import
        upload("classes", good, true);
        assertThat(browser.findElements(By.id("result-dryrun"))).isNotEmpty();
        assertThat(browser.findElement(By.id("problem-table")).getText()).contains("large_class");
        assertThat(jdbc.sql("select count(*) from school_class where size = 58 and name_zh = :n and school_year = 2025")
                .param("n", c.get("name")).query(Long.class).single()).as("a dry run writes nothing").isZero();
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("result-accepted")));
        assertThat(browser.findElement(By.id("result-counts")).getText()).contains("1");
        screenshot("collection-imported");
        int submission = jdbc.sql("select max(id) from submission where data_set = 'classes'").query(Integer.class).single();
        assertThat(jdbc.sql("select size from school_class k join institution i on i.id = k.institution_id "
                + "where i.code = :c and k.school_year = 2025 and k.name_zh = :n").param("c", c.get("code")).param("n", c.get("name"))
                .query(Integer.class).single()).isEqualTo(58);

        // the submission's page: its change; the city approves, which locks the school's year
        browser.get(url("/collection/submissions/" + submission));
        assertThat(browser.findElement(By.id("change-table")).getText()).contains("size").contains(String.valueOf(c.get("size")))
                .contains("58");
        browser.findElement(By.cssSelector("#approve-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("review-done")));
        screenshot("collection-submission");
        assertThat(jdbc.sql("select status from submission where id = :id").param("id", submission).query(String.class).single())
                .isEqualTo("city_approved");

        upload("classes", good, true);
        assertThat(browser.findElement(By.id("problem-table")).getText()).contains("period_locked");

        browser.get(url("/collection/submissions/" + submission));
        browser.findElement(By.id("reopen-note")).sendKeys("学校申请更正班额");
        browser.findElement(By.cssSelector("#reopen-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("review-done")));
        upload("classes", good, true);
        assertThat(browser.findElements(By.id("result-dryrun"))).isNotEmpty();

        // the institution's page keeps the change
        browser.get(url("/registry/institutions/" + c.get("code")));
        String history = browser.findElement(By.id("changes")).getText();
        assertThat(history).contains(String.valueOf(c.get("size"))).contains("58");
        screenshot("institution-changes");
        Files.delete(bad);
        Files.delete(good);
    }
}
