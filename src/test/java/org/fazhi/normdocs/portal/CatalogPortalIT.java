package org.fazhi.normdocs.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.DemoUsers.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.normdocs.Validity;
import org.fazhi.normdocs.internal.DocumentIndexer;
import org.fazhi.search.SearchHit;
import org.fazhi.search.internal.LuceneSearchIndex;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The public catalog of normative documents: pages and JSON without sign-in, search with escaped
 * highlights, numbers, filters, 404 for anything unpublished, and the index following publication,
 * repeal and expiry at once and rebuilt from the database after it is wiped.
 */
@FazhiIT
class CatalogPortalIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicCatalog catalog;

    @Autowired
    Cleanups cleanups;

    @Autowired
    ActingAs acting;

    @Autowired
    LuceneSearchIndex index;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    PortalFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PortalFixtures(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String html(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> ids(String q, Validity validity) {
        return catalog.search(q, null, null, validity, 0, 50).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aPublishedDocumentIsFoundOnThePortalWithItsMatchHighlighted() {
        String marker = PortalFixtures.marker("营业执照样本");
        NormativeDocument d = fixtures.published("关于规范" + marker + "办理的通知",
                "第一条 为规范" + marker + "办理，根据有关规定，制定本通知。\n第二条 本通知自公布之日起施行。");

        MvcTestResult page = mvc.get().uri("/documents?q={q}", marker).exchange();
        assertThat(page).hasStatusOk();
        String body = html(page);
        assertThat(body).contains("<mark>" + marker + "</mark>").contains(d.documentNumber())
                .contains(d.registrationNumber()).contains("现行有效").contains("/documents/" + d.id());

        assertThat(html(mvc.get().uri("/documents?q={q}", d.documentNumber()).exchange())).contains(marker);
        assertThat(html(mvc.get().uri("/documents?q={q}", d.registrationNumber().toLowerCase()).exchange()))
                .contains(marker);

        MvcTestResult doc = mvc.get().uri("/documents/{id}", d.id()).exchange();
        assertThat(doc).hasStatusOk();
        assertThat(html(doc)).contains("第一条 为规范" + marker).contains(d.documentNumber())
                .contains(d.registrationNumber()).contains("id=\"validity-badge\"");

        var json = assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}", marker)).hasStatusOk().bodyJson();
        json.extractingPath("$.total").isEqualTo(1);
        json.extractingPath("$.items[0].id").isEqualTo(d.id().intValue());
        json.extractingPath("$.items[0].titleHtml").asString().contains("<mark>" + marker + "</mark>");
        json.extractingPath("$.items[0].documentNumber").isEqualTo(d.documentNumber());
        json.extractingPath("$.items[0].validity").isEqualTo("CURRENT");
        var one = assertThat(mvc.get().uri("/api/v1/public/normdocs/{id}", d.id())).hasStatusOk().bodyJson();
        one.extractingPath("$.registrationNumber").isEqualTo(d.registrationNumber());
        one.extractingPath("$.body").asString().contains("第二条");
    }

    @Test
    void oneCharacterAndMixedQueriesFindSubstrings() {
        String marker = PortalFixtures.marker("桥样本");
        NormativeDocument d = fixtures.published(marker + "管理办法", "县道上的大桥由交通运输局负责管护，2025年度起实行。");
        assertThat(ids("桥", null)).contains(String.valueOf(d.id()));
        assertThat(ids("2025年 " + marker, null)).containsExactly(String.valueOf(d.id()));
        assertThat(ids("年度起 " + marker, null)).containsExactly(String.valueOf(d.id()));
    }

    @Test
    void luceneSyntaxInTheSearchBoxNeverFails() {
        for (String q : List.of("\"", "食品*", "a:b", "(", "[2025", "\\", "~", "^2", "/x/", "AND", "%_")) {
            assertThat(mvc.get().uri("/documents?q={q}", q)).hasStatusOk();
            assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}", q)).hasStatusOk();
        }
        // a lone surrogate is not text at all: refused before the search (SECURITY.md INT-01)
        assertThat(mvc.get().uri("/documents?q={q}", "\uD800")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}", "\uD800")).hasStatus(400);
    }

    @Test
    void aDocumentTitledScriptIsShownInert() {
        String marker = PortalFixtures.marker("脚本样本");
        NormativeDocument d = fixtures.published("<script>alert('x')</script>" + marker,
                "<img src=x onerror=alert(1)>" + marker + "正文。");
        String list = html(mvc.get().uri("/documents?q={q}", marker).exchange());
        assertThat(list).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<mark>" + marker + "</mark>")
                .contains("&lt;img src=x onerror=alert(1)&gt;<mark>" + marker + "</mark>");
        String page = html(mvc.get().uri("/documents/{id}", d.id()).exchange());
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
    }

    @Test
    void anythingUnpublishedIsNotFound() {
        NormativeDocument draft = fixtures.draft(PortalFixtures.marker("草稿样本"), "第一条 草稿。");
        assertThat(mvc.get().uri("/documents/{id}", draft.id())).hasStatus(404);
        assertThat(mvc.get().uri("/documents/{id}", 987654321L)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/public/normdocs/{id}", draft.id())).hasStatus(404).bodyJson()
                .extractingPath("$.status").isEqualTo(404);
        assertThat(ids(draft.title(), null)).isEmpty();
    }

    @Test
    void repealAndExpiryShowInTheCatalogAtOnce() {
        String marker = PortalFixtures.marker("效力样本");
        NormativeDocument repealed = fixtures.published(marker + "甲办法", "第一条 甲。");
        NormativeDocument expiring = fixtures.publish(fixtures.draft(marker + "乙办法", "第一条 乙。").id(), 1);
        assertThat(ids(marker, Validity.CURRENT)).hasSize(2);

        acting.run("fzb", () -> cleanups.repeal(repealed.id(), "已被新文件代替"));
        assertThat(ids(marker, Validity.REPEALED)).containsExactly(String.valueOf(repealed.id()));
        assertThat(ids(marker, Validity.CURRENT)).containsExactly(String.valueOf(expiring.id()));
        String page = html(mvc.get().uri("/documents/{id}", repealed.id()).exchange());
        assertThat(page).contains("已废止").contains("已被新文件代替").contains("id=\"validity-change\"");
        assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}&validity=REPEALED", marker)).hasStatusOk().bodyJson()
                .extractingPath("$.total").isEqualTo(1);

        clock.setDate(expiring.expiryDate().plusDays(1));
        acting.run("fzb", () -> cleanups.expireLapsed());
        assertThat(ids(marker, Validity.EXPIRED)).containsExactly(String.valueOf(expiring.id()));
        assertThat(ids(marker, Validity.CURRENT)).isEmpty();
        assertThat(html(mvc.get().uri("/documents/{id}", expiring.id()).exchange())).contains("已失效");
    }

    @Test
    void filtersByIssuingBodyYearAndValidity() {
        String marker = PortalFixtures.marker("筛选样本");
        NormativeDocument d = fixtures.published(marker + "规定", "第一条 规定。");
        long body = fixtures.body().id();
        int year = d.publicationDate().getYear();
        var json = assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}&issuingBodyId={b}&year={y}&validity=CURRENT",
                marker, body, year)).hasStatusOk().bodyJson();
        json.extractingPath("$.total").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}&year={y}", marker, year - 1)).hasStatusOk().bodyJson()
                .extractingPath("$.total").isEqualTo(0);
        assertThat(mvc.get().uri("/api/v1/public/normdocs?q={q}&issuingBodyId={b}", marker, body + 100000)).hasStatusOk()
                .bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(html(mvc.get().uri("/documents?q={q}&body={b}&year={y}&validity=CURRENT", marker, body, year).exchange()))
                .contains(marker).contains("共找到 1 件文件");
        assertThat(html(mvc.get().uri("/documents?q={q}&validity=EXPIRED", marker).exchange())).doesNotContain("/documents/" + d.id() + "\"");
        assertThat(mvc.get().uri("/api/v1/public/normdocs/issuing-bodies")).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.id == " + body + ")].publishedDocuments").asArray().containsExactly(1);
    }

    @Test
    void badSearchInputIsAProblemNeverAnError() {
        for (String query : List.of("page=-1", "size=0", "size=101", "validity=FOO", "year=abc", "year=1800",
                "issuingBodyId=0", "page=9999&size=100", "q=" + "食".repeat(201))) {
            assertThat(mvc.get().uri("/api/v1/public/normdocs?" + query)).as(query).hasStatus(400).bodyJson()
                    .extractingPath("$.status").isEqualTo(400);
        }
        assertThat(mvc.get().uri("/api/v1/public/normdocs/abc")).hasStatus(400);
        assertThat(mvc.get().uri("/documents?page=-1")).hasStatus(400);
        assertThat(mvc.get().uri("/documents?validity=FOO")).hasStatus(400);
        assertThat(mvc.get().uri("/documents?q={q}", "食".repeat(300))).hasStatus(400);
    }

    @Test
    void aWipedIndexIsRebuiltFromTheDatabase() {
        String marker = PortalFixtures.marker("重建样本");
        NormativeDocument d = fixtures.published(marker + "实施办法", "第一条 实施。");
        assertThat(ids(marker, null)).containsExactly(String.valueOf(d.id()));
        try {
            index.clear(DocumentIndexer.TYPE);
            assertThat(ids(marker, null)).isEmpty();

            assertThat(mvc.post().uri("/api/v1/search/rebuild?type=" + DocumentIndexer.TYPE).with(as("qicao")))
                    .hasStatus(403);
            assertThat(mvc.post().uri("/api/v1/search/rebuild?type=nope").with(as("fzb"))).hasStatus(400);
            assertThat(mvc.post().uri("/api/v1/search/rebuild?type=" + DocumentIndexer.TYPE)).hasStatus(401);
            var rebuilt = assertThat(mvc.post().uri("/api/v1/search/rebuild?type=" + DocumentIndexer.TYPE)
                    .with(as("fzb"))).hasStatusOk().bodyJson();
            rebuilt.extractingPath("$.type").isEqualTo(DocumentIndexer.TYPE);
            assertThat(ids(marker, null)).containsExactly(String.valueOf(d.id()));
        } finally {
            index.rebuild(DocumentIndexer.TYPE);
        }
    }

    @Test
    void theConsolePageRebuildsTheIndex() {
        assertThat(mvc.get().uri("/console/search").with(KernelTestSupport.console(users, "fzb"))).hasStatusOk()
                .bodyText().contains("规范性文件").contains("从数据库重建");
        assertThat(mvc.post().uri("/console/search/rebuild").param("type", DocumentIndexer.TYPE)
                .with(KernelTestSupport.console(users, "fzb"))).hasStatus3xxRedirection().flash()
                .containsKey("flashSuccess");
        assertThat(mvc.get().uri("/console/search").with(KernelTestSupport.console(users, "qicao"))).hasStatus(403);
        assertThat(mvc.post().uri("/console/search/rebuild").param("type", DocumentIndexer.TYPE)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername("fzb")))).hasStatus(403);
    }

    @Test
    void theCatalogIsPublicAndLinkedFromThePortal() {
        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("/documents").contains("/consultations")
                .contains("规范性文件目录");
        assertThat(mvc.get().uri("/documents")).hasStatusOk();
        assertThat(mvc.get().uri("/documents?lang=en")).hasStatusOk().bodyText().contains("Catalog of normative documents");
    }
}
