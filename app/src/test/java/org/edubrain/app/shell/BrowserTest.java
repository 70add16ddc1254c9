package org.edubrain.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.edubrain.app.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real browser (Debian's chromium and chromedriver, headless) signs in and reads the district
 * table; the expected names, codes and totals come from the database's org units and records,
 * queried here independently of the page's own query.
 */
class BrowserTest extends PlatformTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("edubrain.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("edubrain.chromedriver", "/usr/bin/chromedriver"));

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private List<String> districtNames() {
        return browser.findElements(By.cssSelector("#district-table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void signsInAndReadsTheDistrictTable() throws Exception {
        List<String> expectedNames = jdbc.sql("""
                select o.name_zh from org_unit o join org_unit_parent p on p.child_id = o.id
                where o.kind in ('district', 'county', 'county_level_city') and p.valid_to is null order by o.code
                """).query(String.class).list();
        assertThat(expectedNames).hasSize(10).contains("甘井子区", "长海县", "瓦房店市");

        browser.get(url("/"));
        assertThat(districtNames()).as("the public page, before signing in").isEqualTo(expectedNames);

        browser.findElement(By.id("login-link")).click();
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        browser.get(url("/?year=2020"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#district-table tbody tr"));
        assertThat(rows).hasSize(10);
        assertThat(districtNames()).isEqualTo(expectedNames);
        long expectedLearners = jdbc.sql("select count(*) from enrolment where school_year = 2020").query(Long.class).single();
        long sum = 0;
        for (WebElement row : rows) {
            String learners = row.findElements(By.tagName("td")).get(3).getText().replace(",", "");
            assertThat(learners).matches("\\d+");
            sum += Long.parseLong(learners);
        }
        assertThat(sum).isEqualTo(expectedLearners);
        String total = browser.findElement(By.cssSelector("#district-table tfoot th:nth-child(4)")).getText();
        assertThat(Long.parseLong(total.replace(",", ""))).isEqualTo(expectedLearners);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#district-chart svg")));
        screenshot("home-zh");

        browser.findElement(By.id("lang-switch")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Dalian"));
        assertThat(districtNames()).contains("Ganjingzi District", "Changhai County", "Wafangdian City");
        screenshot("home-en");
        browser.findElement(By.id("lang-switch")).click();
    }

    @Test
    void findsAnInstitutionAndOpensIt() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        browser.get(url("/registry/institutions?q=" + java.net.URLEncoder.encode("甘井子区", "UTF-8") + "&type=211"));
        List<WebElement> links = browser.findElements(By.cssSelector("#institution-table tbody td:nth-child(2) a"));
        assertThat(links).isNotEmpty();
        screenshot("institutions");
        String name = links.get(0).getText();
        links.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("grade-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
        assertThat(browser.findElements(By.cssSelector("#grade-table tbody tr"))).hasSizeBetween(1, 6);
        screenshot("institution");
        browser.findElement(By.id("learner-list-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("learner-table")));
        browser.findElement(By.cssSelector("#learner-table tbody td a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("history-table")));
        assertThat(browser.findElement(By.id("id-number")).getText()).contains("*");
        screenshot("learner");
    }
}
