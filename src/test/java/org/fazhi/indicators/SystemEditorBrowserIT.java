package org.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The county's rule-of-law office copies a shipped indicator system and edits an indicator of its copy in
 * the console: a weight that is not a number is named in the error summary, a good one is saved; on a
 * phone the editor's fields stack. Screenshots under target/screenshots/indicators-editor-*.png.
 */
@FazhiBrowserIT
class SystemEditorBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aCopiedSystemsIndicatorIsEditedInTheConsoleAndABadWeightIsNamed() {
        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;
            browser.signIn("fzb");
            browser.open("/console/indicators/systems");
            WebElement copyForm = browser.await(By.cssSelector("form[action$='/copies']"));
            Matcher shipped = Pattern.compile("/systems/(\\d+)/copies").matcher(copyForm.getAttribute("action"));
            assertThat(shipped.find()).isTrue();
            String from = shipped.group(1);
            browser.type("code-" + from, "journey-" + Long.toString(System.nanoTime(), 36));
            browser.type("name-" + from, "旅程测试指标体系");
            browser.type("year-" + from, "2024");
            browser.submit("/systems/" + from + "/copies");
            browser.await(By.cssSelector(".alert-success"));
            Matcher m = Pattern.compile("/console/indicators/systems/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as(d.getCurrentUrl()).isTrue();

            WebElement details = browser.await(By.cssSelector("details[id^='indicator-']"));
            String indicator = details.getAttribute("id").substring("indicator-".length());
            browser.click(details.findElement(By.tagName("summary")));
            browser.type("weight-" + indicator, "很多");
            browser.submit("/indicators/" + indicator);
            assertThat(browser.await(By.id("error-summary")).getText()).contains("分值");
            browser.screenshot("indicators-editor-1-refused");

            browser.type("weight-" + indicator, "7.5");
            browser.submit("/indicators/" + indicator);
            browser.await(By.cssSelector(".alert-success"));
            assertThat(d.findElement(By.tagName("main")).getText()).contains("7.5");

            browser.size(390, 844);
            WebElement open = browser.await(By.cssSelector("details[id='indicator-" + indicator + "'] summary"));
            browser.click(open);
            WebElement weight = browser.await(By.id("weight-" + indicator));
            WebElement scoring = browser.await(By.id("scoring-" + indicator));
            assertThat(scoring.getLocation().getY()).as("the fields stack on a phone")
                    .isGreaterThan(weight.getLocation().getY());
            assertThat(weight.getSize().getWidth()).isLessThanOrEqualTo(390);
            browser.screenshot("indicators-editor-2-phone");
            browser.size(1280, 900);
        }
    }
}
