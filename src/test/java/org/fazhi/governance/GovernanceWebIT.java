package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The governance pages in both languages, the task table imported from a real Excel file with its
 * row-level report, forms answering bad input beside the field, the API, and the data scope: another
 * town's tasks, plans, findings and evidence answer 404 in the console and the API.
 */
@FazhiIT
class GovernanceWebIT extends GovernanceTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    static byte[] taskTable(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePagesRenderInBothLanguages() {
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(20),
                new String[] {"1", "页面任务", fx.deptName(), fx.codeptName(), today().plusDays(10).toString()});
        PlanTask t = only(p);
        Inspection i = as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.town(),
                InspectionKind.SELF_INSPECTION, 1, today().minusDays(1), "镇法治办", "自查")));
        Finding f = as(fx.office(), () -> inspections.addFinding(i.id(), new FindingRequest("页面问题", fx.dept(), "某人",
                "措施", today().plusDays(3))));
        Meeting m = as(fx.office(), () -> meetings.record(new MeetingRequest(fx.town(), MeetingKind.STUDY_SESSION,
                today(), "页面学法", "班子成员", 7, "纪要", null), evidence("签到表")));
        LeadingGroup g = as(fx.office(), () -> groups.save(new GroupRequest(fx.town(), today().getYear(), "领导小组",
                fx.town(), "设在镇法治办", null, null)));
        as(fx.office(), () -> weights.save(new WeightRequest(fx.town(), today().getYear(), new BigDecimal("100"),
                new BigDecimal("12"), "考核办法", null)));
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : List.of("/console/governance", "/console/governance?unitId=" + fx.town(),
                    "/console/governance/targets", "/console/governance/tasks", "/console/governance/tasks/" + t.id(),
                    "/console/governance/plans", "/console/governance/plans/" + p.id(), "/console/governance/groups",
                    "/console/governance/groups/" + g.id(), "/console/governance/meetings",
                    "/console/governance/meetings/" + m.id(), "/console/governance/inspections",
                    "/console/governance/inspections/" + i.id(), "/console/governance/findings/" + f.id(),
                    "/console/governance/weights")) {
                assertThat(mvc.get().uri(path + (path.contains("?") ? "&" : "?") + "lang=" + lang)
                        .with(console(users, fx.office()))).as(path + " in " + lang).hasStatusOk();
            }
        }
        assertThat(mvc.get().uri("/console/governance/tasks/" + t.id()).with(console(users, fx.worker())))
                .hasStatusOk().bodyText().contains("申请办结", "报送进展");
        assertThat(mvc.get().uri("/console/governance/meetings/" + m.id() + "/files/" + m.fileIds().get(0))
                .with(console(users, fx.office()))).hasStatusOk();
        assertThat(mvc.get().uri("/console/governance/plans/template").with(console(users, fx.office())))
                .hasStatusOk().hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theTaskTableImportedFromExcelShowsEveryBadRowAndStoresNothingUntilAllAreRight() {
        WorkPlan p = as(fx.office(), () -> plans.create(new PlanRequest(fx.town(), today().getYear(),
                PlanKind.ANNUAL_POINTS, "Excel导入" + fx.tag(), null)));
        String due = today().getYear() + "年12月31日";
        byte[] bad = taskTable(List.of(List.of("1", "任务一", fx.deptName(), "", due),
                List.of("2", "任务二", "不存在的科室", "", due), List.of("3", "任务三", fx.deptName(), "", "年底")));
        assertThat(mvc.perform(multipart("/console/governance/plans/" + p.id() + "/import")
                .file(new MockMultipartFile("file", "任务分解表.xlsx", null, bad)).with(console(users, fx.office()))))
                .hasStatusOk().bodyText().contains("import-errors", "不存在的科室", "年底");
        assertThat(as(fx.office(), () -> plans.tasks(p.id()))).isEmpty();
        byte[] good = taskTable(List.of(List.of("1", "任务一", fx.deptName(), fx.codeptName(), due),
                List.of("2", "任务二", fx.codeptName(), "", due)));
        assertThat(mvc.perform(multipart("/console/governance/plans/" + p.id() + "/import")
                .file(new MockMultipartFile("file", "任务分解表.xlsx", null, good)).with(console(users, fx.office()))))
                .hasStatus3xxRedirection();
        assertThat(mvc.perform(multipart("/api/v1/governance/plans/" + p.id() + "/tasks/import")
                .file(new MockMultipartFile("file", "任务分解表.xlsx", null, good)).with(fx.basic(fx.office()))))
                .as("the same table again").hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(2);
        assertThat(as(fx.office(), () -> plans.tasks(p.id()))).extracting(PlanTask::taskNo).containsExactly("1", "2");
        assertThat(as(fx.office(), () -> plans.tasks(p.id())).get(0).dueDate())
                .isEqualTo(LocalDate.of(today().getYear(), 12, 31));
    }

    @Test
    void formsAnswerBadInputAndRefusalsBesideTheForm() {
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(5),
                new String[] {"1", "表单任务", fx.deptName(), "", today().plusDays(10).toString()});
        PlanTask t = only(p);
        assertThat(mvc.perform(multipart("/console/governance/tasks/" + t.id() + "/closure")
                .param("finishedOn", today().toString()).param("text", "没有材料").with(console(users, fx.worker()))))
                .hasStatusOk().bodyText().contains("须上传证明材料");
        assertThat(mvc.perform(multipart("/console/governance/tasks/" + t.id() + "/closure")
                .param("finishedOn", "明天").param("text", "日期不对").with(console(users, fx.worker()))))
                .hasStatusOk().bodyText().contains("is-invalid");
        assertThat(mvc.post().uri("/console/governance/meetings").with(console(users, fx.office()))
                .param("unitId", String.valueOf(fx.town())).param("kind", "STUDY_SESSION")
                .param("heldOn", today().plusDays(3).toString()).param("topic", "未来").param("participants", "无")
                .param("participantCount", "3").param("minutes", "无")).hasStatusOk().bodyText()
                .contains("日期不能晚于今天");
        assertThat(mvc.post().uri("/console/governance/weights").with(console(users, fx.office()))
                .param("unitId", String.valueOf(fx.town())).param("year", String.valueOf(today().getYear()))
                .param("totalPoints", "一百").param("ruleOfLawPoints", "10").param("documentRef", "办法"))
                .hasStatusOk().bodyText().contains("is-invalid");
        MockMultipartFile evidence = new MockMultipartFile("files", "材料.txt", "text/plain",
                "已完成".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mvc.perform(multipart("/console/governance/tasks/" + t.id() + "/closure").file(evidence)
                .param("finishedOn", today().toString()).param("text", "已完成").param("version",
                        String.valueOf(t.version())).with(console(users, fx.worker())))).hasStatus3xxRedirection();
        TaskOverview o = as(fx.worker(), () -> tasks.overview(t.id()));
        assertThat(o.task().status()).isEqualTo(TaskStatus.AWAITING_CONFIRMATION);
        long fileId = o.reports().get(0).fileIds().get(0);
        assertThat(mvc.get().uri("/console/governance/tasks/" + t.id() + "/evidence/" + fileId)
                .with(console(users, fx.office()))).hasStatusOk();
        assertThat(mvc.get().uri("/console/governance/tasks/" + t.id() + "/evidence/" + fileId)
                .with(console(users, fx.outsider()))).hasStatus(404);
    }

    @Test
    void anotherTownsRecordsAnswer404InTheConsoleAndTheApi() {
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(5),
                new String[] {"1", "范围任务", fx.deptName(), "", today().plusDays(10).toString()});
        PlanTask t = only(p);
        Inspection i = as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.town(),
                InspectionKind.SELF_INSPECTION, 2, today(), "镇法治办", "自查")));
        Finding f = as(fx.office(), () -> inspections.addFinding(i.id(), new FindingRequest("范围问题", fx.dept(), "某人",
                "措施", today().plusDays(3))));
        for (String path : List.of("/console/governance/tasks/" + t.id(), "/console/governance/plans/" + p.id(),
                "/console/governance/inspections/" + i.id(), "/console/governance/findings/" + f.id(),
                "/console/governance?unitId=" + fx.town())) {
            assertThat(mvc.get().uri(path).with(console(users, fx.outsider()))).as(path).hasStatus(404);
        }
        for (String path : List.of("/api/v1/governance/tasks/" + t.id(), "/api/v1/governance/plans/" + p.id(),
                "/api/v1/governance/plans/" + p.id() + "/tasks", "/api/v1/governance/findings/" + f.id(),
                "/api/v1/governance/inspections/" + i.id() + "/findings", "/api/v1/governance/tasks/" + t.id() + "/guide",
                "/api/v1/governance/overview?unitId=" + fx.town())) {
            assertThat(mvc.get().uri(path).with(fx.basic(fx.outsider()))).as(path).hasStatus(404);
        }
        assertThat(mvc.post().uri("/api/v1/governance/tasks/" + t.id() + "/progress").with(fx.basic(fx.outsider()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"越权\"}")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/governance/tasks").with(fx.basic(fx.outsider()))).hasStatusOk()
                .bodyJson().extractingPath("$[*].id").asArray().doesNotContain((int) t.id());
    }

    @Test
    void theApiTakesATaskToConfirmationAndRefusesWithTheLegalReason() {
        WorkPlan p = issuedPlan(today().getYear(), today().minusDays(5),
                new String[] {"1", "接口任务", fx.deptName(), "", today().plusDays(10).toString()});
        PlanTask t = only(p);
        assertThat(mvc.post().uri("/api/v1/governance/tasks/" + t.id() + "/confirmation").with(fx.basic(fx.office()))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(409).bodyJson()
                .extractingPath("$.code").isEqualTo("not-reported-done");
        assertThat(mvc.post().uri("/api/v1/governance/tasks/" + t.id() + "/progress").with(fx.basic(fx.worker()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"已启动\"}")).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("IN_PROGRESS");
        assertThat(mvc.perform(multipart("/api/v1/governance/tasks/" + t.id() + "/closure")
                .file(new MockMultipartFile("files", "材料.txt", "text/plain", "材料".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)))
                .param("finishedOn", today().toString()).param("text", "已完成").with(fx.basic(fx.worker()))))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("AWAITING_CONFIRMATION");
        assertThat(mvc.post().uri("/api/v1/governance/tasks/" + t.id() + "/confirmation").with(fx.basic(fx.office()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"同意\"}")).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("DONE");
        assertThat(mvc.get().uri("/api/v1/governance/targets?unitId=" + fx.town()).with(fx.basic(fx.office())))
                .hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(5);
    }
}
