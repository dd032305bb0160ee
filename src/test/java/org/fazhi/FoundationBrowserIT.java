package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation in a real browser (Debian Chromium): sign in, open the 督办台, and compute a
 * deadline with the portal's 工作日计算器 across National Day 2024.
 */
@FazhiBrowserIT
class FoundationBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void signInOpenTheBoardAndUseThePortalCalculator() {
        try (Browser browser = Browser.start(port)) {
            var d = browser.driver;
            browser.open("/console");
            assertThat(d.getCurrentUrl()).contains("/login");
            browser.submitSignIn("fzb", DemoUsers.PASSWORD);
            assertThat(d.getCurrentUrl()).contains("/console");
            assertThat(d.findElement(By.tagName("h1")).getText()).contains("孟依法");
            browser.screenshot("console-home");

            browser.open("/console/deadlines");
            assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("督办台");
            browser.screenshot("deadline-board");

            browser.open("/calculator");
            browser.script("document.getElementById('from').value = '2024-09-30';"
                    + "document.getElementById('mode-wd').checked = true;"
                    + "document.getElementById('n').value = '5';");
            browser.click(d.findElement(By.cssSelector("form[action$='/calculator'] button[type=submit]")));
            assertThat(browser.await(By.cssSelector("[aria-live=polite] strong")).getText()).isEqualTo("2024-10-12");
            assertThat(d.getPageSource()).contains("国庆节");
            browser.screenshot("portal-calculator");
        }
    }
}
