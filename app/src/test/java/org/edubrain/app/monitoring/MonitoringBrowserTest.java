package org.edubrain.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.edubrain.app.HeadlessBrowser;
import org.edubrain.app.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A headless browser opens the plan overview and an indicator page and finds the chart, the
 * district table and the status of each indicator.
 */
class MonitoringBrowserTest extends PlatformTest {

    private static final Set<String> STATUSES = Set.of("正常推进", "存在风险", "进度滞后");

    @Autowired
    Monitoring monitoring;

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        monitoring.computeAll();
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

    @Test
    void overviewShowsEveryMainIndicatorWithItsStatusAndAnIndicatorPageItsChartAndDistricts() throws Exception {
        browser.get(url("/monitoring?year=2023"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#indicator-table tbody tr"));
        assertThat(rows).hasSize(10);
        for (WebElement row : rows) {
            String status = row.findElement(By.cssSelector(".status")).getText();
            assertThat(status).as(row.getAttribute("data-indicator")).isIn(STATUSES);
        }
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#indicator-table .spark svg")));
        screenshot("monitoring-overview");

        rows.get(1).findElement(By.cssSelector("td a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("公办幼儿园在园幼儿比率");
        List<WebElement> districts = browser.findElements(By.cssSelector("#district-values tbody tr"));
        // the city, ten districts and counties, four functional zones
        assertThat(districts).hasSize(15);
        assertThat(browser.findElement(By.id("district-values")).getText()).contains("甘井子区", "庄河市", "金普新区");
        assertThat(browser.findElement(By.id("city-status")).getText()).isIn(STATUSES);
        assertThat(browser.findElements(By.cssSelector("#district-map .tile"))).hasSize(10);
        assertThat(browser.findElement(By.id("what-if")).getText()).contains("公办");
        screenshot("monitoring-indicator");

        browser.findElements(By.cssSelector("#district-values tbody tr")).get(4).findElement(By.linkText("机构")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("institution-values")));
        assertThat(browser.findElements(By.cssSelector("#institution-values tbody tr"))).isNotEmpty();
        screenshot("monitoring-drilldown");

        browser.get(url("/monitoring/projects"));
        assertThat(browser.findElements(By.cssSelector("section.project"))).hasSize(8);
        screenshot("monitoring-projects");
    }
}
