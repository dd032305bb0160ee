package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.review.ReviewDesks;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Importing an existing catalog from Excel: a file with one bad row imports nothing and reports the
 * row; a good file imports every document as published (imported), indexed for search, and raises
 * the registering office's counter so the next registration number follows the imported ones.
 */
@FazhiIT
class CatalogImportIT {

    static final List<String> HEADERS = List.of("标题", "制定主体", "文号", "登记号", "公布日期", "施行日期", "有效期至",
            "有效期(年)", "效力状态", "正文");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Units units;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    ReviewDesks desks;
    @Autowired
    ActingAs acting;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    PublicCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Body body;
    String tag;

    @BeforeEach
    void setUp() {
        body = new Fixtures(units, bodies, desks, acting).bodyWithOwnOffice();
        tag = WebSupport.unique("导入");
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("目录");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private List<String> row(String title, int serial, String registration, String validity) {
        String prefix = body.body().docNumberPrefix();
        return List.of(title, body.body().name(), prefix + "〔2024〕" + serial + "号", registration, "2024-0" + serial
                + "-10", "2024-0" + serial + "-20", "", "", validity, "第一条 为规范" + title + "，制定本办法。\n第二条 本办法自公布之日起施行。");
    }

    private MvcTestResult upload(byte[] file, String user) {
        return mvc.post().uri("/api/v1/normdocs/import").with(DemoUsers.as(user))
                .multipart().file(new MockMultipartFile("file", "catalog.xlsx", "application/octet-stream", file))
                .exchange();
    }

    private List<NormativeDocument> imported() {
        return acting.run("fzb", () -> documents.list(body.body().id(), null, null, null, null, new PageQuery(0, 50)))
                .items();
    }

    @Test
    void aFileWithABadRowImportsNothingAndReportsTheRow() throws IOException {
        String office = body.office();
        byte[] file = xlsx(List.of(
                row(tag + "甲办法", 1, office + "202400003", "现行有效"),
                row(tag + "乙办法", 2, office + "2024000", "现行有效"),
                row(tag + "丙办法", 3, office + "202400003", "有效")));
        MvcTestResult r = upload(file, "fzb");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(422);
        assertThat((Integer) read(r, "$.imported")).isZero();
        List<Map<String, Object>> errors = read(r, "$.errors");
        assertThat(errors).extracting(e -> e.get("row")).contains(3, 4);
        assertThat(body(r)).contains("登记号", "与第 2 行重复", "无法识别效力状态");
        assertThat(imported()).isEmpty();
    }

    @Test
    void aGoodFileImportsEveryDocumentAndRaisesTheRegistrationCounter() throws IOException {
        String office = body.office();
        byte[] file = xlsx(List.of(
                row(tag + "甲办法", 1, office + "202400003", "现行有效"),
                row(tag + "乙办法", 2, office + "202400007", "已废止"),
                row(tag + "丙办法", 3, office + "202400005", "")));
        MvcTestResult r = upload(file, "fzb");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat((Integer) read(r, "$.imported")).isEqualTo(3);
        List<NormativeDocument> docs = imported();
        assertThat(docs).hasSize(3).allSatisfy(d -> {
            assertThat(d.imported()).isTrue();
            assertThat(d.published()).isTrue();
        });
        assertThat(docs).filteredOn(d -> d.title().endsWith("乙办法")).singleElement()
                .satisfies(d -> assertThat(d.validity().name()).isEqualTo("REPEALED"));
        assertThat(docs).filteredOn(d -> d.title().endsWith("甲办法")).singleElement()
                .satisfies(d -> assertThat(d.expiryDate()).hasToString("2029-01-19"));
        Integer last = jdbc.sql("select last_serial from registration_counter c join registering_office o"
                + " on o.unit_id = c.registering_unit_id where o.prefix = ? and c.year_no = 2024").param(office)
                .query(Integer.class).single();
        assertThat(last).isEqualTo(7);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                catalog.search(tag, body.body().id(), null, null, 0, 10).total() == 3);

        MvcTestResult again = upload(xlsx(List.of(row(tag + "丁办法", 4, office + "202400007", "现行有效"))), "fzb");
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(again)).contains("已被使用");
    }

    @Test
    void theConsoleOffersTheTemplateAndShowsTheReport() throws IOException {
        var fzb = console(users, "fzb");
        var template = mvc.get().uri("/console/normdocs/import/template").with(fzb).exchange();
        assertThat(template.getResponse().getStatus()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
            Row head = wb.getSheetAt(0).getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("标题");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("登记号");
        }
        byte[] bad = xlsx(List.of(row(tag + "戊办法", 1, "XX202400001", "现行有效")));
        var r = mvc.post().uri("/console/normdocs/import").with(fzb)
                .multipart().file(new MockMultipartFile("file", "catalog.xlsx", "application/octet-stream", bad))
                .exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(r)).contains("整表未导入", "登记号须以该制定主体的登记机关代码");
        assertThat(imported()).isEmpty();
        var denied = mvc.get().uri("/console/normdocs/import").with(console(users, "qicao")).exchange();
        assertThat(denied.getResponse().getStatus()).isEqualTo(403);
    }
}
