package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.Browser;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What citizens and staff tripped over, in a real browser (Debian Chromium), with screenshots under
 * target/screenshots: tables and the portal on a phone, the confirmation before an irreversible step,
 * the error summary brought into view, the calculator's modes, error pages in their layout, the audit
 * log in words, and a public page on a Fast 3G connection after the first visit.
 */
@FazhiBrowserIT
class KernelFixesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Units units;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    private void signIn(WebDriver d, String user) {
        d.get(base() + "/login");
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        d.findElement(By.id("login-submit")).click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));
    }

    private static void click(WebDriver d, WebElement e) {
        js(d, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    private TrackedDeadline deadline(String title, int daysFromNow) {
        return deadlines.trackFixed(NewDeadline.of("normdocs", "document-filing", UUID.randomUUID().toString(),
                title + " " + UUID.randomUUID().toString().substring(0, 6), "ND-05", LocalDate.now().minusDays(5),
                units.findByCode("SFX-DH").orElseThrow().id()).withLabel("报送备案"),
                LocalDate.now().plusDays(daysFromNow));
    }

    @Test
    void onAPhoneTheBoardsRowsBecomeCardsAndThePortalNavigationIsOneRow() {
        deadline("手机上查看的期限", 10);
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            browser.size(390, 844);
            signIn(d, "fzb");
            d.get(base() + "/console/deadlines?unitId=" + units.findByCode("SFX-DH").orElseThrow().id());
            assertThat(((Number) js(d, "return window.innerWidth;")).intValue()).isLessThanOrEqualTo(400);
            WebElement cell = d.findElement(By.cssSelector("table.fz-stackable tbody tr td[data-label]"));
            assertThat(cell.getSize().getWidth()).isGreaterThan(250);
            browser.screenshot("phone-deadline-board");

            d.get(base() + "/rules");
            long header = ((Number) js(d, "return document.querySelector('.fz-portal-header').offsetHeight;")).longValue();
            assertThat(header).isLessThan(90);
            assertThat(d.findElement(By.cssSelector(".fz-portal-header .navbar-toggler")).isDisplayed()).isTrue();
            assertThat(d.findElement(By.cssSelector("#fz-portal-nav")).isDisplayed()).isFalse();
            browser.screenshot("phone-portal-rules");
            d.findElement(By.cssSelector(".fz-portal-header .navbar-toggler")).click();
            new WebDriverWait(d, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fz-portal-nav a[href='/calculator']")));
            browser.screenshot("phone-portal-menu-open");
        }
    }

    @Test
    void bulkUrgingAsksForConfirmationFirstAndSaysWhomItReminded() {
        TrackedDeadline t = deadline("待催办的期限", 3);
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            signIn(d, "fzb");
            d.get(base() + "/console/deadlines?unitId=" + units.findByCode("SFX-DH").orElseThrow().id());
            click(d, d.findElement(By.id("pick-" + t.id())));
            click(d, d.findElement(By.id("bulk-urge-submit")));
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(5));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fz-confirm")));
            assertThat(d.findElement(By.id("fz-confirm-text")).getText()).contains("催办");
            browser.screenshot("confirm-before-urging");
            d.findElement(By.cssSelector("#fz-confirm [data-bs-dismiss=modal].btn")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("fz-confirm")));
            assertThat(d.findElements(By.cssSelector(".alert-success"))).isEmpty();
            click(d, d.findElement(By.id("bulk-urge-submit")));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fz-confirm-ok"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
            assertThat(d.findElement(By.cssSelector(".alert-success")).getText()).contains(t.subjectTitle())
                    .contains("韩乡安");
            browser.screenshot("bulk-urge-names-who");
        }
    }

    @Test
    void aRefusedLocalValueBringsItsErrorSummaryIntoViewWithTheFocus() {
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            signIn(d, "fzb");
            d.get(base() + "/console/rules/RC-01");
            WebElement amount = d.findElement(By.id("amount"));
            amount.clear();
            amount.sendKeys("15");
            js(d, "document.getElementById('effectiveFrom').value = '2095-01-01';");
            d.findElement(By.id("reason")).sendKeys("缩短申请期限");
            click(d, d.findElement(By.cssSelector("form[action$='/overrides'] button[type=submit]")));
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(5));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("fz-confirm-ok"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(js(d, "return document.activeElement.id;")).isEqualTo("error-summary");
            double top = ((Number) js(d, "return document.getElementById('error-summary').getBoundingClientRect().top;"))
                    .doubleValue();
            assertThat(top).isBetween(0.0, ((Number) js(d, "return window.innerHeight;")).doubleValue());
            assertThat(d.findElement(By.id("error-summary")).getText()).contains("RC-01").contains("15 日")
                    .contains("60 日").contains("只能延长");
            browser.screenshot("rules-loosening-refused");
        }
    }

    @Test
    void theCalculatorShowsOnlyTheChosenModeAndCountsBackFromAHearing() {
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            d.get(base() + "/calculator");
            assertThat(d.findElement(By.id("n")).isDisplayed()).isTrue();
            assertThat(d.findElement(By.id("rule")).isDisplayed()).isFalse();
            assertThat(d.findElement(By.id("rollover")).isDisplayed()).isFalse();
            browser.screenshot("calculator-working-days-mode");
            d.findElement(By.id("mode-rule")).click();
            assertThat(d.findElement(By.id("n")).isDisplayed()).isFalse();
            assertThat(d.findElement(By.id("rule")).isDisplayed()).isTrue();
            js(d, "document.getElementById('from').value = '2026-10-10';"
                    + "document.getElementById('rule').value = 'MD-03';");
            click(d, d.findElement(By.cssSelector("form[data-fz-modes] button[type=submit]")));
            assertThat(browser.await(By.cssSelector("[aria-live=polite] strong")).getText()).isEqualTo("2026-10-03");
            assertThat(d.getPageSource()).contains("最后可为之日");
            browser.screenshot("calculator-hearing-materials");
        }
    }

    @Test
    void errorPagesKeepTheirLayoutAndTheAuditLogSpeaksChinese() {
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            d.get(base() + "/documentz");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("页面不存在");
            assertThat(d.findElements(By.cssSelector(".fz-portal-header a[href='/calculator']"))).isNotEmpty();
            assertThat(d.findElements(By.id("login-form"))).isEmpty();
            browser.screenshot("public-not-found");
            signIn(d, "fzb");
            d.get(base() + "/console/no-such-page");
            assertThat(d.findElements(By.cssSelector(".fz-sidebar"))).isNotEmpty();
            browser.screenshot("console-not-found");
        }
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            signIn(d, "auditor");
            d.get(base() + "/console/audit?entityType=sign-in");
            assertThat(d.findElement(By.cssSelector("table tbody")).getText()).contains("登录").doesNotContain("sign-in");
            browser.screenshot("audit-log-in-words");
        }
    }

    @Test
    void aPublicPageLoadsInUnderOneAndAHalfSecondsOnFast3gAfterTheFirstVisit() {
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            browser.fast3g();
            d.get(base() + "/documents");
            long first = loadTime(d);
            // the next public page: its HTML comes over the throttled line, the versioned assets from the cache
            d.get(base() + "/consultations");
            long next = loadTime(d);
            d.get(base() + "/documents");
            long again = loadTime(d);
            System.out.printf("Fast 3G: /documents first visit %d ms; then /consultations %d ms, /documents again %d ms%n",
                    first, next, again);
            assertThat(next).isLessThan(1500);
            assertThat(again).isLessThan(1500);
            browser.screenshot("fast3g-consultations-after-first-visit");
        }
    }

    /** Milliseconds from the start of the navigation to the end of the load event. */
    private static long loadTime(WebDriver d) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(w -> ((Number) js(w,
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;")).doubleValue() > 0);
        return Math.round(((Number) js(d, "var n = performance.getEntriesByType('navigation')[0];"
                + " return n.loadEventEnd - n.startTime;")).doubleValue());
    }
}
