package org.fazhi.normdocs.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The public portal in a real browser, without signing in: search the catalog and see the match
 * highlighted, open the document; open a draft under consultation, comment through the form and
 * get a receipt number; look the receipt up. Screenshots in target/screenshots/.
 */
@FazhiBrowserIT
class PortalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aCitizenFindsADocumentAndCommentsOnADraft() {
        PortalFixtures fixtures = new PortalFixtures(context);
        String marker = PortalFixtures.marker("公平竞争审查样本");
        NormativeDocument published = fixtures.published("示范县" + marker + "实施办法",
                "第一条 为了落实" + marker + "制度，维护公平竞争的市场秩序，制定本办法。\n第二条 本办法自公布之日起施行。");
        String draftMarker = PortalFixtures.marker("养犬管理样本");
        PublicConsultation consultation = fixtures.consultation("示范县" + draftMarker + "规定（征求意见稿）",
                "第一条 为了规范" + draftMarker + "，制定本规定。\n第二条 养犬人应当依法为犬只办理登记。");

        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;
            browser.open("/");
            browser.click(d.findElement(By.linkText("规范性文件目录")));
            browser.await(By.id("q")).sendKeys(marker);
            browser.click(d.findElement(By.id("search-submit")));
            WebElement mark = browser.await(By.cssSelector("#results .fz-hit-title mark"));
            assertThat(mark.getText()).isEqualTo(marker);
            assertThat(d.findElement(By.id("result-count")).getText()).contains("共找到 1 件文件");
            assertThat(d.findElement(By.id("results")).getText()).contains(published.documentNumber())
                    .contains(published.registrationNumber()).contains("现行有效");
            browser.screenshot("portal-catalog-search");

            browser.click(d.findElement(By.cssSelector("#results .fz-hit-title")));
            assertThat(browser.await(By.id("document-number")).getText()).isEqualTo(published.documentNumber());
            assertThat(d.findElement(By.id("document-text")).getText()).contains("第一条 为了落实" + marker);
            browser.screenshot("portal-document");

            browser.open("/consultations");
            browser.click(d.findElement(By.linkText("示范县" + draftMarker + "规定（征求意见稿）")));
            browser.await(By.id("contact")).sendKeys("13800138000");
            d.findElement(By.id("name")).sendKeys("浏览器测试");
            d.findElement(By.id("content")).sendKeys("建议第二条明确登记的办理地点和期限。");
            browser.click(d.findElement(By.id("comment-submit")));
            String receipt = browser.await(By.id("receipt-number")).getText();
            assertThat(receipt).startsWith("YJ");
            assertThat(d.findElement(By.id("receipt-submitted")).getText()).contains("您的意见已提交").contains(receipt);
            assertThat(d.getPageSource()).doesNotContain("13800138000");
            browser.screenshot("portal-comment-receipt");

            browser.open("/consultations");
            browser.await(By.id("receipt-no")).sendKeys(receipt);
            browser.click(d.findElement(By.cssSelector("#receipt-lookup button")));
            assertThat(browser.await(By.id("receipt-status")).getText()).contains("征求意见结束后公布处理情况");

            d.manage().window().setSize(new Dimension(390, 844));
            browser.open("/consultations/" + consultation.id());
            assertThat(browser.await(By.id("comment-form")).isDisplayed()).isTrue();
            browser.screenshot("portal-consultation-phone");
        }
    }
}
