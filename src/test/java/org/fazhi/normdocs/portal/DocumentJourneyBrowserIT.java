package org.fazhi.normdocs.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One normative document's whole life through the user interface, in a real browser, by the demo
 * county's people: the market supervision bureau's drafter (qicao) drafts it in the console and
 * opens a public consultation; a citizen comments on the portal and gets a receipt; after the
 * window the drafter closes it and disposes of the comment; the justice bureau's reviewer (shencha)
 * concludes the legality review; the drafter records the collective deliberation; the county's
 * rule-of-law office (fzb) registers it; the drafter publishes it; and the public finds it in the
 * catalog's full-text search. On the way the console shows what the law forbids: the consultation
 * cannot be closed inside its window, and deliberation is not offered before a passing review.
 *
 * <p>The clock stands 30 days back while the draft is open for comment, then returns to today.
 * Screenshots under target/screenshots/journey-*.png.
 */
@FazhiBrowserIT
class DocumentJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDraftGoesFromTheDrafterThroughThePublicAndTheReviewerToThePublicCatalog() {
        String marker = PortalFixtures.marker("电动自行车停放充电管理");
        String title = "示范县" + marker + "办法";
        LocalDate today = LocalDate.now(TestClock.ZONE);
        clock.setDate(today.minusDays(30));

        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The drafter drafts in the console, for a body of her own unit.
            browser.signIn("qicao");
            browser.open("/console/normdocs/new");
            Select bodies = new Select(browser.await(By.id("issuingBodyId")));
            bodies.selectByVisibleText("示范县市场监督管理局");
            browser.type("title", title);
            browser.click(d.findElement(By.id("ar-yes")));
            browser.type("body", "第一条 为了规范" + marker + "，消除火灾隐患，根据有关法律法规，制定本办法。\n"
                    + "第二条 电动自行车应当在规定区域停放、充电，不得在楼道、安全出口停放或者充电。\n"
                    + "第三条 本办法自公布之日起施行。");
            browser.type("draftingNotes", "本办法涉及居民和物业服务企业的权利义务，依法公开征求意见。");
            browser.type("basis", "《中华人民共和国消防法》");
            browser.submit("/console/normdocs");
            browser.await(By.id("main"));
            Matcher m = Pattern.compile("/console/normdocs/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as("the new document's page: %s", d.getCurrentUrl()).isTrue();
            String documentPage = "/console/normdocs/" + m.group(1);
            assertThat(d.findElement(By.tagName("h1")).getText()).contains(title);

            // 2. It affects rights and duties: the consultation comes first, and lasts at least 7 working days.
            String earliest = browser.await(By.id("closesOn")).getAttribute("min");
            assertThat(LocalDate.parse(earliest)).isAfterOrEqualTo(today.minusDays(30).plusDays(9));
            browser.submit("/consultation");
            WebElement close = browser.await(By.cssSelector("form[action$='/consultation/closure'] button"));
            assertThat(close.isEnabled()).as("closing inside the window is refused").isFalse();
            browser.screenshot("journey-1-consultation-open");

            // 3. A citizen comments on the portal, without signing in, and gets a receipt number.
            d.manage().deleteAllCookies();
            browser.open("/consultations");
            browser.click(browser.await(By.linkText(title)));
            browser.type("contact", "13900139000");
            browser.type("name", "旅程测试居民");
            browser.type("content", "建议明确小区充电设施由谁建设、费用如何分担。");
            browser.click(d.findElement(By.id("comment-submit")));
            String receipt = browser.await(By.id("receipt-number")).getText();
            assertThat(receipt).startsWith("YJ");
            browser.screenshot("journey-2-portal-receipt");

            // 4. The window is over: the drafter closes it and disposes of the comment.
            clock.reset();
            browser.signIn("qicao");
            browser.open(documentPage);
            assertThat(d.findElements(By.cssSelector("form[action$='/deliberation']")))
                    .as("no deliberation before a passing review").isEmpty();
            browser.submitConfirmed("/consultation/closure");
            WebElement disposition = browser.await(By.cssSelector("form[action*='/disposition'] select[name=disposition]"));
            new Select(disposition).selectByValue("ADOPTED");
            WebElement reason = d.findElement(By.cssSelector("form[action*='/disposition'] input[name=reason]"));
            reason.sendKeys("已在第二条增加充电设施建设的规定。");
            browser.click(d.findElement(By.cssSelector("form[action*='/disposition'] button[type=submit]")));
            browser.await(By.id("main"));

            // 5. Submitted to the legality review desk of the county justice bureau.
            browser.submitConfirmed("/review-submission");
            browser.await(By.id("main"));
            browser.screenshot("journey-3-submitted-for-review");

            // 6. The reviewer concludes: lawful, before the minimum period, so with a reason.
            browser.signIn("shencha");
            browser.open("/console/review/requests");
            browser.click(browser.await(By.linkText(title)));
            // a conclusion the desk refuses (修改后合法 without the changes): the error is at the top, focused,
            // naming the field, and what was typed is kept
            browser.click(browser.await(By.id("outcome-LAWFUL_WITH_CHANGES")));
            browser.type("opinion", "经审核，修改后合法。");
            browser.type("earlyReason", "材料齐全，事项简单，提前完成审核。");
            browser.click(d.findElement(By.cssSelector("#conclude button[type=submit]")));
            browser.confirm();
            org.openqa.selenium.WebElement summary = browser.await(By.id("error-summary"));
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(5)).until(w ->
                    "error-summary".equals(((org.openqa.selenium.JavascriptExecutor) w)
                            .executeScript("return document.activeElement && document.activeElement.id;")));
            double top = ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.getElementById('error-summary').getBoundingClientRect().top;")).doubleValue();
            assertThat(top).as("the refusal is in view, not 2,400 px below").isBetween(-1.0, 400.0);
            assertThat(summary.getText()).contains("修改");
            assertThat(d.findElement(By.id("opinion")).getAttribute("value")).isEqualTo("经审核，修改后合法。");
            browser.screenshot("journey-4a-conclusion-refused-error-on-top");

            browser.click(browser.await(By.id("outcome-LAWFUL")));
            browser.type("opinion", "经审核，该文件制定主体适格，内容不违反上位法规定，程序符合要求。");
            assertThat(d.findElement(By.id("earlyReason")).getAttribute("required"))
                    .as("concluding on the day of receipt is before the 5-working-day minimum: a reason is required")
                    .isEqualTo("true");
            browser.type("earlyReason", "材料齐全，事项简单，提前完成审核。");
            browser.click(d.findElement(By.cssSelector("#conclude button[type=submit]")));
            browser.confirm();
            assertThat(browser.await(By.id("main")).getText()).contains("合法");
            browser.screenshot("journey-4-review-concluded");

            // 7. The drafter records the collective deliberation, now allowed.
            browser.signIn("qicao");
            browser.open(documentPage);
            browser.type("meeting", "示范县人民政府第12次常务会议");
            new Select(d.findElement(By.id("decision"))).selectByValue("PASSED");
            browser.submitConfirmed("/deliberation");
            browser.await(By.id("main"));

            // 8. The county's rule-of-law office registers it (三统一): a registration number and a 文号.
            browser.signIn("fzb");
            browser.open(documentPage);
            String documentNumber = browser.await(By.id("documentNumber")).getAttribute("value");
            assertThat(documentNumber).as("a suggested document number").isNotBlank();
            browser.submitConfirmed("/registration");
            String page = browser.await(By.id("main")).getText();
            Matcher reg = Pattern.compile("SFDR" + today.getYear() + "\\d{5}").matcher(page);
            assertThat(reg.find()).as("a registration number on the page").isTrue();
            String registrationNumber = reg.group();

            // 9. The drafter publishes it.
            browser.signIn("qicao");
            browser.open(documentPage);
            browser.submitConfirmed("/publication");
            browser.await(By.id("main"));
            browser.screenshot("journey-5-published");

            // 10. The public finds it in the catalog's full-text search, with its numbers and validity.
            d.manage().deleteAllCookies();
            browser.open("/documents");
            browser.await(By.id("q")).sendKeys(marker);
            browser.click(d.findElement(By.id("search-submit")));
            WebElement hit = browser.await(By.cssSelector("#results .fz-hit-title mark"));
            assertThat(hit.getText()).isEqualTo(marker);
            assertThat(d.findElement(By.id("result-count")).getText()).contains("共找到 1 件文件");
            assertThat(d.findElement(By.id("results")).getText()).contains(registrationNumber)
                    .contains(documentNumber).contains("现行有效");
            browser.screenshot("journey-6-public-search");

            // ...and the disposition of the citizen's comment is published with it.
            browser.open("/consultations");
            browser.await(By.id("receipt-no")).sendKeys(receipt);
            browser.click(d.findElement(By.cssSelector("#receipt-lookup button")));
            assertThat(browser.await(By.id("receipt-status")).getText()).contains("采纳");
        }
    }
}
