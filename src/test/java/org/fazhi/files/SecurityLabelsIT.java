package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.files.internal.Samples;
import org.fazhi.signin.Passwords;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Role;
import org.fazhi.units.SecurityLevel;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.UserDraft;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Security labels and clearances (SECURITY.md AC-07, GB/T 22239 8.1.4.2 g): an unpublished file is
 * read only with a clearance at or above its label, in the file service (API metadata and download
 * alike); a clearance is set by the security administrator alone, a label likewise (三员分立), each
 * audited; the other administrators and business staff are refused.
 */
@FazhiIT
class SecurityLabelsIT {

    private static final String PASSWORD = "Qz8#Label-Matrix-2026";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static long seed = System.nanoTime() ^ 0x5eedL;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActingAs acting;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Passwords passwords;
    @Autowired
    Units units;
    @Autowired
    UserDirectory directory;
    @Autowired
    UserDetailsService users;

    /** A new drafter of 东湖镇 who can sign in with {@link #PASSWORD}; its id. */
    private long drafter(String prefix) {
        String username = prefix + Long.toString(System.currentTimeMillis(), 36) + COUNTER.incrementAndGet();
        long unit = units.findByCode("SFX-DH").orElseThrow().id();
        var issued = acting.run(DemoUsers.ADMIN, () -> accounts.create(new UserDraft(username, "密级" + username, unit,
                null, null, true, null, null)));
        acting.run("secadmin", () -> accounts.grantRoles(issued.userId(), EnumSet.of(Role.DRAFTER)));
        acting.run(username, () -> passwords.changeOwnPassword(issued.password(), PASSWORD));
        return issued.userId();
    }

    /** A console request of a signed-in demo account. */
    private RequestPostProcessor console(String username) {
        return user(users.loadUserByUsername(username));
    }

    private RequestPostProcessor as(long userId) {
        return httpBasic(directory.find(userId).orElseThrow().username(), PASSWORD);
    }

    /** An upload by {@code who}; its random key. */
    private String upload(RequestPostProcessor who) {
        MvcTestResult r = mvc.post().uri("/api/v1/files").multipart()
                .file(new MockMultipartFile("file", "密级.pdf", "application/pdf", Samples.pdf(2048, seed++)))
                .with(who).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        return JsonPath.read(body(r), "$.key");
    }

    private MvcTestResult put(String uri, RequestPostProcessor who, String json) {
        return mvc.put().uri(uri).with(who).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    private int get(String uri, RequestPostProcessor who) {
        return mvc.get().uri(uri).with(who).exchange().getResponse().getStatus();
    }

    private static String body(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long audited(String entity, long id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ?")
                .params(entity, String.valueOf(id), action).query(Long.class).single();
    }

    private long fileId(String key) {
        return jdbc.sql("select id from stored_file where file_key = ?").param(key).query(Long.class).single();
    }

    @Test
    void readingAnUnpublishedFileNeedsAClearanceAtOrAboveItsLabel() {
        long reader = drafter("lbl");
        RequestPostProcessor who = as(reader);
        for (SecurityLevel label : SecurityLevel.values()) {
            for (SecurityLevel clearance : SecurityLevel.values()) {
                assertThat(put("/api/v1/users/" + reader + "/clearance", DemoUsers.as("secadmin"),
                        "{\"clearance\":\"" + clearance + "\"}").getResponse().getStatus()).isEqualTo(200);
                // the uploader reads its own upload as long as the label allows it
                String key = upload(who);
                assertThat(put("/api/v1/files/" + key + "/label", DemoUsers.as("secadmin"),
                        "{\"label\":\"" + label + "\"}").getResponse().getStatus()).isEqualTo(200);
                int expected = clearance.compareTo(label) >= 0 ? 200 : 404;
                assertThat(get("/api/v1/files/" + key, who)).as("metadata, label %s, clearance %s", label, clearance)
                        .isEqualTo(expected);
                assertThat(get("/api/v1/files/" + key + "/content", who))
                        .as("content, label %s, clearance %s", label, clearance).isEqualTo(expected);
            }
        }
    }

    @Test
    void aDemoLegalReviewerIsClearedForSensitiveFilesAndADemoDrafterIsNot() {
        long shencha = directory.findByUsername("shencha").orElseThrow().id();
        long qicao = directory.findByUsername("qicao").orElseThrow().id();
        assertThat(jdbc.sql("select clearance from app_user where id = ?").param(shencha).query(String.class).single())
                .isEqualTo("SENSITIVE");
        assertThat(jdbc.sql("select clearance from app_user where id = ?").param(qicao).query(String.class).single())
                .isEqualTo("INTERNAL");
    }

    @Test
    void onlyTheSecurityAdministratorSetsAClearanceNeverTheirOwnAndItIsAudited() {
        long target = drafter("clr");
        String uri = "/api/v1/users/" + target + "/clearance";
        String sensitive = "{\"clearance\":\"SENSITIVE\"}";
        assertThat(put(uri, DemoUsers.as(DemoUsers.ADMIN), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(put(uri, DemoUsers.as("auditor"), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(put(uri, DemoUsers.as("fzb"), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(put(uri, as(target), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(audited("user", target, "set-clearance")).isZero();
        long secadmin = directory.findByUsername("secadmin").orElseThrow().id();
        MvcTestResult own = put("/api/v1/users/" + secadmin + "/clearance", DemoUsers.as("secadmin"), sensitive);
        assertThat(own.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(own)).contains("self-clearance");
        assertThat(put(uri, DemoUsers.as("secadmin"), "{\"clearance\":\"SECRET\"}").getResponse().getStatus())
                .isEqualTo(400);
        MvcTestResult set = put(uri, DemoUsers.as("secadmin"), sensitive);
        assertThat(set.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(body(set), "$.clearance")).isEqualTo("SENSITIVE");
        assertThat(audited("user", target, "set-clearance")).isEqualTo(1);
        // the console form does the same, for the security administrator alone
        assertThat(mvc.post().uri("/console/users/" + target + "/clearance").param("clearance", "PUBLIC")
                .with(console(DemoUsers.ADMIN)).with(csrf()).exchange().getResponse().getStatus()).isEqualTo(403);
        MvcTestResult form = mvc.post().uri("/console/users/" + target + "/clearance").param("clearance", "PUBLIC")
                .with(console("secadmin")).with(csrf()).exchange();
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/console/users/" + target);
        assertThat(jdbc.sql("select clearance from app_user where id = ?").param(target).query(String.class).single())
                .isEqualTo("PUBLIC");
        assertThat(audited("user", target, "set-clearance")).isEqualTo(2);
    }

    @Test
    void onlyTheSecurityAdministratorLabelsAFileAndItIsAudited() {
        long uploader = drafter("flb");
        String key = upload(as(uploader));
        long id = fileId(key);
        String uri = "/api/v1/files/" + key + "/label";
        String sensitive = "{\"label\":\"SENSITIVE\"}";
        assertThat(put(uri, as(uploader), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(put(uri, DemoUsers.as(DemoUsers.ADMIN), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(put(uri, DemoUsers.as("auditor"), sensitive).getResponse().getStatus()).isEqualTo(403);
        assertThat(audited("file", id, "label")).isZero();
        assertThat(get("/api/v1/files/" + key, as(uploader))).isEqualTo(200);
        MvcTestResult set = put(uri, DemoUsers.as("secadmin"), sensitive);
        assertThat(set.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(body(set), "$.label")).isEqualTo("SENSITIVE");
        assertThat(audited("file", id, "label")).isEqualTo(1);
        // the uploader (内部 by default) no longer reads it
        assertThat(get("/api/v1/files/" + key, as(uploader))).isEqualTo(404);
        assertThat(get("/api/v1/files/" + key + "/content", as(uploader))).isEqualTo(404);
        // an unknown file answers 404 to the security administrator too
        assertThat(put("/api/v1/files/AAAAAAAAAAAAAAAAAAAAAA/label", DemoUsers.as("secadmin"), sensitive)
                .getResponse().getStatus()).isEqualTo(404);
    }
}
