package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.calendar.KernelTestSupport.console;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.RowError;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A whole list from Excel: every row checked with the row and column of each problem, nothing stored
 * unless every row is right, the same sheet again changes nothing, a list of thousands of items in one
 * go, and the existing list loaded as the first version in force only once.
 */
@FazhiIT
class ListImportIT extends ListsTestBase {

    static final List<String> POWER_HEADERS = List.of("事项编码", "事项名称", "权力类型", "设定依据", "依据条款", "实施主体",
            "责任事项", "追责情形");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    static byte[] sheet(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("清单");
            Row h = s.createRow(0);
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

    List<String> powerRow(String code, String name, String type, String law, String unit) {
        return List.of(code, name, type, law, "第一条", unit, "立案、调查、决定、执行责任", "不依法履职的依法追责");
    }

    @Test
    void rowLevelErrorsNameTheRowAndColumnAndNothingIsHalfImported() {
        ListVersion v = draft(unit("导入错误"), 2, false);
        List<ListEntry> before = as(fx.keeper(), () -> lists.allEntries(v.id()));
        long items = jdbc.sql("select count(*) from list_item where list_id = ?").param(v.listId()).query(Long.class)
                .single();
        String dup = code("DUP");
        byte[] xlsx = sheet(POWER_HEADERS, List.of(
                powerRow(code("OK"), "正确的一行", "行政处罚", "《某法》", ""),
                powerRow(dup, "类型不明", "罚没", "《某法》", ""),
                powerRow(code("NB"), "缺少依据", "检查", "", ""),
                powerRow(dup, "编码重复", "处罚", "《某法》", ""),
                powerRow(code("UN"), "实施主体不明", "处罚", "《某法》", "不存在的单位"),
                powerRow("坏编码", "编码不合规", "处罚", "《某法》", "")));
        ListImportReport report = as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(xlsx)));
        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "权力类型"),
                org.assertj.core.groups.Tuple.tuple(4, "设定依据"),
                org.assertj.core.groups.Tuple.tuple(5, "事项编码"),
                org.assertj.core.groups.Tuple.tuple(6, "实施主体"),
                org.assertj.core.groups.Tuple.tuple(7, "事项编码"));
        assertThat(report.errors().get(2).message()).contains(dup).contains("3");
        assertThat(as(fx.keeper(), () -> lists.allEntries(v.id()))).as("the draft as it was").isEqualTo(before);
        assertThat(reload(v.id()).revision()).isEqualTo(v.revision());
        assertThat(jdbc.sql("select count(*) from list_item where list_id = ?").param(v.listId()).query(Long.class)
                .single()).as("no item identity created for a rejected sheet").isEqualTo(items);
    }

    @Test
    void importingTheSameSheetAgainChangesNothing() {
        ListVersion v = draft(unit("幂等"), 0, false);
        byte[] xlsx = sheet(POWER_HEADERS, List.of(
                powerRow(code("A"), "事项甲", "行政处罚", "《某法》", ""),
                powerRow(code("B"), "事项乙", "强制", "《某法》", "")));
        ListImportReport first = as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(xlsx)));
        assertThat(first.ok()).isTrue();
        assertThat(first.added()).isEqualTo(2);
        ListVersion afterFirst = reload(v.id());
        long audits = audits(v.id());
        ListImportReport second = as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(xlsx)));
        assertThat(second.unchangedContent()).isTrue();
        assertThat(second.unchanged()).isEqualTo(2);
        ListVersion afterSecond = reload(v.id());
        assertThat(afterSecond.revision()).isEqualTo(afterFirst.revision());
        assertThat(afterSecond.contentSha256()).isEqualTo(afterFirst.contentSha256());
        assertThat(audits(v.id())).as("nothing changed, nothing audited").isEqualTo(audits);
    }

    @Test
    void aSheetReplacesTheDraftItemByItemKeepingEachItemsIdentity() {
        ListVersion v = draft(unit("替换"), 0, false);
        String a = code("A");
        String b = code("B");
        as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(sheet(POWER_HEADERS, List.of(
                powerRow(a, "事项甲", "处罚", "《某法》", ""), powerRow(b, "事项乙", "处罚", "《某法》", ""))))));
        long idOfA = as(fx.keeper(), () -> lists.allEntries(v.id())).stream().filter(e -> e.code().equals(a))
                .findFirst().orElseThrow().itemId();
        ListImportReport report = as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(sheet(
                POWER_HEADERS, List.of(powerRow(a, "事项甲（更名）", "处罚", "《某法》", ""),
                        powerRow(code("C"), "事项丙", "检查", "《某法》", ""))))));
        assertThat(report).extracting(ListImportReport::added, ListImportReport::changed, ListImportReport::removed,
                ListImportReport::unchanged).containsExactly(1, 1, 1, 0);
        assertThat(as(fx.keeper(), () -> lists.allEntries(v.id()))).filteredOn(e -> e.code().equals(a))
                .extracting(ListEntry::itemId, ListEntry::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(idOfA, "事项甲（更名）"));
    }

    @Test
    void aListOfThousandsOfItemsIsImportedInOneGo() {
        ListVersion v = draft(unit("大清单"), 0, false);
        List<List<String>> rows = new ArrayList<>();
        String prefix = code("BIG");
        for (int i = 1; i <= 2000; i++) {
            rows.add(powerRow(prefix + "-" + i, "第" + i + "项行政处罚", i % 3 == 0 ? "检查" : "处罚",
                    "《中华人民共和国行政处罚法》", ""));
        }
        byte[] xlsx = sheet(POWER_HEADERS, rows);
        long started = System.nanoTime();
        ListImportReport report = as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(xlsx)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(report.ok()).as("%s", report.errors()).isTrue();
        assertThat(report.added()).isEqualTo(2000);
        assertThat(reload(v.id()).itemCount()).isEqualTo(2000);
        assertThat(millis).as("2000 rows imported in %d ms", millis).isLessThan(60_000);
    }

    @Test
    void theListInForceIsLoadedOnceAndTheSameSheetAgainChangesNothing() {
        long unit = unit("现行导入");
        byte[] xlsx = sheet(POWER_HEADERS, List.of(powerRow(code("X"), "现行事项", "处罚", "《某法》", "")));
        LocalDate effective = LocalDate.of(2023, 3, 1);
        ListImportReport first = as("fzb", () -> imports.inForce(unit, ListKind.POWER, effective, "2023年公布",
                new ByteArrayInputStream(xlsx)));
        assertThat(first.ok()).isTrue();
        ListImportReport again = as("fzb", () -> imports.inForce(unit, ListKind.POWER, effective, "2023年公布",
                new ByteArrayInputStream(xlsx)));
        assertThat(again.unchangedContent()).isTrue();
        assertThat(again.versionId()).isEqualTo(first.versionId());
        ListVersion v = reload(first.versionId());
        assertThat(v.imported()).isTrue();
        assertThat(v.effectiveDate()).isEqualTo(effective);
        byte[] other = sheet(POWER_HEADERS, List.of(powerRow(code("Y"), "另一份清单", "处罚", "《某法》", "")));
        assertThatThrownBy(() -> as("fzb", () -> imports.inForce(unit, ListKind.POWER, effective, "再导入",
                new ByteArrayInputStream(other)))).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("list-has-versions");
    }

    @Test
    void aSheetWithoutARequiredColumnIsRefusedAsAWhole() {
        ListVersion v = draft(unit("缺列"), 0, false);
        byte[] xlsx = sheet(List.of("事项编码", "事项名称"), List.of(List.of(code("A"), "缺少权力类型和依据列")));
        assertThatThrownBy(() -> as(fx.keeper(), () -> imports.intoDraft(v.id(), new ByteArrayInputStream(xlsx))))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("import-header");
        assertThatThrownBy(() -> as(fx.keeper(), () -> imports.intoDraft(v.id(),
                new ByteArrayInputStream("不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
                .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("import-unreadable");
    }

    @Test
    void theConsoleShowsTheRowLevelReportAndTheApiAnswersIt() {
        ListVersion v = draft(unit("页面导入"), 0, false);
        byte[] bad = sheet(POWER_HEADERS, List.of(powerRow(code("A"), "类型不明", "罚没", "《某法》", "")));
        assertThat(mvc.perform(multipart("/console/lists/versions/" + v.id() + "/import")
                .file(new MockMultipartFile("file", "清单.xlsx", null, bad)).with(console(users, fx.keeper()))))
                .hasStatusOk().bodyText().contains("import-errors").contains("罚没");
        assertThat(mvc.perform(multipart("/api/v1/lists/versions/" + v.id() + "/import")
                .file(new MockMultipartFile("file", "清单.xlsx", null, bad)).with(fx.basic(fx.keeper())))).hasStatusOk().bodyJson()
                .extractingPath("$.errors[0].column").isEqualTo("权力类型");
        byte[] good = sheet(POWER_HEADERS, List.of(powerRow(code("A"), "事项", "处罚", "《某法》", "")));
        assertThat(mvc.perform(multipart("/console/lists/versions/" + v.id() + "/import")
                .file(new MockMultipartFile("file", "清单.xlsx", null, good)).with(console(users, fx.keeper()))))
                .hasStatus3xxRedirection();
        assertThat(reload(v.id()).itemCount()).isEqualTo(1);
    }

    private long audits(long versionId) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'list-version' and entity_id = ?")
                .param(String.valueOf(versionId)).query(Long.class).single();
    }
}
