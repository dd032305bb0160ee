package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two people saving the same document at once never silently overwrite each other: each edit says
 * which version of the document it started from; the first save wins and the second, now based on a
 * stale version, is refused (409 "stale" in the API, a message on the page) with nothing stored.
 */
@FazhiIT
class ConcurrentEditingIT extends NormdocsTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    /** The fixture's account signed in, its generated first password already changed. */
    private RequestPostProcessor signedIn(String username) {
        jdbc.sql("update app_user set must_change_password = false where username = ?").param(username).update();
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    @Test
    void twoEditorsSavingTheSameVersionAtOnceOneWinsAndTheOtherIsToldItIsStale() throws Exception {
        NormativeDocument d = draft("并发修改", false);
        int seen = d.version();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<DocumentVersion>> saves = new ArrayList<>();
        try {
            for (String editor : List.of("甲", "乙")) {
                saves.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return as(fx.drafter(), () -> documents.addVersion(d.id(), edit(editor + "的修改稿", seen)));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            int won = 0;
            int stale = 0;
            for (Future<DocumentVersion> f : saves) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
                    stale++;
                }
            }
            assertThat(won).as("saves that won").isEqualTo(1);
            assertThat(stale).as("saves told they were stale").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        List<DocumentVersion> versions = as(fx.drafter(), () -> documents.versions(d.id()));
        assertThat(versions).as("the first text and the one winning edit, nothing else").hasSize(2);
        NormativeDocument after = reload(d.id());
        assertThat(after.version()).isGreaterThan(seen);
        // the loser saves again on the version it now sees: accepted
        DocumentVersion again = as(fx.drafter(), () -> documents.addVersion(d.id(), edit("重新提交的修改稿", after.version())));
        assertThat(again.versionNo()).isEqualTo(3);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAsStaleInTheApiWithNothingStored() {
        NormativeDocument d = draft("过期保存", false);
        int seen = d.version();
        as(fx.drafter(), () -> documents.addVersion(d.id(), edit("他人先保存", seen)));
        assertThatThrownBy(() -> as(fx.drafter(), () -> documents.addVersion(d.id(), edit("我的修改", seen))))
                .isInstanceOf(StaleVersionException.class);

        String json = """
                {"title": "接口修改稿", "body": "第一条 接口修改。", "version": %d}""".formatted(seen);
        MvcTestResult r = mvc.post().uri("/api/v1/normdocs/documents/" + d.id() + "/versions")
                .with(signedIn(fx.drafter())).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentType()).contains("problem+json");
        assertThat(bodyOf(r)).contains("stale");
        assertThat(as(fx.drafter(), () -> documents.versions(d.id()))).hasSize(2);
    }

    @Test
    void theVersionFormShowsTheStaleMessageAndKeepsWhatTheUserTyped() {
        NormativeDocument d = draft("页面过期", false);
        int seen = d.version();
        as(fx.drafter(), () -> documents.addVersion(d.id(), edit("他人先保存", seen)));
        MvcTestResult r = mvc.post().uri("/console/normdocs/" + d.id() + "/versions").with(signedIn(fx.drafter()))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("title", "我在页面上的修改").param("body", "第一条 页面上的修改。").param("version",
                        String.valueOf(seen))
                .exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = bodyOf(r);
        assertThat(html).contains("已被他人修改").contains("第一条 页面上的修改。");
        assertThat(as(fx.drafter(), () -> documents.versions(d.id()))).hasSize(2);
    }

    private static VersionRequest edit(String title, int basedOn) {
        return new VersionRequest(title, "第一条 " + title + "。", null, null, null, null, List.of(), basedOn);
    }

    private static String bodyOf(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
