package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.fazhi.files.internal.Samples;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The file store end to end (SECURITY.md UPL-01, AC-06, AUD-01): upload and download with the
 * hash, content kept once and never overwritten, byte ranges for audio and video, type and size
 * checks, names made safe, unit scope (another township's file is 404), public reading of
 * published files only, audited downloads, and the metadata row in the caller's transaction.
 */
@FazhiIT
class FilesIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    FileStore files;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${fazhi.data-dir}")
    String dataDir;
    @Value("${fazhi.files.max-size}")
    DataSize maxSize;

    private static long seed = System.nanoTime();

    private static byte[] uniquePdf(int size) {
        return Samples.pdf(size, seed++);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private MvcTestResult upload(String user, String name, byte[] content, Long unitId) {
        var request = mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(DemoUsers.as(user));
        if (unitId != null) {
            request = request.param("unitId", unitId.toString());
        }
        return request.exchange();
    }

    /** An upload: its internal id and the random key its URLs use. */
    private record Up(long id, String key) {
        String uri() {
            return "/api/v1/files/" + key;
        }
    }

    private Up uploaded(String user, String name, byte[] content) {
        MvcTestResult r = upload(user, name, content, null);
        assertThat(r).as(text(r)).hasStatus(201);
        Number id = com.jayway.jsonpath.JsonPath.read(text(r), "$.id");
        return new Up(id.longValue(), com.jayway.jsonpath.JsonPath.read(text(r), "$.key"));
    }

    private static String text(MvcTestResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private long rowsNamed(String name) {
        return jdbc.sql("select count(*) from stored_file where original_name = ?").param(name).query(Long.class)
                .single();
    }

    @Test
    void anUploadComesBackByteForByteWithItsHash() throws Exception {
        byte[] content = uniquePdf(5000);
        MvcTestResult r = upload("donghu", "行政处罚决定书 第1号.pdf", content, null);
        assertThat(r).hasStatus(201).bodyJson().isLenientlyEqualTo("{\"sha256\":\"" + sha256(content)
                + "\",\"size\":5000,\"contentType\":\"application/pdf\",\"originalName\":\"行政处罚决定书 第1号.pdf\","
                + "\"unitId\":" + unit("SFX-DH") + ",\"published\":false}");
        String key = com.jayway.jsonpath.JsonPath.read(text(r), "$.key");
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/files/" + key);

        assertThat(mvc.get().uri("/api/v1/files/" + key).with(DemoUsers.as("donghu"))).hasStatusOk().bodyJson()
                .extractingPath("$.sha256").isEqualTo(sha256(content));

        MvcTestResult download = mvc.get().uri("/api/v1/files/" + key + "/content").with(DemoUsers.as("donghu"))
                .exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(sha256(download.getResponse().getContentAsByteArray())).isEqualTo(sha256(content));
        assertThat(download.getResponse().getHeader("ETag")).isEqualTo("\"" + sha256(content) + "\"");
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(download.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"_______ _1_.pdf\"; filename*=UTF-8''"
                        + "%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A%E5%86%B3%E5%AE%9A%E4%B9%A6%20%E7%AC%AC1%E5%8F%B7.pdf");

        assertThat(mvc.get().uri("/api/v1/files/" + key + "/content").with(DemoUsers.as("donghu"))
                .header("If-None-Match", "\"" + sha256(content) + "\"")).hasStatus(304);
    }

    @Test
    void identicalContentIsStoredOnceWithTwoRecordsAndTheBlobIsNeverRewritten() throws Exception {
        byte[] content = uniquePdf(3000);
        long first = uploaded("donghu", "first.pdf", content).id();
        Path blob = Path.of(dataDir, "files", sha256(content).substring(0, 2), sha256(content).substring(2, 4),
                sha256(content));
        assertThat(blob).exists();
        var modified = Files.getLastModifiedTime(blob);
        var inode = Files.getAttribute(blob, "unix:ino");
        long second = uploaded("xishan", "second.pdf", content).id();

        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(sha256(content))
                .query(Long.class).single()).isEqualTo(2);
        try (var listing = Files.list(blob.getParent())) {
            String name = sha256(content);
            assertThat(listing.filter(p -> p.getFileName().toString().equals(name))).hasSize(1);
        }
        assertThat(Files.getLastModifiedTime(blob)).isEqualTo(modified);
        assertThat(Files.getAttribute(blob, "unix:ino")).isEqualTo(inode);
        assertThat(Files.readAllBytes(blob)).isEqualTo(content);
    }

    @Test
    void byteRangesAreServedAsPartialContent() {
        byte[] content = new byte[10_000];
        new Random(seed++).nextBytes(content);
        byte[] box = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(box, 0, content, 0, box.length);
        String uri = uploaded("donghu", "询问录像.mp4", content).uri() + "/content";

        MvcTestResult part = mvc.get().uri(uri).with(DemoUsers.as("donghu")).header("Range", "bytes=100-199")
                .exchange();
        assertThat(part).hasStatus(206);
        assertThat(part.getResponse().getHeader("Content-Range")).isEqualTo("bytes 100-199/10000");
        assertThat(part.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(content, 100, 200));
        assertThat(part.getResponse().getContentType()).isEqualTo("video/mp4");

        MvcTestResult tail = mvc.get().uri(uri).with(DemoUsers.as("donghu")).header("Range", "bytes=-10").exchange();
        assertThat(tail).hasStatus(206);
        assertThat(tail.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(content, 9990, 10000));

        MvcTestResult open = mvc.get().uri(uri).with(DemoUsers.as("donghu")).header("Range", "bytes=9000-")
                .exchange();
        assertThat(open).hasStatus(206);
        assertThat(open.getResponse().getHeader("Content-Range")).isEqualTo("bytes 9000-9999/10000");

        MvcTestResult two = mvc.get().uri(uri).with(DemoUsers.as("donghu")).header("Range", "bytes=0-9,20-29")
                .exchange();
        assertThat(two).hasStatus(206);
        assertThat(two.getResponse().getContentType()).startsWith("multipart/byteranges");

        for (String bad : List.of("bytes=10000-", "bytes=20000-20010", "bytes=500-100", "bytes=abc",
                "bytes=0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-9999,0-9999")) {
            MvcTestResult r = mvc.get().uri(uri).with(DemoUsers.as("donghu")).header("Range", bad).exchange();
            assertThat(r).as(bad).hasStatus(416);
            assertThat(r.getResponse().getHeader("Content-Range")).as(bad).isEqualTo("bytes */10000");
        }
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedAndNothingIsStored() {
        String name = "invoice-" + seed++ + ".pdf";
        MvcTestResult r = upload("donghu", name, Samples.exe(), null);
        assertThat(r).hasStatus(415).bodyJson().extractingPath("$.type").isEqualTo("/problems/unsupported-type");
        assertThat(text(r)).contains("扩展名");
        assertThat(rowsNamed(name)).isZero();

        assertThat(upload("donghu", "tool-" + seed++ + ".exe", Samples.exe(), null)).hasStatus(415);
        assertThat(upload("donghu", "archive.zip", Samples.zip(new String[] {"a.txt"}, 0), null))
                .as("plain archives are off by default").hasStatus(415);
        assertThat(upload("donghu", "noextension", uniquePdf(100), null)).hasStatus(400);
        assertThat(upload("donghu", "empty.pdf", new byte[0], null)).hasStatus(400);
        assertThat(upload("donghu", "bomb.docx", Samples.zip(new String[] {"[Content_Types].xml",
            "word/document.xml"}, 20 * 1024 * 1024), null)).hasStatus(415);
    }

    @Test
    void realDocumentsAndMediaAreAccepted() {
        assertThat(upload("donghu", "意见.docx", Samples.docx(), null)).hasStatus(201).bodyJson()
                .extractingPath("$.contentType")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(upload("donghu", "台账.xlsx", Samples.xlsx(), null)).hasStatus(201);
        assertThat(upload("donghu", "照片.PNG", Samples.png(), null)).hasStatus(201).bodyJson()
                .extractingPath("$.contentType").isEqualTo("image/png");
    }

    @Test
    void pathsInTheUploadedNameAreDropped() {
        String marker = "traversal-" + seed++;
        MvcTestResult r = upload("donghu", "../../../../etc/" + marker + ".pdf", uniquePdf(200), null);
        assertThat(r).hasStatus(201).bodyJson().extractingPath("$.originalName").isEqualTo(marker + ".pdf");
        MvcTestResult rtl = upload("donghu", "合同\u202Efdp.exe", Samples.exe(), null);
        assertThat(rtl).hasStatus(415);
    }

    @Test
    void overTheSizeLimitIsRefusedWhileStreamingAndNoTemporaryFileRemains() throws IOException {
        long limit = maxSize.toBytes();
        InputStream tooBig = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ <= limit ? 0x25 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served > limit) {
                    return -1;
                }
                int n = (int) Math.min(len, limit + 1 - served);
                Arrays.fill(b, off, off + n, (byte) 0x25);
                served += n;
                return n;
            }
        };
        assertThatThrownBy(() -> files.store(tooBig, "huge.pdf", "application/pdf", unit("SFX-DH")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("too-large");
                });
        try (var temp = Files.list(Path.of(dataDir, "files", "tmp"))) {
            assertThat(temp).isEmpty();
        }
    }

    @Test
    void anUploadNoRecordHoldsYetIsReadByItsUploaderAloneNotByUnitScope() {
        Up f = uploaded("donghu", "东湖-" + seed++ + ".pdf", uniquePdf(400));
        // the county's 法治办 sees the township's unit, but the file belongs to no record it may read
        for (String outsider : List.of("xishan", "linxian", "fzb")) {
            assertThat(mvc.get().uri(f.uri()).with(DemoUsers.as(outsider))).as(outsider)
                    .hasStatus(404).bodyJson().extractingPath("$.type").isEqualTo("/problems/not-found");
            assertThat(mvc.get().uri(f.uri() + "/content").with(DemoUsers.as(outsider))).hasStatus(404);
        }
        assertThat(mvc.get().uri(f.uri()).with(DemoUsers.as("donghu"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/files/999999999").with(DemoUsers.as("donghu"))).hasStatus(404);

        assertThat(upload("donghu", "x.pdf", uniquePdf(100), unit("SFX-XS"))).hasStatus(404);
        assertThat(upload("donghu", "village.pdf", uniquePdf(100), unit("SFX-DH-QS"))).hasStatus(201).bodyJson()
                .extractingPath("$.unitId").isEqualTo((int) unit("SFX-DH-QS"));
        assertThat(upload("donghu", "x.pdf", uniquePdf(100), 0L)).hasStatus(400);
    }

    @Test
    void theThreeAdministratorsReadNoBusinessFile() {
        // The probe: GET /api/v1/files/{id}/content as admin, secadmin or auditor returned any unit's upload.
        MvcTestResult r = upload("donghu", "证据-" + seed++ + ".pdf", uniquePdf(600), null);
        String location = r.getResponse().getHeader("Location");
        Attached a = attachedToADocument();
        for (String admin : List.of(DemoUsers.ADMIN, "secadmin", "auditor")) {
            assertThat(mvc.get().uri(location + "/content").with(DemoUsers.as(admin))).as(admin).hasStatus(404);
            assertThat(mvc.get().uri(location).with(DemoUsers.as(admin))).as(admin).hasStatus(404);
            assertThat(mvc.get().uri(a.uri() + "/content").with(DemoUsers.as(admin))).as(admin).hasStatus(404);
        }
        assertThat(mvc.get().uri(location + "/content").with(DemoUsers.as("donghu"))).hasStatusOk();
    }

    @Test
    void readingAnAttachmentFollowsItsDocumentNotTheUnit() {
        Attached a = attachedToADocument();
        for (String reader : List.of("qicao", "fzb", "lingdao")) {
            assertThat(mvc.get().uri(a.uri() + "/content").with(DemoUsers.as(reader))).as(reader).hasStatusOk();
        }
        for (String outsider : List.of("donghu", "xishan", "linxian", "zhifa1")) {
            assertThat(mvc.get().uri(a.uri() + "/content").with(DemoUsers.as(outsider))).as(outsider).hasStatus(404);
        }
    }

    @Test
    void fileUrlsNameARandomKeyNotTheSequentialId() {
        Up one = uploaded("donghu", "k1-" + seed++ + ".pdf", uniquePdf(200));
        Up two = uploaded("donghu", "k2-" + seed++ + ".pdf", uniquePdf(200));
        assertThat(one.key()).matches("[A-Za-z0-9_-]{22}");
        assertThat(two.key()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(one.key());
        assertThat(mvc.get().uri("/api/v1/files/" + one.id()).with(DemoUsers.as("donghu"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/files/" + one.id() + "/content").with(DemoUsers.as("donghu")))
                .hasStatus(404);
        assertThat(mvc.get().uri(one.uri()).with(DemoUsers.as("donghu"))).hasStatusOk();
    }

    /** A file attached to a new draft of the county's 市场监督管理局 (drafted by qicao). */
    private record Attached(long documentId, long fileId, String key) {
        String uri() {
            return "/api/v1/files/" + key;
        }
    }

    private Attached attachedToADocument() {
        var bodies = mvc.get().uri("/api/v1/normdocs/issuing-bodies").with(DemoUsers.as("qicao")).exchange();
        List<Number> ids = com.jayway.jsonpath.JsonPath.read(text(bodies), "$.items[?(@.name == '示范县市场监督管理局')].id");
        var created = mvc.post().uri("/api/v1/normdocs/documents").with(DemoUsers.as("qicao"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"issuingBodyId\":" + ids.get(0) + ",\"title\":\"示范县附件访问测试办法" + seed++
                        + "\",\"affectsRights\":false,\"noConsultationReason\":\"仅规范内部附件管理，不涉及群众切身利益\","
                        + "\"body\":\"第一条 为规范附件管理，制定本办法。\"}")
                .exchange();
        assertThat(created).as(text(created)).hasStatus(201);
        long documentId = ((Number) com.jayway.jsonpath.JsonPath.read(text(created), "$.id")).longValue();
        var attached = mvc.post().uri("/api/v1/normdocs/documents/" + documentId + "/attachments").multipart()
                .file(new MockMultipartFile("file", "起草说明.pdf", "application/pdf", uniquePdf(700)))
                .param("kind", "OTHER").with(DemoUsers.as("qicao")).exchange();
        assertThat(attached).as(text(attached)).hasStatus(201);
        long fileId = ((Number) com.jayway.jsonpath.JsonPath.read(text(attached), "$.fileId")).longValue();
        String key = jdbc.sql("select file_key from stored_file where id = ?").param(fileId).query(String.class).single();
        return new Attached(documentId, fileId, key);
    }

    @Test
    void administratorsLeadersAndAnonymousVisitorsCannotUpload() {
        for (String user : List.of(DemoUsers.ADMIN, "secadmin", "auditor", "lingdao")) {
            assertThat(upload(user, "x.pdf", uniquePdf(100), null)).as(user).hasStatus(403);
        }
        assertThat(mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", uniquePdf(100)))).hasStatus(401);
        assertThat(mvc.post().uri("/api/v1/files").multipart().with(DemoUsers.as("donghu"))
                .file(new MockMultipartFile("other", "x.pdf", "application/pdf", uniquePdf(100)))).hasStatus(400);
    }

    @Test
    void aPublishedFileIsReadableWithoutSignInAndOnlyWhilePublished() {
        byte[] content = uniquePdf(2000);
        Up f = uploaded("donghu", "公开-" + seed++ + ".pdf", content);
        long id = f.id();
        assertThat(mvc.get().uri("/files/" + f.key())).hasStatus(404);
        assertThat(mvc.get().uri(f.uri() + "/content")).hasStatus(401);

        asSystem(() -> files.publish(id));
        MvcTestResult pub = mvc.get().uri("/files/" + f.key()).exchange();
        assertThat(pub).hasStatusOk();
        assertThat(pub.getResponse().getContentAsByteArray()).isEqualTo(content);
        assertThat(pub.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(pub.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pub.getResponse().getHeaders("Content-Security-Policy")).singleElement().asString()
                .contains("sandbox");
        assertThat(pub.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(mvc.get().uri("/files/" + f.key()).header("Range", "bytes=0-4")).hasStatus(206);
        assertThat(mvc.get().uri(f.uri()).with(DemoUsers.as("xishan"))).hasStatusOk();
        assertThat(mvc.get().uri("/files/" + id)).as("never by the sequential id").hasStatus(404);

        asSystem(() -> files.unpublish(id));
        assertThat(mvc.get().uri("/files/" + f.key())).hasStatus(404);
        assertThat(mvc.get().uri(f.uri()).with(DemoUsers.as("xishan"))).hasStatus(404);
        assertThat(mvc.get().uri("/files/not-a-key")).hasStatus(404);
    }

    @Test
    void uploadsAndDownloadsOfUnpublishedFilesAreAuditedButPublicReadsAreNot() {
        Up f = uploaded("donghu", "audited-" + seed++ + ".pdf", uniquePdf(300));
        long id = f.id();
        assertThat(mvc.get().uri(f.uri() + "/content").with(DemoUsers.as("donghu"))).hasStatusOk();
        assertThat(audited(id, "create", "donghu")).isOne();
        assertThat(audited(id, "download", "donghu")).isOne();

        asSystem(() -> files.publish(id));
        assertThat(audited(id, "publish", "system")).isOne();
        assertThat(mvc.get().uri("/files/" + f.key())).hasStatusOk();
        assertThat(mvc.get().uri(f.uri() + "/content").with(DemoUsers.as("fzb"))).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'file' and entity_id = ?"
                + " and action = 'download'").param(String.valueOf(id)).query(Long.class).single()).isOne();
    }

    @Test
    void theMetadataRowAndItsAuditEntryBelongToTheCallersTransaction() {
        String name = "rolled-back-" + seed++ + ".pdf";
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            StoredFile f = files.store(new java.io.ByteArrayInputStream(uniquePdf(500)), name, "application/pdf",
                    unit("SFX-DH"));
            assertThat(f.id()).isNotNull();
            assertThat(f.uploadedBy()).isNull();
            s.setRollbackOnly();
        });
        assertThat(rowsNamed(name)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'file' and changes like ?")
                .param("%" + name + "%").query(Long.class).single()).isZero();
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

    @Test
    void anAnonymousCallerCannotPublishOrReadAnUnpublishedFile() {
        long id = uploaded("donghu", "internal-" + seed++ + ".pdf", uniquePdf(300)).id();
        assertThatThrownBy(() -> files.publish(id)).isInstanceOf(org.fazhi.shared.NotFoundException.class);
        assertThatThrownBy(() -> files.get(id)).isInstanceOf(org.fazhi.shared.NotFoundException.class);
    }

    private long audited(long id, String action, String actor) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'file' and entity_id = ? and action = ?"
                + " and actor_name = ?").params(String.valueOf(id), action, actor).query(Long.class).single();
    }
}
