package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One task of a work plan through the user interface, in a real browser, by the demo county's people:
 * the county's rule-of-law office (fzb) creates the year's work points, imports the task table from
 * Excel (a first sheet with a wrong row is refused with a row-level report, nothing stored) and issues
 * the plan a month back; the task, already past its due date, is overdue on the 督办台, where the office
 * urges (催办) the responsible market supervision bureau; its drafter (qicao) finds the reminder, reports
 * the task done with an evidence file; the office confirms it, and the 督办台 shows it met, late.
 * Screenshots under target/screenshots/task-*.png.
 */
@FazhiBrowserIT
class TaskJourneyBrowserIT {

    @LocalServerPort
    int port;

    static Path taskTable(Path dir, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("任务分解表");
            Row h = s.createRow(0);
            List<String> headers = List.of("序号", "工作任务", "责任单位", "配合单位", "完成时限");
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            Path file = Files.createTempFile(dir, "tasks-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTaskGoesFromThePlanImportThroughOverdueUrgingToClosureWithEvidence() throws IOException {
        LocalDate today = LocalDate.now(TestClock.ZONE);
        LocalDate issued = today.minusDays(30);
        LocalDate due = today.minusDays(5);
        String marker = "督办旅程" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Path dir = Files.createTempDirectory("fazhi-journey-");
        Path bad = taskTable(dir, List.of(List.of("1", marker + "任务", "示范县市场监督管理局", "", due.toString()),
                List.of("2", "第二项", "不存在的单位", "", due.toString())));
        Path good = taskTable(dir, List.of(List.of("1", marker + "任务", "示范县市场监督管理局", "示范县司法局",
                due.toString())));
        Path evidence = Files.writeString(dir.resolve("完成情况说明.txt"), "已完成" + marker + "任务，材料附后。",
                StandardCharsets.UTF_8);

        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The county's rule-of-law office starts the year's work points.
            browser.signIn("fzb");
            browser.open("/console/governance/plans?year=" + issued.getYear());
            browser.type("p-year", String.valueOf(issued.getYear()));
            browser.type("title", issued.getYear() + "年法治政府建设工作要点（" + marker + "）");
            browser.click(d.findElement(By.cssSelector("form[method=post][action$='/console/governance/plans']"
                    + " button[type=submit]")));
            browser.await(By.id("plan-status"));
            Matcher m = Pattern.compile("/console/governance/plans/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as("the plan's page: %s", d.getCurrentUrl()).isTrue();
            String planPage = "/console/governance/plans/" + m.group(1);

            // 2. The task table: a wrong row refuses the whole sheet with the row and column; the right one goes in.
            browser.await(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            browser.submit("/import");
            assertThat(browser.await(By.id("import-errors")).getText()).contains("3").contains("责任单位")
                    .contains("不存在的单位");
            assertThat(d.findElements(By.id("plan-tasks"))).as("nothing stored").isEmpty();
            browser.await(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            browser.submit("/import");
            assertThat(browser.await(By.id("plan-tasks")).getText()).contains(marker + "任务")
                    .contains("示范县市场监督管理局").contains("示范县司法局");
            browser.screenshot("task-1-imported");

            // 3. Issued a month back: the task, due five days ago, is overdue from the start.
            browser.script("document.getElementById('issuedOn').value = arguments[0];", issued.toString());
            browser.submitConfirmed("/issue");
            assertThat(browser.await(By.id("plan-status")).getText()).contains(issued.toString());
            browser.click(browser.await(By.linkText(marker + "任务")));
            String taskPage = java.net.URI.create(d.getCurrentUrl()).getPath();
            assertThat(browser.await(By.id("guide-next")).getText()).contains("已逾期");

            // 4. On the 督办台 the office urges the responsible unit.
            browser.click(browser.await(By.id("on-board")));
            browser.submit("/urge");
            assertThat(browser.await(By.cssSelector(".alert-success")).getText()).contains("催办");
            browser.screenshot("task-2-urged");

            // 5. The market supervision bureau's drafter finds the reminder and reports the task done with evidence.
            browser.signIn("qicao");
            browser.open("/console/inbox");
            assertThat(browser.await(By.id("main")).getText()).contains(marker);
            browser.open(taskPage);
            browser.script("document.getElementById('finishedOn').value = arguments[0];", today.minusDays(1).toString());
            browser.await(By.id("closure-files")).sendKeys(evidence.toAbsolutePath().toString());
            browser.type("closure-text", "已按要点完成" + marker + "任务。");
            browser.submit("/closure");
            assertThat(browser.await(By.id("task-status")).getText()).isEqualTo("申请办结");
            assertThat(d.findElement(By.id("reports")).getText()).contains("已按要点完成");
            browser.screenshot("task-3-reported-done");

            // 6. The office confirms it: done, late, and met on the 督办台.
            browser.signIn("fzb");
            browser.open(taskPage);
            browser.type("confirm-note", "材料齐全，同意销号。");
            browser.submit("/confirmation");
            assertThat(browser.await(By.id("task-status")).getText()).isEqualTo("已办结");
            assertThat(d.findElement(By.id("guide-next")).getText()).contains("超过时限");
            browser.click(d.findElement(By.id("on-board")));
            assertThat(browser.await(By.id("main")).getText()).contains("已办结");
            browser.screenshot("task-4-confirmed");
            browser.open(planPage);
            assertThat(browser.await(By.id("completion")).getText()).contains("示范县市场监督管理局");
        }
    }
}
