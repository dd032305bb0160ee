package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.normdocs.web.WebSupport.console;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Exports with personal data in full are encrypted (SECURITY.md DC-03): the suits' list leaves the
 * console masked by default; with natural persons' names in full only as an OOXML agile-encrypted
 * workbook (AES-256) under a password shown once to the case handler who asked with a reason. POI opens
 * the file with that password and with no other; the download works once; the form chosen, the rows and
 * the reason are audited.
 */
@FazhiIT
class ProtectedExportIT extends LitigationTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    private static String password(String html) {
        int at = html.indexOf("id=\"export-password\"");
        assertThat(at).as("the password is shown").isPositive();
        int start = html.indexOf('>', at) + 1;
        return html.substring(start, html.indexOf('<', start));
    }

    private static String downloadPath(String html) {
        int at = html.indexOf("/console/litigation/export/protected/");
        assertThat(at).as("the download is linked").isPositive();
        return html.substring(at, html.indexOf('"', at));
    }

    private static List<String> cells(Workbook book) {
        List<String> cells = new ArrayList<>();
        book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        return cells;
    }

    private List<String> exportAudits() {
        return jdbc.sql("select changes from audit_event where entity_type = 'litigation-case' and entity_id = 'list'"
                + " and action = 'export' and actor_name = ? order by seq").param(fx.handler()).query(String.class).list();
    }

    @Test
    void anExportWithNamesInFullIsAnEncryptedWorkbookThatOpensWithItsOneTimePasswordAlone() throws Exception {
        LitigationCase c = sue(d("2025-03-04"));
        int auditsBefore = exportAudits().size();
        MockHttpSession session = new MockHttpSession();

        assertThat(mvc.get().uri("/console/litigation/export/protected").session(session)
                .with(console(users, fx.handler())).exchange().getResponse().getStatus()).isEqualTo(200);
        MvcTestResult issued = mvc.post().uri("/console/litigation/export/protected").session(session)
                .with(console(users, fx.handler())).param("reason", "向法院报送原告名单").exchange();
        assertThat(issued.getResponse().getStatus()).isEqualTo(200);
        String html = issued.getResponse().getContentAsString();
        String password = password(html);
        assertThat(password).hasSize(16);

        MvcTestResult download = mvc.get().uri(downloadPath(html)).session(session)
                .with(console(users, fx.handler())).exchange();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
        byte[] file = download.getResponse().getContentAsByteArray();

        // agile encryption, AES-256
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            assertThat(info.getHeader().getKeySize()).isEqualTo(256);
            Decryptor decryptor = Decryptor.getInstance(info);
            assertThat(decryptor.verifyPassword("wrong-" + password)).isFalse();
            assertThat(decryptor.verifyPassword(password)).isTrue();
        }
        // opens with the password, the name in full
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file), password)) {
            assertThat(cells(book)).contains(c.caseNo(), c.plaintiff());
        }
        // and not without it, nor as a plain workbook
        assertThatThrownBy(() -> WorkbookFactory.create(new ByteArrayInputStream(file)))
                .isInstanceOf(EncryptedDocumentException.class);
        assertThatThrownBy(() -> WorkbookFactory.create(new ByteArrayInputStream(file), "Wrong-Password-1"))
                .isInstanceOf(EncryptedDocumentException.class);
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(c.caseNo());

        // the download works once
        assertThat(mvc.get().uri(downloadPath(html)).session(session).with(console(users, fx.handler())).exchange()
                .getResponse().getStatus()).isEqualTo(404);

        List<String> audits = exportAudits();
        assertThat(audits).hasSize(auditsBefore + 1);
        assertThat(audits.get(audits.size() - 1)).contains("protected", "向法院报送原告名单").doesNotContain(password);
    }

    @Test
    void theMaskedExportIsAuditedAsSuchAndTheFullOneNeedsAReasonAndACaseHandler() throws Exception {
        sue(d("2025-03-05"));
        int auditsBefore = exportAudits().size();
        assertThat(mvc.get().uri("/console/litigation/export").with(console(users, fx.handler())).exchange()
                .getResponse().getStatus()).isEqualTo(200);
        List<String> audits = exportAudits();
        assertThat(audits).hasSize(auditsBefore + 1);
        assertThat(audits.get(audits.size() - 1)).contains("masked");

        MvcTestResult noReason = mvc.post().uri("/console/litigation/export/protected")
                .with(console(users, fx.handler())).param("reason", "  ").exchange();
        assertThat(noReason.getResponse().getStatus()).isEqualTo(200);
        assertThat(noReason.getResponse().getContentAsString()).contains("导出理由").contains("须填写理由")
                .doesNotContain("export-password");
        assertThat(exportAudits()).hasSize(auditsBefore + 1);

        // a drafting office reads the suits and exports them masked, never in full
        assertThat(mvc.get().uri("/console/litigation/export").with(console(users, fx.drafter())).exchange()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.post().uri("/console/litigation/export/protected").with(console(users, fx.drafter()))
                .param("reason", "想看全名").exchange().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.get().uri("/console/litigation/export/protected/" + "0".repeat(32))
                .with(console(users, fx.handler())).exchange().getResponse().getStatus()).isEqualTo(404);
    }
}
