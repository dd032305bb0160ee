package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen applies for reconsideration on the portal and follows it, in a real browser: the form
 * with identity and a file, the receipt number and verification code shown once, the look-up by both;
 * the county justice bureau's reviewer (shencha) asks for a 补正 in the console; the citizen reads what
 * to supply on the portal and supplies it there; the reviewer accepts; the citizen sees it accepted.
 * Screenshots under target/screenshots/reconsideration-*.png.
 */
@FazhiBrowserIT
class ReconsiderationJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aCitizenAppliesOnThePortalSuppliesTheCorrectionAndFollowsItByReceipt() throws Exception {
        LocalDate today = LocalDate.now(TestClock.ZONE);
        Path id = Files.createTempFile("identity", ".txt");
        Files.writeString(id, "身份证明（演示）");
        String act = "对本人作出的罚款决定（旅程" + System.nanoTime() % 100000 + "）";
        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The citizen applies on the portal, without signing in.
            browser.open("/reconsideration");
            new Select(browser.await(By.id("apply-bodyId"))).selectByVisibleText("示范县人民政府");
            WebElement respondent = d.findElement(By.id("apply-respondentUnitId"));
            String market = respondent.findElement(By.xpath(".//option[normalize-space(.)='示范县市场监督管理局']"))
                    .getAttribute("value");
            new Select(respondent).selectByValue(market);
            browser.type("apply-applicantName", "旅程申请人");
            browser.type("apply-idNo", "430000199005050055");
            browser.type("apply-phone", "13900005555");
            new Select(d.findElement(By.id("apply-actType"))).selectByValue("PENALTY");
            browser.type("apply-actDescription", act);
            browser.script("arguments[0].value = arguments[1];", d.findElement(By.id("apply-knowledgeDate")),
                    today.minusDays(5).toString());
            browser.type("apply-requests", "撤销罚款决定");
            browser.type("apply-factsAndReasons", "本人未实施所称违法行为。");
            d.findElement(By.id("identityFile")).sendKeys(id.toAbsolutePath().toString());
            browser.click(d.findElement(By.id("apply-submit")));
            String receipt = browser.await(By.id("receipt-number")).getText();
            String code = d.findElement(By.id("receipt-code")).getText();
            assertThat(receipt).startsWith("FY");
            assertThat(code).hasSize(8);
            browser.screenshot("reconsideration-1-receipt");

            // 2. It follows the application by receipt and code.
            track(browser, receipt, code);
            assertThat(browser.await(By.id("status-text")).getText()).contains("审查");
            assertThat(d.findElement(By.id("status")).getText()).doesNotContain("旅程申请人", "430000199005050055");

            // 3. The county justice bureau's reviewer asks for a 补正.
            browser.signIn("shencha");
            browser.open("/console/reconsideration?q=" + receipt);
            browser.click(browser.await(By.linkText(receipt)));
            browser.type("correction-notice-items", "请补充提交罚款决定书复印件。");
            browser.submit("/correction-notice");
            assertThat(browser.await(By.id("guide-next")).getText()).contains("补正");
            browser.screenshot("reconsideration-2-correction-asked");

            // 4. The citizen reads what to supply and supplies it on the portal.
            d.manage().deleteAllCookies();
            track(browser, receipt, code);
            assertThat(browser.await(By.id("correction-items")).getText()).contains("罚款决定书复印件");
            browser.type("note", "已补充罚款决定书复印件（见附件）。");
            d.findElement(By.id("files")).sendKeys(id.toAbsolutePath().toString());
            browser.click(d.findElement(By.id("correction-submit")));
            assertThat(browser.await(By.id("track-done")).getText()).contains("补正");
            assertThat(d.findElement(By.id("status-events")).getText()).contains("收到补正材料");
            browser.screenshot("reconsideration-3-correction-supplied");

            // 5. The reviewer accepts it in the ordinary procedure.
            browser.signIn("shencha");
            browser.open("/console/reconsideration?q=" + receipt);
            browser.click(browser.await(By.linkText(receipt)));
            WebElement procedure = browser.await(By.id("acceptance-procedure"));
            new Select(procedure).selectByValue("ORDINARY");
            browser.submit("/acceptance");
            assertThat(browser.await(By.id("guide-next")).getText()).contains("副本");

            // 6. The citizen sees it accepted, with the decision's due date.
            d.manage().deleteAllCookies();
            track(browser, receipt, code);
            assertThat(browser.await(By.id("status-text")).getText()).contains("已受理");
            assertThat(d.findElement(By.id("status-due")).getText()).isNotBlank();
            browser.screenshot("reconsideration-4-accepted");
        } finally {
            Files.deleteIfExists(id);
        }
    }

    private static void track(Browser browser, String receipt, String code) {
        browser.open("/reconsideration/track");
        browser.type("no", receipt);
        browser.type("code", code);
        browser.click(browser.driver.findElement(By.id("track-submit")));
    }
}
