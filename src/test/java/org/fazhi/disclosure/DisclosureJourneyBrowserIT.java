package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's request for disclosure in a real browser, on a phone's screen for the citizen: the application
 * on the portal with a file (receipt number and code shown once); the market regulation bureau's clerk (qicao)
 * sends the one-time 补正 notice (GI-02); days later the citizen answers it on the portal by receipt and code,
 * and the page says in words that the 20 working days of GI-01 run again from that day, with the date the
 * official calendar gives; the clerk extends the limit with its approver and the citizen sees it extended; the
 * clerk replies and the citizen downloads the reply letter, which holds the reply. Screenshots under
 * target/screenshots/disclosure-*.png.
 */
@FazhiBrowserIT
class DisclosureJourneyBrowserIT {

    private static final String BUREAU = "示范县市场监督管理局";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Units units;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void gi01Gi02ACitizenAppliesAnswersTheCorrectionSeesTheClockRestartAndTheExtensionAndReadsTheReplyLetter()
            throws Exception {
        long bureau = units.findByCode("SFX-SJJ").orElseThrow().id();
        String content = "示范县2026年食品安全抽检结果（旅程" + System.nanoTime() % 100000 + "）";
        Path file = Files.createTempFile("identity", ".pdf");
        Files.writeString(file, "%PDF-1.4\n% identity\n%%EOF\n", StandardCharsets.ISO_8859_1);
        LocalDate filed = LocalDate.of(2026, 12, 7);
        LocalDate corrected = LocalDate.of(2026, 12, 10);
        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The citizen applies on a phone, with a file, without signing in.
            clock.setDate(filed);
            browser.size(390, 844);
            browser.open("/disclosure/apply");
            new Select(browser.await(By.id("unitId"))).selectByVisibleText(BUREAU);
            new Select(d.findElement(By.id("requesterType"))).selectByValue("NATURAL_PERSON");
            browser.type("requesterName", "旅程申请人");
            browser.type("requesterIdNo", "110101199507071234");
            browser.type("requesterContact", "13900007777");
            browser.type("content", content);
            browser.click(d.findElement(By.id("delivery-PORTAL_DOWNLOAD")));
            d.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
            browser.click(d.findElement(By.id("apply-submit")));
            String receipt = browser.await(By.id("receipt-number")).getText();
            String code = d.findElement(By.id("receipt-code")).getText();
            assertThat(receipt).startsWith("YSQ");
            assertThat(code).isNotBlank().doesNotStartWith("ENC1:");
            browser.screenshot("disclosure-1-receipt");

            // 2. The bureau's clerk sends the one-time 补正 notice.
            browser.size(1280, 900);
            browser.signIn("qicao");
            browser.open("/console/disclosure/requests?status=PROCESSING");
            browser.click(browser.await(By.linkText(receipt)));
            String page = d.getCurrentUrl().replaceAll("^https?://[^/]+", "");
            assertThat(browser.await(By.id("attachments")).getText()).contains(".pdf");
            browser.type("corr-note", "请写明抽检的批次或公告文号。");
            browser.submitConfirmed("/correction-notice");
            browser.awaitText(By.id("request-status"), "待补正");

            // 3. Three days later the citizen answers it on the portal: the clock runs again from that day.
            clock.setDate(corrected);
            d.manage().deleteAllCookies();
            browser.size(390, 844);
            track(browser, receipt, code);
            assertThat(browser.await(By.id("tracking-correction")).getText()).contains("批次或公告文号");
            browser.type("answer", "2026年第5期食品安全监督抽检信息公告");
            browser.click(d.findElement(By.id("correction-submit")));
            LocalDate due = calendar.dueByRule("GI-01", RuleTerm.AMOUNT, corrected, bureau, List.of()).due();
            assertThat(browser.await(By.id("track-done")).getText()).contains("答复期限自今天起重新计算");
            assertThat(browser.awaitText(By.id("tracking-clock"), "应于" + due + "前答复")).contains("个工作日");
            assertThat(d.findElement(By.id("tracking-correction-received")).getText()).contains(corrected.toString());
            browser.screenshot("disclosure-2-corrected");

            // 4. The clerk extends the limit (approved) and the citizen sees it extended.
            browser.size(1280, 900);
            browser.signIn("qicao");
            browser.open(page);
            browser.type("ext-reason", "需调取各批次抽检报告");
            browser.type("approver", "局长");
            browser.submitConfirmed("/extension");
            browser.await(By.id("reply-due"));
            d.manage().deleteAllCookies();
            browser.size(390, 844);
            track(browser, receipt, code);
            assertThat(browser.await(By.id("tracking-extended")).getText()).contains("延长");
            assertThat(LocalDate.parse(d.findElement(By.id("tracking-due")).getText())).as("the longer limit")
                    .isAfter(due);

            // 5. The clerk replies; the citizen downloads the reply letter by receipt and code.
            browser.size(1280, 900);
            browser.signIn("qicao");
            browser.open(page);
            new Select(browser.await(By.id("reason"))).selectByValue("DISCLOSED");
            browser.type("note", "予以公开，抽检结果见附件公告。");
            browser.submitConfirmed("/reply");
            browser.awaitText(By.id("request-status"), "已答复");
            d.manage().deleteAllCookies();
            browser.size(390, 844);
            track(browser, receipt, code);
            assertThat(browser.await(By.id("tracking-clock")).getText()).contains("已于" + corrected + "答复");
            assertThat(d.findElement(By.id("letter-download")).isDisplayed()).isTrue();
            browser.screenshot("disclosure-3-replied");
            assertThat(letter(d)).contains(receipt, "予以公开，抽检结果见附件公告。").doesNotContain("13900007777", "110101199507071234");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void track(Browser browser, String receipt, String code) {
        browser.open("/disclosure/track");
        browser.type("receiptNo", receipt);
        browser.type("code", code);
        browser.click(browser.driver.findElement(By.id("track-submit")));
        browser.await(By.id("tracking"));
    }

    /** The reply letter the download button posts for, fetched by the page itself: its text. */
    private static String letter(WebDriver d) throws Exception {
        String answer = (String) ((JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('letter-form');
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                        credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => {
                        let s = '';
                        new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                        done(r.status + '|' + btoa(s));
                    }))
                    .catch(e => done('error|' + e));
                """);
        assertThat(answer).startsWith("200|");
        byte[] docx = Base64.getDecoder().decode(answer.substring(4));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }
}
