package org.fazhi.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen files a complaint on the portal, staff handle it in the console and the citizen rates the answer,
 * in a real browser: the form, the receipt number and query code shown once; the county's 法治办 (fzb, the
 * hotline's dispatcher) assigns it to the market regulation bureau; its clerk (qicao) replies; the citizen looks
 * the ticket up, reads the answer and rates it satisfied, which closes it. Screenshots under
 * target/screenshots/tickets-*.png.
 */
@FazhiBrowserIT
class TicketJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void tk04ACitizenFilesAComplaintRatesTheReplyDissatisfiedItIsHandledAgainAndTheSecondReplyClosesIt() {
        String title = "超市过期食品（旅程" + System.nanoTime() % 100000 + "）";
        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The citizen files the complaint on the portal, without signing in.
            browser.open("/tickets/new");
            new Select(browser.await(By.id("type"))).selectByValue("COMPLAINT");
            browser.type("title", title);
            browser.type("description", "在城关镇某超市买到过期面包。");
            browser.type("complainantName", "旅程诉求人");
            browser.type("complainantPhone", "13900006666");
            browser.click(d.findElement(By.id("ticket-submit")));
            String receipt = browser.await(By.id("receipt-number")).getText();
            String code = d.findElement(By.id("receipt-code")).getText();
            assertThat(receipt).startsWith("GD");
            assertThat(code).hasSize(6);
            browser.screenshot("tickets-1-receipt");

            // 2. The dispatcher assigns it to the market regulation bureau.
            browser.signIn("fzb");
            browser.open("/console/tickets?status=NEW");
            browser.click(browser.await(By.linkText(receipt)));
            WebElement unit = browser.await(By.id("assign-unit"));
            new Select(unit).selectByVisibleText("示范县市场监督管理局");
            browser.submit("/assignment");
            assertThat(browser.await(By.id("ticket-status")).getText()).contains("办理中");
            String page = d.getCurrentUrl().replaceAll("^https?://[^/]+", "");

            // 3. The bureau's clerk replies.
            browser.signIn("qicao");
            browser.open(page);
            browser.type("reply-text", "已现场检查，责令下架过期食品并立案调查。");
            browser.submitConfirmed("/reply");
            assertThat(browser.await(By.id("ticket-status")).getText()).contains("待回访");
            browser.screenshot("tickets-2-replied");

            // 4. The citizen reads the answer on the portal, is not satisfied: the ticket goes back (TK-04).
            d.manage().deleteAllCookies();
            track(browser, receipt, code);
            assertThat(browser.await(By.id("status-reply")).getText()).contains("责令下架");
            assertThat(d.findElement(By.id("status")).getText()).doesNotContain("旅程诉求人", "13900006666");
            browser.click(d.findElement(By.id("rate-DISSATISFIED")));
            browser.click(d.findElement(By.id("rating-submit")));
            assertThat(browser.await(By.id("track-done")).getText()).contains("重新办理");
            browser.screenshot("tickets-3-reopened");

            // 5. The clerk handles it again and replies; the citizen rates the second answer satisfied.
            browser.signIn("qicao");
            browser.open(page);
            assertThat(browser.await(By.id("ticket-status")).getText()).contains("办理中");
            browser.type("reply-text", "已复查，涉事超市已整改并接受处罚，处罚决定已公示。");
            browser.submitConfirmed("/reply");
            assertThat(browser.awaitText(By.id("ticket-status"), "待回访")).contains("待回访");
            d.manage().deleteAllCookies();
            track(browser, receipt, code);
            assertThat(browser.await(By.id("status-reply")).getText()).contains("已整改");
            browser.click(d.findElement(By.id("rate-SATISFIED")));
            browser.click(d.findElement(By.id("rating-submit")));
            assertThat(browser.await(By.id("track-done")).getText()).contains("办结");
            assertThat(d.findElement(By.id("status-text")).getText()).contains("已办结");
            browser.screenshot("tickets-4-rated");
        }
    }

    private static void track(Browser browser, String receipt, String code) {
        browser.open("/tickets/track");
        browser.type("no", receipt);
        browser.type("code", code);
        browser.click(browser.driver.findElement(By.id("track-submit")));
    }
}
