package org.fazhi.enforcement.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.enforcement.CaseImport;
import org.fazhi.enforcement.CaseImportJobs;
import org.fazhi.enforcement.CaseImportReport;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementFixture;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The case import: streamed CSV and XLSX; a file with any wrong row stores nothing and reports each
 * error by row and column; running the same file again adds nothing; an imported open penalty case runs
 * against its PN-06 deadline; the API takes the file as the request body or as an upload.
 */
@FazhiIT
class CaseImportIT extends EnforcementTestBase {

    @Autowired
    CaseImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    CaseImportJobs jobs;
    @Autowired
    UserDetailsService users;

    String agencyCode() {
        return "EF" + fx.tag();
    }

    /** A row in the template's column order. */
    List<String> row(String externalId, String caseNo, String opened, String decided, String outcome,
            String penalty, String amount, String served, String closed, String archived) {
        return List.of(externalId, agencyCode(), caseNo, "行政处罚", "普通程序", "P" + fx.tag(), "未按规定设置招牌",
                "", "法人或者其他组织", "某某商店" + externalId, "", opened, decided,
                decided.isEmpty() ? "" : "决" + caseNo, outcome, penalty, amount, served, "", closed, archived);
    }

    byte[] csv(List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(",", imports.headers())).append("\r\n");
        for (List<String> r : rows) {
            b.append(String.join(",", r.stream().map(v -> v.contains(",") ? "\"" + v + "\"" : v).toList()))
                    .append("\r\n");
        }
        return b.toString().getBytes(UTF_8);
    }

    CaseImportReport run(byte[] file, String name, String source) {
        return as(fx.officer(), () -> imports.run(new ByteArrayInputStream(file), name, source));
    }

    long count(String source) {
        return jdbc.sql("select count(*) from enforcement_case where source_system = ?").param(source)
                .query(Long.class).single();
    }

    List<List<String>> good(String s) {
        LocalDate d = today().minusDays(200);
        return List.of(
                row(s + "-1", "旧罚" + s + "-1", d.toString(), "", "", "", "", "", "", ""),
                row(s + "-2", "旧罚" + s + "-2", d.toString(), d.plusDays(30).toString(), "给予处罚（采取措施）", "罚款",
                        "2,000", d.plusDays(32).toString(), d.plusDays(40).toString(), d.plusDays(50).toString()),
                row(s + "-3", "旧罚" + s + "-3", d.toString(), d.plusDays(20).toString(), "NO_PENALTY", "", "",
                        d.plusDays(21).toString(), d.plusDays(22).toString(), ""));
    }

    @Test
    void aGoodFileIsImportedOnceAndTheOpenPenaltyCaseRunsAgainstItsDeadline() {
        String source = "OLD" + fx.tag();
        byte[] file = csv(good("A" + fx.tag()));
        CaseImportReport first = run(file, "cases.csv", source);
        assertThat(first.ok()).as(first.errors().toString()).isTrue();
        assertThat(first.rows()).isEqualTo(3);
        assertThat(first.imported()).isEqualTo(3);
        assertThat(first.sha256()).hasSize(64);
        assertThat(count(source)).isEqualTo(3);

        CaseImportReport again = run(file, "cases.csv", source);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(count(source)).isEqualTo(3);

        List<Long> ids = jdbc.sql("select id from enforcement_case where source_system = ? order by external_id")
                .param(source).query(Long.class).list();
        EnforcementCase open = officer(() -> cases.get(ids.get(0)));
        assertThat(open.imported()).isTrue();
        assertThat(open.status()).isEqualTo(CaseStatus.INVESTIGATING);
        assertThat(open.powerItemId()).isEqualTo(fx.power().id());
        assertThat(open.decisionDeadlineId()).as("PN-06 deadline tracked").isNotNull();
        EnforcementCase archived = officer(() -> cases.get(ids.get(1)));
        assertThat(archived.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(archived.amount()).isEqualByComparingTo("2000");
        assertThat(archived.kind()).isEqualTo(ActionKind.PENALTY);
        assertThat(officer(() -> cases.get(ids.get(2))).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void oneWrongRowStoresNothingAndEachErrorIsReportedByRowAndColumn() {
        String source = "BAD" + fx.tag();
        String s = "B" + fx.tag();
        LocalDate d = today().minusDays(100);
        List<List<String>> rows = new ArrayList<>(good(s));
        rows.add(row(s + "-4", "旧罚" + s + "-4", "2024-13-40", "", "", "", "", "", "", ""));
        rows.add(row(s + "-1", "旧罚" + s + "-5", d.toString(), "", "", "", "", "", "", ""));
        rows.add(row(s + "-6", "旧罚" + s + "-6", d.toString(), d.minusDays(5).toString(), "给予处罚（采取措施）",
                "罚款", "-1", "", "", ""));
        List<String> foreign = new ArrayList<>(row(s + "-7", "旧罚" + s + "-7", d.toString(), "", "", "", "", "", "",
                ""));
        foreign.set(1, "EG" + fx.tag());
        rows.add(foreign);
        List<String> archivedOpen = new ArrayList<>(row(s + "-8", "旧罚" + s + "-8", d.toString(), "", "", "", "", "",
                "", d.plusDays(3).toString()));
        rows.add(archivedOpen);
        CaseImportReport r = run(csv(rows), "cases.csv", source);
        assertThat(r.ok()).isFalse();
        assertThat(r.imported()).isZero();
        assertThat(count(source)).as("nothing half-imported").isZero();
        assertThat(r.errors()).extracting(e -> e.row() + ":" + e.column()).contains(
                "5:立案日期", "6:原系统案件编号", "7:决定日期", "7:金额（元）", "8:执法机关代码", "9:归档日期");
        assertThat(r.errors()).filteredOn(e -> e.row() == 6).first()
                .satisfies(e -> assertThat(e.message()).contains("2"));
        assertThat(r.errorCount()).isEqualTo(r.errors().size());
    }

    @Test
    void aCaseNumberOfAnotherCaseOfTheAgencyIsRefused() {
        EnforcementCase existing = open("已有案件");
        String s = "C" + fx.tag();
        List<List<String>> rows = List.of(row(s + "-1", existing.caseNo(), today().minusDays(10).toString(), "", "",
                "", "", "", "", ""));
        CaseImportReport r = run(csv(rows), "cases.csv", "CNO" + fx.tag());
        assertThat(r.errors()).extracting(e -> e.column()).containsExactly("案件编号");
    }

    @Test
    void anXlsxFileIsReadLikeTheCsvAndABadSourceOrFileIsRefused() {
        String source = "XL" + fx.tag();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<?>> rows = new ArrayList<>(good("X" + fx.tag()));
        SpreadsheetWriter.write(out, "cases", imports.headers(), rows);
        CaseImportReport r = run(out.toByteArray(), "cases.xlsx", source);
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        assertThat(r.imported()).isEqualTo(3);
        invalid(() -> run(csv(good("Y" + fx.tag())), "cases.csv", "bad source!"), "source");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("a,b\n1,2\n".getBytes(UTF_8), "cases.csv", "S"))
                .isInstanceOf(InvalidInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(new byte[] {1, 2}, "cases.pdf", "S"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theApiTakesTheBodyOrAnUploadAndAnswers422WithTheReport() {
        String source = "API" + fx.tag();
        var ok = mvc.post().uri("/api/v1/enforcement/imports?source=" + source).contentType("text/csv")
                .content(csv(good("D" + fx.tag()))).with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok).bodyJson().extractingPath("$.imported").isEqualTo(3);
        List<List<String>> bad = List.of(row("E" + fx.tag(), "", "", "", "", "", "", "", "", ""));
        var refused = mvc.post().uri("/api/v1/enforcement/imports?source=" + source).contentType("text/csv")
                .content(csv(bad)).with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].row").isEqualTo(2);
        assertThat(mvc.post().uri("/api/v1/enforcement/imports?source=" + source).contentType("text/csv")
                .content(csv(good("D" + fx.tag()))).with(EnforcementFixture.basic(fx.reviewer())).exchange()
                .getResponse().getStatus()).as("not an enforcement officer").isEqualTo(403);
        assertThat(mvc.get().uri("/api/v1/enforcement/imports/template").with(EnforcementFixture.basic(fx.officer()))
                .exchange().getResponse().getStatus()).isEqualTo(200);
    }

    /** The file followed by 5 MB of blank rows (which the import skips): still the same cases. */
    static byte[] padded(byte[] rows) {
        byte[] padding = ",,,,\r\n".repeat(5 * 1024 * 1024 / 6 + 1).getBytes(UTF_8);
        byte[] big = new byte[rows.length + padding.length];
        System.arraycopy(rows, 0, big, 0, rows.length);
        System.arraycopy(padding, 0, big, rows.length, padding.length);
        return big;
    }

    @Test
    void theImportTakesABodyPastTheFourMegabyteGuardWhileEveryOtherBodyIsStillRefused() throws Exception {
        String source = "BIG" + fx.tag();
        byte[] big = padded(csv(good("G" + fx.tag())));
        assertThat(big.length).isGreaterThan(5 * 1024 * 1024);

        var started = mvc.post().uri("/api/v1/enforcement/imports/jobs?source=" + source).contentType("text/csv")
                .content(big).with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        String id = com.jayway.jsonpath.JsonPath.read(started.getResponse().getContentAsString(UTF_8), "$.id");
        CaseImportJobs.Job done = await(() -> as(fx.officer(), () -> jobs.get(id)));
        assertThat(done.phase()).isEqualTo(CaseImportJobs.Phase.DONE);
        assertThat(done.report().imported()).isEqualTo(3);
        var direct = mvc.post().uri("/api/v1/enforcement/imports?source=" + source + "X").contentType("text/csv")
                .content(padded(csv(good("H" + fx.tag())))).with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(direct.getResponse().getStatus()).isEqualTo(200);

        byte[] json = ("{\"cause\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(UTF_8);
        var other = mvc.post().uri("/api/v1/enforcement/cases").contentType("application/json").content(json)
                .with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(other.getResponse().getStatus()).isEqualTo(413);
        assertThat(other.getResponse().getContentType()).contains("application/problem+json");
        assertThat(other.getResponse().getContentAsString(UTF_8)).contains("/problems/too-large").contains("4 MB");
        var jobPoll = mvc.post().uri("/api/v1/enforcement/imports/jobs/" + id).contentType("text/csv").content(big)
                .with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(jobPoll.getResponse().getStatus()).as("only the import's own paths").isEqualTo(413);
    }

    CaseImportJobs.Job await(java.util.function.Supplier<CaseImportJobs.Job> job) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        CaseImportJobs.Job j = job.get();
        while (j.running() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            j = job.get();
        }
        return j;
    }

    @Test
    void aBackgroundJobReportsItsProgressToItsOwnerOnly() throws Exception {
        String source = "JOB" + fx.tag();
        var started = mvc.post().uri("/api/v1/enforcement/imports/jobs?source=" + source).contentType("text/csv")
                .content(csv(good("J" + fx.tag()))).with(EnforcementFixture.basic(fx.officer())).exchange();
        assertThat(started.getResponse().getStatus()).isEqualTo(202);
        String id = com.jayway.jsonpath.JsonPath.read(started.getResponse().getContentAsString(UTF_8), "$.id");
        CaseImportJobs.Job done = await(() -> as(fx.officer(), () -> jobs.get(id)));
        assertThat(done.phase()).isEqualTo(CaseImportJobs.Phase.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.report().imported()).isEqualTo(3);
        assertThat(count(source)).isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/enforcement/imports/jobs/" + id).with(EnforcementFixture.basic(fx.outsider()))
                .exchange().getResponse().getStatus()).as("another user's job").isEqualTo(404);

        var console = KernelTestSupport.console(users, fx.officer());
        var posted = mvc.post().uri("/console/enforcement/import").multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("file", "old.csv", "text/csv",
                        csv(good("K" + fx.tag()))))
                .param("source", "CON" + fx.tag()).with(console).exchange();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        String page = posted.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/console/enforcement/import/jobs/");
        String jobId = page.substring(page.lastIndexOf('/') + 1);
        await(() -> as(fx.officer(), () -> jobs.get(jobId)));
        String html = mvc.get().uri(page).with(console).exchange().getResponse().getContentAsString(UTF_8);
        assertThat(html).contains("import-done").doesNotContain("??");
        assertThat(count("CON" + fx.tag())).isEqualTo(3);

        var failed = mvc.post().uri("/api/v1/enforcement/imports/jobs?source=" + source).contentType("text/csv")
                .content("a,b\n1,2\n".getBytes(UTF_8)).with(EnforcementFixture.basic(fx.officer())).exchange();
        String failedId = com.jayway.jsonpath.JsonPath.read(failed.getResponse().getContentAsString(UTF_8), "$.id");
        CaseImportJobs.Job f = await(() -> as(fx.officer(), () -> jobs.get(failedId)));
        assertThat(f.phase()).isEqualTo(CaseImportJobs.Phase.FAILED);
        assertThat(f.problem()).contains("原系统案件编号");
    }
}
