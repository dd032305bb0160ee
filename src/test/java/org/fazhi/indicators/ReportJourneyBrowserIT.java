package org.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The leader lands on the dashboard, whose charts draw (also at a phone's width); the county's rule-of-law
 * office drafts an annual report from the figures (its progress shown while it is drafted), writes a part's narrative, refreshes the figures (the
 * narrative stays), finds the Word, PDF and HTML downloads, submits and publishes it, and the public reads
 * it on the portal. Screenshots under target/screenshots/indicators-*.png.
 */
@FazhiBrowserIT
class ReportJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theLeadersDashboardDrawsItsChartsAndAReportIsDraftedEditedExportedAndPublished() {
        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The leader lands on the dashboard; every chart draws, on a desktop and on a phone.
            browser.signIn("lingdao");
            assertThat(d.getCurrentUrl()).contains("/console/indicators");
            for (String chart : List.of("indicators", "units", "trend", "overdue")) {
                browser.await(By.cssSelector("[data-chart='" + chart + "'] svg"));
            }
            browser.screenshot("indicators-1-dashboard");
            browser.size(390, 844);
            WebElement svg = browser.await(By.cssSelector("[data-chart='indicators'] svg"));
            assertThat(svg.getSize().getWidth()).isLessThanOrEqualTo(390);
            browser.screenshot("indicators-2-dashboard-phone");
            browser.size(1280, 900);

            // 2. The county's rule-of-law office drafts the report of an earlier year from the figures.
            browser.signIn("fzb");
            browser.open("/console/indicators/reports");
            browser.type("year", "2023");
            browser.submit("/console/indicators/reports");
            // the drafting runs in the background: its page shows the progress, then goes on to the report
            WebElement bar = browser.await(By.cssSelector("#job-progress [role=progressbar]"));
            assertThat(bar.getAttribute("aria-label")).isNotBlank();
            browser.screenshot("indicators-2b-drafting");
            browser.await(By.id("as-of"));
            Matcher m = Pattern.compile("/console/indicators/reports/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as("the report's page: %s", d.getCurrentUrl()).isTrue();
            String id = m.group(1);

            // 3. A part's narrative is written; refreshing the figures keeps it.
            WebElement first = d.findElements(By.cssSelector("textarea[name=narrative]")).get(0);
            String partField = first.getAttribute("id");
            browser.type(partField, "全年稳步推进依法行政，旅程测试段落。");
            browser.click(d.findElement(By.cssSelector("form:has(#" + partField + ") button[type=submit]")));
            assertThat(browser.await(By.cssSelector(".alert-success")).getText()).isNotBlank();
            browser.submit("/refresh");
            browser.await(By.cssSelector(".alert-success"));
            assertThat(browser.await(By.id(partField)).getAttribute("value")).isEqualTo("全年稳步推进依法行政，旅程测试段落。");
            for (String ext : List.of("docx", "pdf", "html")) {
                assertThat(d.findElements(By.cssSelector("a[href$='/reports/" + id + "/export." + ext + "']")))
                        .as(ext).hasSize(1);
            }
            browser.screenshot("indicators-3-report");

            // 4. Submitted, then made public: the portal shows it.
            browser.submitConfirmed("/submit");
            browser.await(By.id("publish"));
            browser.submitConfirmed("/publish");
            browser.click(browser.await(By.cssSelector("a[href='/reports/" + id + "']")));
            assertThat(browser.await(By.tagName("main")).getText()).contains("旅程测试段落");
            browser.screenshot("indicators-4-portal");
        }
    }
}
