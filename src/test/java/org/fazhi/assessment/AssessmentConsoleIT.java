package org.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The assessment console: the figures of a unit and year grouped by module against their targets,
 * a figure's records with links to them and their Excel export, in Chinese and English, for the
 * leader, the rule-of-law office and the reviewers; out of scope the 404 page, bad years the 400
 * page, the administrator roles 403.
 */
@FazhiIT
class AssessmentConsoleIT {

    private static AssessmentTown town;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    UserDetailsService users;
    @Autowired
    Units units;
    @Autowired
    TestClock clock;

    @BeforeEach
    void town() {
        if (town == null) {
            town = AssessmentTown.create(ctx);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestPostProcessor console(String user) {
        return KernelTestSupport.console(users, user);
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).with(console(user)).exchange();
    }

    private static String body(MvcTestResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String page(String user, String uri) {
        MvcTestResult r = get(user, uri);
        String html = body(r);
        assertThat(r.getResponse().getStatus()).as(uri + "\n" + html).isEqualTo(200);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private String townQuery() {
        return "unit=" + town.town() + "&year=" + AssessmentTown.YEAR;
    }

    @Test
    void theLeaderSeesTheFiguresOfATownInChineseAndEnglish() {
        String zh = page("lingdao", "/console/assessment?" + townQuery() + "&lang=zh_CN");
        assertThat(zh).contains("考核指标", "规范性文件", "报备率", "50%", "1 / 2", "100%", "ND-06", "未达标",
                "测试镇" + town.fx().tag() + "人民政府",
                "/console/assessment/metrics/normdocs.filing-rate?unit=" + town.town() + "&amp;year=2025");
        String en = page("lingdao", "/console/assessment?" + townQuery() + "&lang=en");
        assertThat(en).contains("Assessment figures", "Normative documents", "Filing rate", "50%", "Below target")
                .doesNotContain(">报备率<");
    }

    @Test
    void thePageDefaultsToTheReadersUnitAndTheCurrentYear() {
        clock.setDate(java.time.LocalDate.of(2025, 6, 2));
        String html = page("lingdao", "/console/assessment?lang=zh_CN");
        assertThat(html).contains("示范县人民政府 · 2025 年度", "<option value=\"" + town.town() + "\"");
        for (String user : List.of("fzb", "shencha", "donghu")) {
            page(user, "/console/assessment");
        }
        assertThat(page("donghu", "/console/assessment")).doesNotContain("<option value=\"" + unit("SFX") + "\"");
    }

    @Test
    void aFiguresPageListsTheRecordsBehindItWithLinksAndExportsThem() throws Exception {
        for (String lang : List.of("zh_CN", "en")) {
            page("lingdao", "/console/assessment/metrics/normdocs.published?" + townQuery() + "&lang=" + lang);
        }
        String html = page("lingdao", "/console/assessment/metrics/normdocs.filing-rate?" + townQuery()
                + "&lang=zh_CN");
        assertThat(html).contains("报备率", "共 2 条，其中计入 1 条", "href=\"/console/normdocs/" + town.filed().id() + "\"",
                "href=\"/console/normdocs/" + town.notFiled().id() + "\"", town.filed().title(),
                town.notFiled().title());
        assertThat(page("lingdao", "/console/assessment/metrics/normdocs.filing-rate?" + townQuery() + "&lang=en"))
                .contains("Filing rate", "2 in all, 1 counted");

        MvcTestResult x = get("lingdao", "/console/assessment/metrics/normdocs.filing-rate/export?" + townQuery()
                + "&lang=zh_CN");
        assertThat(x.getResponse().getStatus()).isEqualTo(200);
        assertThat(x.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(x.getResponse().getHeader("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getResponse().getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("记录");
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                rows.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
                        + row.getCell(3).getStringCellValue());
            }
            assertThat(rows).containsExactlyInAnyOrder(
                    town.filed().title() + " · " + town.filed().documentNumber() + "|是|/console/normdocs/"
                            + town.filed().id(),
                    town.notFiled().title() + " · " + town.notFiled().documentNumber() + "|否|/console/normdocs/"
                            + town.notFiled().id());
        }
    }

    @Test
    void theMenuShowsTheEntryToTheReadersOfFiguresOnly() {
        assertThat(page("lingdao", "/console/indicators?lang=zh_CN")).contains("考核评估", "/console/assessment");
        assertThat(page("fzb", "/console?lang=zh_CN")).contains("/console/assessment");
        assertThat(page("qicao", "/console?lang=zh_CN")).doesNotContain("/console/assessment");
    }

    @Test
    void outOfScopeIsNotFoundBadInputIsRefusedAndAdministratorsAreKeptOut() {
        assertThat(get("donghu", "/console/assessment?unit=" + unit("SFX")).getResponse().getStatus()).isEqualTo(404);
        assertThat(get("donghu", "/console/assessment?unit=" + unit("LX")).getResponse().getStatus()).isEqualTo(404);
        assertThat(get("donghu", "/console/assessment/metrics/normdocs.filing-rate?unit=" + unit("SFX"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(get("donghu", "/console/assessment/metrics/normdocs.filing-rate/export?unit=" + unit("SFX"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(get("lingdao", "/console/assessment/metrics/normdocs.no-such-metric").getResponse().getStatus())
                .isEqualTo(404);
        for (String q : List.of("year=1999", "year=2101", "year=abc", "unit=abc")) {
            assertThat(get("lingdao", "/console/assessment?" + q).getResponse().getStatus()).as(q).isEqualTo(400);
        }
        assertThat(body(get("lingdao", "/console/assessment?year=1999&lang=zh_CN"))).contains("年度须在 2000 至 2100 之间");
        for (String user : List.of("auditor", "secadmin", "admin", "qicao")) {
            assertThat(get(user, "/console/assessment").getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(get(user, "/console/assessment/metrics/normdocs.filing-rate").getResponse().getStatus())
                    .as(user).isEqualTo(403);
        }
    }
}
