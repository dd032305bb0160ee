package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console shell in a real browser: sign in and land on the console. */
@FazhiBrowserIT
class ShellBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aDemoUserSignsInAndSeesTheConsole() {
        try (Browser browser = Browser.start()) {
            var d = browser.driver;
            d.get("http://127.0.0.1:" + port + "/console");
            assertThat(d.getCurrentUrl()).contains("/login");
            d.findElement(By.id("username")).sendKeys("fzb");
            d.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
            d.findElement(By.id("login-submit")).click();
            assertThat(d.getCurrentUrl()).contains("/console");
            assertThat(d.findElement(By.tagName("h1")).getText()).contains("孟依法");
            browser.screenshot("console-home");
        }
    }
}
