package org.fazhi.normdocs.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Browser;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static WebElement await(WebDriver d, By by) {
        return new WebDriverWait(d, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Scrolls the element to the middle of the window first, so that nothing sticky lies over it;
     * instantly, as Bootstrap makes scrolling smooth and a click during the animation misses.
     */
    static void click(WebDriver d, WebElement e) {
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    static void type(WebDriver d, String id, String text) {
        WebElement e = await(d, By.id(id));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.clear();
        e.sendKeys(text);
    }

    /** A fresh session as {@code user} (the previous one, if any, is dropped). */
    void signIn(WebDriver d, String user) {
        d.manage().deleteAllCookies();
        d.get(url("/console"));
        await(d, By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        d.findElement(By.id("login-submit")).click();
        await(d, By.tagName("h1"));
        assertThat(d.getCurrentUrl()).doesNotContain("/login");
    }

    /** Submits the form whose action ends with {@code actionSuffix} on the document page. */
    static void submit(WebDriver d, String actionSuffix) {
        click(d, d.findElement(By.cssSelector("form[action$='" + actionSuffix + "'] button[type=submit]")));
    }

    @Test
    void aDraftGoesFromTheDrafterThroughThePublicAndTheReviewerToThePublicCatalog() {
        String marker = PortalFixtures.marker("电动自行车停放充电管理");
        String title = "示范县" + marker + "办法";
        LocalDate today = LocalDate.now(TestClock.ZONE);
        clock.setDate(today.minusDays(30));

        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver;

            // 1. The drafter drafts in the console, for a body of her own unit.
            signIn(d, "qicao");
            d.get(url("/console/normdocs/new"));
            Select bodies = new Select(await(d, By.id("issuingBodyId")));
            bodies.selectByVisibleText("示范县市场监督管理局");
            type(d, "title", title);
            click(d, d.findElement(By.id("ar-yes")));
            type(d, "body", "第一条 为了规范" + marker + "，消除火灾隐患，根据有关法律法规，制定本办法。\n"
                    + "第二条 电动自行车应当在规定区域停放、充电，不得在楼道、安全出口停放或者充电。\n"
                    + "第三条 本办法自公布之日起施行。");
            type(d, "draftingNotes", "本办法涉及居民和物业服务企业的权利义务，依法公开征求意见。");
            type(d, "basis", "《中华人民共和国消防法》");
            submit(d, "/console/normdocs");
            await(d, By.id("main"));
            Matcher m = Pattern.compile("/console/normdocs/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as("the new document's page: %s", d.getCurrentUrl()).isTrue();
            String documentPage = "/console/normdocs/" + m.group(1);
            assertThat(d.findElement(By.tagName("h1")).getText()).contains(title);

            // 2. It affects rights and duties: the consultation comes first, and lasts at least 7 working days.
            String earliest = await(d, By.id("closesOn")).getAttribute("min");
            assertThat(LocalDate.parse(earliest)).isAfterOrEqualTo(today.minusDays(30).plusDays(9));
            submit(d, "/consultation");
            WebElement close = await(d, By.cssSelector("form[action$='/consultation/closure'] button"));
            assertThat(close.isEnabled()).as("closing inside the window is refused").isFalse();
            browser.screenshot("journey-1-consultation-open");

            // 3. A citizen comments on the portal, without signing in, and gets a receipt number.
            d.manage().deleteAllCookies();
            d.get(url("/consultations"));
            click(d, await(d, By.linkText(title)));
            type(d, "contact", "13900139000");
            type(d, "name", "旅程测试居民");
            type(d, "content", "建议明确小区充电设施由谁建设、费用如何分担。");
            click(d, d.findElement(By.id("comment-submit")));
            String receipt = await(d, By.id("receipt-number")).getText();
            assertThat(receipt).startsWith("YJ");
            browser.screenshot("journey-2-portal-receipt");

            // 4. The window is over: the drafter closes it and disposes of the comment.
            clock.reset();
            signIn(d, "qicao");
            d.get(url(documentPage));
            assertThat(d.findElements(By.cssSelector("form[action$='/deliberation']")))
                    .as("no deliberation before a passing review").isEmpty();
            submit(d, "/consultation/closure");
            WebElement disposition = await(d, By.cssSelector("form[action*='/disposition'] select[name=disposition]"));
            new Select(disposition).selectByValue("ADOPTED");
            WebElement reason = d.findElement(By.cssSelector("form[action*='/disposition'] input[name=reason]"));
            reason.sendKeys("已在第二条增加充电设施建设的规定。");
            click(d, d.findElement(By.cssSelector("form[action*='/disposition'] button[type=submit]")));
            await(d, By.id("main"));

            // 5. Submitted to the legality review desk of the county justice bureau.
            submit(d, "/review-submission");
            await(d, By.id("main"));
            browser.screenshot("journey-3-submitted-for-review");

            // 6. The reviewer concludes: lawful, before the minimum period, so with a reason.
            signIn(d, "shencha");
            d.get(url("/console/review/requests"));
            click(d, await(d, By.linkText(title)));
            click(d, await(d, By.id("outcome-LAWFUL")));
            type(d, "opinion", "经审核，该文件制定主体适格，内容不违反上位法规定，程序符合要求。");
            assertThat(d.findElement(By.id("earlyReason")).getAttribute("required"))
                    .as("concluding on the day of receipt is before the 5-working-day minimum: a reason is required")
                    .isEqualTo("true");
            type(d, "earlyReason", "材料齐全，事项简单，提前完成审核。");
            click(d, d.findElement(By.cssSelector("#conclude button[type=submit]")));
            assertThat(await(d, By.id("main")).getText()).contains("合法");
            browser.screenshot("journey-4-review-concluded");

            // 7. The drafter records the collective deliberation, now allowed.
            signIn(d, "qicao");
            d.get(url(documentPage));
            type(d, "meeting", "示范县人民政府第12次常务会议");
            new Select(d.findElement(By.id("decision"))).selectByValue("PASSED");
            submit(d, "/deliberation");
            await(d, By.id("main"));

            // 8. The county's rule-of-law office registers it (三统一): a registration number and a 文号.
            signIn(d, "fzb");
            d.get(url(documentPage));
            String documentNumber = await(d, By.id("documentNumber")).getAttribute("value");
            assertThat(documentNumber).as("a suggested document number").isNotBlank();
            submit(d, "/registration");
            String page = await(d, By.id("main")).getText();
            Matcher reg = Pattern.compile("SFDR" + today.getYear() + "\\d{5}").matcher(page);
            assertThat(reg.find()).as("a registration number on the page").isTrue();
            String registrationNumber = reg.group();

            // 9. The drafter publishes it.
            signIn(d, "qicao");
            d.get(url(documentPage));
            submit(d, "/publication");
            await(d, By.id("main"));
            browser.screenshot("journey-5-published");

            // 10. The public finds it in the catalog's full-text search, with its numbers and validity.
            d.manage().deleteAllCookies();
            d.get(url("/documents"));
            await(d, By.id("q")).sendKeys(marker);
            click(d, d.findElement(By.id("search-submit")));
            WebElement hit = await(d, By.cssSelector("#results .fz-hit-title mark"));
            assertThat(hit.getText()).isEqualTo(marker);
            assertThat(d.findElement(By.id("result-count")).getText()).contains("共找到 1 件文件");
            assertThat(d.findElement(By.id("results")).getText()).contains(registrationNumber)
                    .contains(documentNumber).contains("现行有效");
            browser.screenshot("journey-6-public-search");

            // ...and the disposition of the citizen's comment is published with it.
            d.get(url("/consultations"));
            await(d, By.id("receipt-no")).sendKeys(receipt);
            click(d, d.findElement(By.cssSelector("#receipt-lookup button")));
            assertThat(await(d, By.id("receipt-status")).getText()).contains("采纳");
        }
    }
}
