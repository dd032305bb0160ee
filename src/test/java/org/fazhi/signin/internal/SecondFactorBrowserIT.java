package org.fazhi.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.fazhi.support.Browser;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two-factor sign-in in a real browser with the production setting: a new staff member signs in
 * with the password, is held on the enrolment page (secret, key URI and a QR code that loads),
 * confirms with a first code and reaches the console; signing in again asks for a code, and the
 * code already used is refused before a fresh one lets her in. Screenshots under
 * target/screenshots/totp-*.png.
 */
@FazhiBrowserIT(properties = SecondFactorIT.REQUIRED_FOR_ALL)
class SecondFactorBrowserIT {

    static final String PASSWORD = "Qz8#Browser-Lantern";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    Units units;
    @Autowired
    ActingAs acting;
    @Autowired
    UserAccounts accounts;

    @Autowired
    org.fazhi.signin.Passwords passwords;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aNewStaffMemberEnrolsAnAuthenticatorAndThenSignsInWithACode() throws Exception {
        // 5 s into a time step, so that "the next step" is unambiguous
        long step = Totp.step(Instant.now()) + 10;
        clock.set(Instant.ofEpochSecond(step * Totp.STEP_SECONDS + 5));
        String username = staffMemberWithOwnPassword();

        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;
            signInWithPassword(browser, username);
            assertThat(d.getCurrentUrl()).endsWith("/login/totp/enrol");
            browser.open("/console/deadlines");
            assertThat(d.getCurrentUrl()).as("the password alone reaches nothing").contains("/login/totp");
            browser.open("/login/totp/enrol");
            String secret = browser.await(By.id("totp-secret")).getText().replace(" ", "");
            assertThat(d.findElement(By.id("totp-uri")).getText()).startsWith("otpauth://totp/Fazhi:" + username);
            Object qrWidth = browser.script("return document.getElementById('totp-qr').naturalWidth");
            assertThat(((Number) qrWidth).intValue()).as("the QR code image loads").isPositive();
            browser.screenshot("totp-1-enrol");

            String first = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()), Totp.DIGITS);
            d.findElement(By.id("code")).sendKeys(first);
            browser.click(d.findElement(By.id("totp-enrol-submit")));
            browser.await(By.tagName("h1"));
            assertThat(d.getCurrentUrl()).doesNotContain("/login");

            d.manage().deleteAllCookies();
            signInWithPassword(browser, username);
            assertThat(d.getCurrentUrl()).endsWith("/login/totp");
            browser.await(By.id("code")).sendKeys(first);
            browser.click(d.findElement(By.id("totp-submit")));
            assertThat(browser.await(By.cssSelector(".alert-danger")).getText()).isNotBlank();
            assertThat(d.getCurrentUrl()).as("a used code is refused").contains("/login/totp");
            browser.screenshot("totp-2-code-refused");

            clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
            String next = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()), Totp.DIGITS);
            browser.await(By.id("code")).sendKeys(next);
            browser.click(d.findElement(By.id("totp-submit")));
            browser.await(By.tagName("h1"));
            assertThat(d.getCurrentUrl()).doesNotContain("/login");
            browser.open("/console/account");
            assertThat(browser.await(By.id("main")).getText()).contains("已绑定身份验证器");
            browser.screenshot("totp-3-account");
        }
    }

    private void signInWithPassword(Browser browser, String username) {
        browser.open("/login");
        browser.submitSignIn(username, PASSWORD);
    }

    /**
     * A new account at 示范县教育局, created by the system administrator, its generated password changed
     * (through the services: with two factors required, a password alone reaches no API).
     */
    private String staffMemberWithOwnPassword() {
        String username = "totpb" + Long.toString(System.currentTimeMillis(), 36);
        long unitId = units.findByCode("SFX-JYJ").orElseThrow().id();
        String generated = acting.run(DemoUsers.ADMIN, () -> accounts.create(new org.fazhi.units.UserDraft(username,
                "测试" + username, unitId, null, null, true, null, null))).password();
        acting.run(username, () -> passwords.changeOwnPassword(generated, PASSWORD));
        return username;
    }
}
