package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The 督办台 as the county's rule-of-law office uses it: every deadline in words with the days left
 * coloured by urgency, due this week, 催办 of several at once naming whom it reminded, an Excel export a
 * person can read; and deadlines counted back from an event.
 */
@FazhiIT
class DeadlineBoardIT {

    @Autowired
    Deadlines deadlines;

    @Autowired
    Units units;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private static String title(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private TrackedDeadline fixed(String module, String type, String title, String label, LocalDate due) {
        return deadlines.trackFixed(NewDeadline.of(module, type, UUID.randomUUID().toString(), title, "ND-05",
                LocalDate.of(2025, 3, 1), unit("SFX-DH")).withLabel(label).withLink("/console/normdocs/1"), due);
    }

    @Test
    void eachDeadlineIsShownInWordsWithItsDaysLeftColouredByUrgency() throws Exception {
        clock.setDate(LocalDate.of(2025, 3, 20));
        TrackedDeadline far = fixed("normdocs", "document-filing", title("示范县文件甲"), "报送备案", LocalDate.of(2025, 4, 2));
        TrackedDeadline soon = fixed("normdocs", "document-filing", title("示范县文件乙"), null, LocalDate.of(2025, 3, 24));
        TrackedDeadline late = fixed("review", "review-request", title("示范县文件丙"), null, LocalDate.of(2025, 3, 19));
        String page = mvc.get().uri("/console/deadlines?unitId=" + unit("SFX-DH")).with(console(users, "fzb"))
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains(far.subjectTitle()).contains("报送备案").contains("规范性文件")
                .contains("规范性文件报送备案期限（本地参数）").contains("合法性审核办结期限").contains("合法性审核")
                .contains("fz-urgency-normal\">还剩 13 天<").contains("fz-urgency-soon\">还剩 4 天<")
                .contains("fz-urgency-overdue\">已逾期 1 天<");
        assertThat(page).doesNotContain(">review<").doesNotContain(">normdocs<");
        assertThat(mvc.get().uri("/console/deadlines/" + late.id()).with(console(users, "fzb"))).hasStatusOk()
                .bodyText().contains("合法性审核办结期限").doesNotContain("review / review-request");
        var json = assertThat(mvc.get().uri("/api/v1/deadlines/" + soon.id()).with(DemoUsers.as("fzb")))
                .hasStatusOk().bodyJson();
        json.extractingPath("$.deadline.label").isEqualTo("规范性文件报送备案");
        json.extractingPath("$.deadline.moduleName").isEqualTo("规范性文件");
        json.extractingPath("$.deadline.dueIn.days").isEqualTo(4);
        json.extractingPath("$.deadline.dueIn.urgency").isEqualTo("SOON");
    }

    @Test
    void dueThisWeekShowsWhatIsOverdueOrDueBySunday() {
        clock.setDate(LocalDate.of(2025, 3, 19));
        TrackedDeadline friday = fixed("normdocs", "document-filing", title("本周五到期"), "报送备案", LocalDate.of(2025, 3, 21));
        TrackedDeadline next = fixed("normdocs", "document-filing", title("下周到期"), "报送备案", LocalDate.of(2025, 3, 25));
        TrackedDeadline overdue = fixed("normdocs", "document-filing", title("已逾期"), "报送备案", LocalDate.of(2025, 3, 18));
        assertThat(mvc.get().uri("/console/deadlines?week=1&unitId=" + unit("SFX-DH")).with(console(users, "fzb")))
                .hasStatusOk().bodyText().contains(friday.subjectTitle()).contains(overdue.subjectTitle())
                .doesNotContain(next.subjectTitle());
        assertThat(mvc.get().uri("/api/v1/deadlines?dueThisWeek=true&size=200").with(DemoUsers.as("fzb")))
                .hasStatusOk().bodyJson().extractingPath("$.items[*].id").asArray()
                .contains(friday.id().intValue(), overdue.id().intValue()).doesNotContain(next.id().intValue());
    }

    @Test
    void urgingSeveralAtOnceSaysWhomEachReminded() {
        clock.setDate(LocalDate.of(2025, 3, 20));
        TrackedDeadline a = fixed("normdocs", "document-filing", title("催办甲"), "报送备案", LocalDate.of(2025, 3, 28));
        TrackedDeadline b = fixed("normdocs", "document-filing", title("催办乙"), "报送备案", LocalDate.of(2025, 3, 28));
        var result = mvc.post().uri("/console/deadlines/urge").with(console(users, "fzb"))
                .param("ids", a.id().toString(), b.id().toString()).param("query", "week=1").exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/console/deadlines?week=1");
        String flash = String.valueOf(result.getMvcResult().getFlashMap().get("flashSuccess"));
        assertThat(flash).contains("已催办 2 项").contains(a.subjectTitle()).contains(b.subjectTitle()).contains("韩乡安");
        assertThat(mvc.post().uri("/api/v1/deadlines/urge").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[" + a.id() + "]}")).hasStatusOk().bodyJson()
                .extractingPath("$.urged[0].recipients[0]").isEqualTo("韩乡安");
        assertThat(mvc.post().uri("/api/v1/deadlines/" + a.id() + "/urge").with(DemoUsers.as("fzb"))).hasStatusOk()
                .bodyJson().extractingPath("$.urged[0]").isEqualTo("韩乡安");
        assertThat(mvc.post().uri("/api/v1/deadlines/urge").with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[]}")).hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/deadlines/urge").with(DemoUsers.as("shencha"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"ids\":[" + a.id() + "]}")).hasStatus(403);
    }

    @Test
    void theExcelExportHasReadableChineseColumns() throws Exception {
        clock.setDate(LocalDate.of(2025, 3, 20));
        TrackedDeadline d = fixed("normdocs", "document-filing", title("导出文件"), "报送备案", LocalDate.of(2025, 4, 2));
        var export = mvc.get().uri("/console/deadlines/export?unitId=" + unit("SFX-DH")).with(console(users, "fzb"))
                .exchange();
        assertThat(export).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0));
            assertThat(header).contains("责任单位", "业务", "事项", "期限事项", "依据", "规则编号", "到期日", "剩余天数", "状态",
                    "推算", "办结日", "逾期办结");
            List<String> row = null;
            for (Row r : sheet) {
                if (cells(r).contains(d.subjectTitle())) {
                    row = cells(r);
                }
            }
            assertThat(row).isNotNull().contains("东湖镇人民政府", "规范性文件", "报送备案", "规范性文件报送备案期限（本地参数）",
                    "ND-05", "还剩 13 天", "进行中", "否").doesNotContain("normdocs", "true", "false", "OPEN");
        }
    }

    @Test
    void aDeadlineBeforeAnEventIsMetBeforeItAndCannotBePaused() {
        clock.setDate(LocalDate.of(2026, 9, 20));
        TrackedDeadline d = deadlines.track(NewDeadline.of("decisions", "hearing", UUID.randomUUID().toString(),
                title("听证材料送达"), "MD-03", LocalDate.of(2026, 10, 10), unit("SFX")).withLabel("听证会材料送达"));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(d.label()).isEqualTo("听证会材料送达");
        assertThatThrownBy(() -> deadlines.pause(d.id(), LocalDate.of(2026, 9, 20), "等待"))
                .isInstanceOf(RefusedException.class);
        clock.setDate(LocalDate.of(2026, 9, 25));
        assertThat(deadlines.meet(d.id(), LocalDate.of(2026, 9, 24)).late()).isFalse();
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        if (row != null) {
            row.forEach(c -> out.add(c.toString()));
        }
        return out;
    }
}
