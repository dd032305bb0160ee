package org.fazhi.enforcement.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A penalty case of the demo county's comprehensive enforcement bureau through the user interface, in a
 * real browser, by its officer zhifa1: opened on an item of the bureau's power list with two certified
 * officers, a record of the inspection added as evidence, a fine proposed within the discretion
 * benchmark, the party notified and waiving its statement, the decision (confirmed in the dialog),
 * service and publication; the public finds the decision on the portal without the party's name or
 * identity number, and looks up an officer's certificate (valid) and an expired one. Screenshots under
 * target/screenshots/enforcement-*.png.
 */
@FazhiBrowserIT
class PenaltyCaseJourneyBrowserIT {

    private static final String PARTY_ID = "340102199001017777";

    @LocalServerPort
    int port;

    private static void date(Browser browser, String id, LocalDate value) {
        browser.await(By.id(id));
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value.toString());
    }

    @Test
    void aPenaltyCaseGoesFromOpeningToPublicationAndThePublicChecksAnOfficer() throws IOException {
        LocalDate today = LocalDate.now(TestClock.ZONE);
        String marker = "执法旅程" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Path dir = Files.createTempDirectory("fazhi-enforcement-journey-");
        Path record = Files.writeString(dir.resolve("现场检查笔录.txt"), "现场检查笔录：" + marker + "，当事人在场。",
                StandardCharsets.UTF_8);

        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The officer opens the case on the bureau's power item with two certified officers.
            browser.signIn("zhifa1");
            browser.open("/console/enforcement/cases/new");
            new Select(browser.await(By.id("agencyId"))).selectByVisibleText("示范县综合行政执法局");
            Select items = new Select(d.findElement(By.id("powerItemId")));
            items.getOptions().stream().filter(o -> o.getText().startsWith("SFX-ZHZF-CF-001")).findFirst()
                    .orElseThrow().click();
            browser.type("cause", marker + "擅自占用城市道路摆摊");
            date(browser, "openedOn", today);
            date(browser, "occurredOn", today);
            browser.click(d.findElement(By.id("pk-NATURAL_PERSON")));
            browser.type("partyName", "郝" + marker);
            browser.type("partyIdNo", PARTY_ID);
            browser.type("facts", "当事人在人民路人行道摆摊经营，占用道路约五平方米。");
            browser.click(d.findElement(By.xpath("//label[contains(., 'ZF3400101')]")));
            browser.click(d.findElement(By.xpath("//label[contains(., 'ZF3400102')]")));
            browser.click(d.findElement(By.cssSelector("form[action$='/console/enforcement/cases'] button[type=submit]")));
            browser.await(By.id("guide-next"));
            Matcher m = Pattern.compile("/console/enforcement/cases/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as("the case's page: %s", d.getCurrentUrl()).isTrue();
            assertThat(d.findElement(By.id("main")).getText()).contains(marker).contains("江执中").contains("钟秉公");
            browser.screenshot("enforcement-1-opened");

            // 2. The record of the inspection as evidence, with its digest.
            browser.type("ev-title", "现场检查笔录");
            new Select(d.findElement(By.id("ev-kind"))).selectByValue("DOCUMENT");
            new Select(d.findElement(By.id("ev-stage"))).selectByValue("INVESTIGATION");
            date(browser, "ev-captured", today);
            d.findElement(By.id("ev-file")).sendKeys(record.toAbsolutePath().toString());
            browser.submit("/evidence");
            assertThat(browser.await(By.id("main")).getText()).contains("现场检查笔录");

            // 3. A fine within the benchmark's range for the general level.
            browser.type("pr-violation", "CSDL-01");
            new Select(browser.await(By.id("pr-circumstance"))).selectByValue("GENERAL");
            new Select(d.findElement(By.id("pr-harm"))).selectByValue("MINOR");
            new Select(d.findElement(By.id("pr-outcome"))).selectByValue("PENALTY");
            new Select(d.findElement(By.id("pr-penalty"))).selectByValue("FINE");
            browser.type("pr-amount", "2000");
            browser.submit("/proposal");
            assertThat(browser.await(By.id("proposal-outcome")).getText()).contains("2000");

            // 4. The notice of the proposed penalty and the party's rights; the party waives its statement.
            date(browser, "notice-on", today);
            browser.type("notice-summary", "直接送达行政处罚事先告知书");
            browser.submit("/notice");
            date(browser, "waiver-on", today);
            browser.submit("/waiver");

            // 5. The decision, confirmed in the dialog; service.
            date(browser, "dec-on", today);
            browser.type("dec-text", "决定对当事人处以罚款人民币贰仟元整。");
            browser.submitConfirmed("/decision");
            assertThat(browser.await(By.id("decision-no")).getText()).isNotBlank();
            String decisionNo = d.findElement(By.id("decision-no")).getText();
            date(browser, "srv-on", today);
            browser.submit("/service");
            browser.screenshot("enforcement-2-decided");

            // 6. Publication within TS-01's seven working days.
            date(browser, "pub-on", today);
            browser.submitConfirmed("/publication");
            assertThat(browser.await(By.id("publication-done")).getText()).contains(today.toString());
            assertThat(d.findElements(By.id("flag-publication-late"))).isEmpty();
            browser.screenshot("enforcement-3-published");

            // 7. The public reads the decision without the party's name or identity number.
            d.manage().deleteAllCookies();
            browser.open("/enforcement/decisions");
            browser.click(browser.await(By.partialLinkText(decisionNo)));
            String published = browser.await(By.id("main")).getText();
            assertThat(published).contains(decisionNo).contains("擅自占用城市道路摆摊")
                    .doesNotContain("郝" + marker).doesNotContain(PARTY_ID);
            browser.screenshot("enforcement-4-public-decision");

            // 8. The public checks an officer's certificate, and an expired one.
            browser.open("/enforcement/certificates");
            browser.type("number", "ZF3400101");
            browser.click(d.findElement(By.id("lookup-submit")));
            assertThat(browser.await(By.id("lookup-result")).getText()).contains("江执中").contains("有效");
            browser.screenshot("enforcement-5-certificate");
            browser.open("/enforcement/certificates");
            browser.type("number", "ZF3400105");
            browser.click(d.findElement(By.id("lookup-submit")));
            assertThat(browser.await(By.id("lookup-result")).getText()).contains("孙立新").contains("过期");
        }
    }
}
