package org.fazhi.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.fazhi.support.Browser;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.TestClock;
import org.fazhi.support.TestClockConfig;
import org.fazhi.units.ActingAs;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Two-factor sign-in in a real browser with the production setting: a new staff member signs in
 * with the password, is held on the enrolment page (secret, key URI and a QR code that loads),
 * confirms with a first code and reaches the console; signing in again asks for a code, and the
 * code already used is refused before a fresh one lets her in. Screenshots under
 * target/screenshots/totp-*.png.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@TestPropertySource(properties = "fazhi.security.second-factor.required-for=all")
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

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static WebElement await(WebDriver d, By by) {
        return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void aNewStaffMemberEnrolsAnAuthenticatorAndThenSignsInWithACode() throws Exception {
        // 5 s into a time step, so that "the next step" is unambiguous
        long step = Totp.step(Instant.now()) + 10;
        clock.set(Instant.ofEpochSecond(step * Totp.STEP_SECONDS + 5));
        String username = staffMemberWithOwnPassword();

        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;
            signInWithPassword(d, username);
            assertThat(d.getCurrentUrl()).endsWith("/login/totp/enrol");
            d.get(url("/console/deadlines"));
            assertThat(d.getCurrentUrl()).as("the password alone reaches nothing").contains("/login/totp");
            d.get(url("/login/totp/enrol"));
            String secret = await(d, By.id("totp-secret")).getText().replace(" ", "");
            assertThat(d.findElement(By.id("totp-uri")).getText()).startsWith("otpauth://totp/Fazhi:" + username);
            Object qrWidth = ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.getElementById('totp-qr').naturalWidth");
            assertThat(((Number) qrWidth).intValue()).as("the QR code image loads").isPositive();
            browser.screenshot("totp-1-enrol");

            String first = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()), Totp.DIGITS);
            d.findElement(By.id("code")).sendKeys(first);
            d.findElement(By.id("totp-enrol-submit")).click();
            await(d, By.tagName("h1"));
            assertThat(d.getCurrentUrl()).doesNotContain("/login");

            d.manage().deleteAllCookies();
            signInWithPassword(d, username);
            assertThat(d.getCurrentUrl()).endsWith("/login/totp");
            await(d, By.id("code")).sendKeys(first);
            d.findElement(By.id("totp-submit")).click();
            assertThat(await(d, By.cssSelector(".alert-danger")).getText()).isNotBlank();
            assertThat(d.getCurrentUrl()).as("a used code is refused").contains("/login/totp");
            browser.screenshot("totp-2-code-refused");

            clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
            String next = Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()), Totp.DIGITS);
            await(d, By.id("code")).sendKeys(next);
            d.findElement(By.id("totp-submit")).click();
            await(d, By.tagName("h1"));
            assertThat(d.getCurrentUrl()).doesNotContain("/login");
            d.get(url("/console/account"));
            assertThat(await(d, By.id("main")).getText()).contains("已绑定身份验证器");
            browser.screenshot("totp-3-account");
        }
    }

    private void signInWithPassword(WebDriver d, String username) {
        d.get(url("/login"));
        await(d, By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(PASSWORD);
        d.findElement(By.id("login-submit")).click();
        await(d, By.tagName("h1"));
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
        acting.run(username, () -> accounts.changeOwnPassword(generated, PASSWORD));
        return username;
    }
}
