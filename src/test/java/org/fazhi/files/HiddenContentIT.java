package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Attachments are checked for hidden content before they are published (SECURITY.md PI-04): a
 * workbook with a hidden sheet (the PSNI case), hidden rows or columns, or a defined name, and a Word
 * document with a comment, are held back with 409 {@code hidden-content} and the refusal is audited
 * with what was found; the same workbook without them is published.
 */
@FazhiIT
class HiddenContentIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FileStore files;
    @Autowired
    JdbcClient jdbc;

    private static long seed = System.nanoTime();

    private static byte[] workbook(Consumer<XSSFWorkbook> extra) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("答复");
            sheet.createRow(0).createCell(0).setCellValue("答复内容 " + seed++);
            sheet.createRow(1).createCell(0).setCellValue("第二行");
            extra.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long uploaded(String name, byte[] content) {
        MvcTestResult r = mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(DemoUsers.as("donghu")).exchange();
        String body = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(201);
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    private void publishRefused(long id, String finding) {
        assertThatThrownBy(() -> asSystem(() -> files.publish(id))).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo("hidden-content"));
        assertThat(jdbc.sql("select published from stored_file where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select changes from audit_event where entity_type = 'file' and entity_id = ?"
                + " and action = 'publish' and outcome = 'FAILURE'").param(String.valueOf(id)).query(String.class)
                .list()).singleElement().asString().contains(finding);
    }

    @Test
    void aWorkbookWithAHiddenSheetIsHeldBackFromPublishing() {
        long id = uploaded("答复-" + seed + ".xlsx", workbook(wb -> {
            wb.createSheet("全体人员").createRow(0).createCell(0).setCellValue("姓名 身份证号 手机");
            wb.setSheetHidden(1, true);
        }));
        publishRefused(id, "HIDDEN_SHEET");
    }

    @Test
    void hiddenRowsHiddenColumnsAndDefinedNamesAreHeldBackToo() {
        publishRefused(uploaded("行-" + seed + ".xlsx", workbook(wb -> wb.getSheetAt(0).getRow(1).setZeroHeight(true))),
                "HIDDEN_ROWS");
        publishRefused(uploaded("列-" + seed + ".xlsx", workbook(wb -> wb.getSheetAt(0).setColumnHidden(3, true))),
                "HIDDEN_COLUMNS");
        publishRefused(uploaded("名称-" + seed + ".xlsx", workbook(wb -> {
            var name = wb.createName();
            name.setNameName("人员名单");
            name.setRefersToFormula("'答复'!$A$1:$A$2");
        })), "DEFINED_NAMES");
    }

    @Test
    void aWordDocumentWithACommentIsHeldBack() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("答复书 " + seed++);
            var comment = doc.createComments().createComment(BigInteger.ONE);
            comment.setAuthor("经办人");
            comment.createParagraph().createRun().setText("申请人电话见内部登记");
            doc.write(out);
            docx = out.toByteArray();
        }
        publishRefused(uploaded("答复书-" + seed + ".docx", docx), "COMMENTS");
    }

    @Test
    void aCleanWorkbookAndDocumentArePublished() {
        long clean = uploaded("清洁-" + seed + ".xlsx", workbook(wb -> {
            wb.setPrintArea(0, "$A$1:$A$2");
        }));
        assertThatCode(() -> asSystem(() -> files.publish(clean))).doesNotThrowAnyException();
        assertThat(jdbc.sql("select published from stored_file where id = ?").param(clean).query(Boolean.class)
                .single()).isTrue();
        long doc = uploaded("清洁-" + seed + ".docx", org.fazhi.files.internal.Samples.docx());
        assertThatCode(() -> asSystem(() -> files.publish(doc))).doesNotThrowAnyException();
    }

    /** Runs as the system (a module's job), not as the mock request the test context sets up. */
    private static void asSystem(Runnable r) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        try {
            r.run();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(request);
        }
    }
}
