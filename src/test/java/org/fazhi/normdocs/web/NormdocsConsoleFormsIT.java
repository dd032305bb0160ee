package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.page;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.CatalogImport;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.Validity;
import org.fazhi.review.ReviewDesks;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The console forms work without JavaScript: a draft made, consulted on, commented, answered and
 * sent for review; a cleanup campaign run to completion; plan items, bodies and exports. A refused
 * step shows its reason beside the form and keeps what was typed.
 */
@FazhiIT
class NormdocsConsoleFormsIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    CatalogImport catalog;
    @Autowired
    Units units;
    @Autowired
    ReviewDesks desks;
    @Autowired
    ActingAs acting;
    @Autowired
    TestClock clock;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long bodyId(String name) {
        return acting.run("fzb", () -> bodies.visible()).stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private static long idFromRedirect(MvcTestResult r) {
        String url = r.getResponse().getRedirectedUrl();
        assertThat(url).as(body(r)).isNotNull();
        return Long.parseLong(url.replaceAll("^/console/normdocs/(?:cleanups/)?(\\d+).*$", "$1"));
    }

    @Test
    void aDraftIsMadeConsultedOnAnsweredAndSentForReviewThroughTheForms() {
        clock.setDate(LocalDate.of(2026, 6, 1));
        var qicao = console(users, "qicao");
        String title = "示范县电动自行车停放充电管理规定" + WebSupport.unique("");
        MvcTestResult missing = mvc.post().uri("/console/normdocs").with(qicao)
                .param("issuingBodyId", String.valueOf(bodyId("示范县市场监督管理局"))).param("affectsRights", "true")
                .param("title", "").param("body", "第一条 略。").exchange();
        assertThat(missing.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(missing)).contains("is-invalid", "第一条 略。");

        MvcTestResult created = mvc.post().uri("/console/normdocs").with(qicao)
                .param("issuingBodyId", String.valueOf(bodyId("示范县市场监督管理局"))).param("affectsRights", "true")
                .param("title", title).param("body", "第一条 为规范电动自行车停放充电，制定本规定。\n第二条 本规定自公布之日起施行。")
                .param("draftingNotes", "").param("basis", "《消防法》").exchange();
        long id = idFromRedirect(created);
        String uri = "/console/normdocs/" + id;
        assertThat(page(mvc, uri, qicao)).contains(title, "须先向社会公开征求意见", "2026-06-10");

        MvcTestResult tooShort = mvc.post().uri(uri + "/consultation").with(qicao).param("closesOn", "2026-06-05")
                .exchange();
        assertThat(body(tooShort)).contains("截止日期不得早于2026-06-10", "2026-06-05");
        assertThat(mvc.post().uri(uri + "/consultation").with(qicao).param("closesOn", "2026-06-12"))
                .hasStatus3xxRedirection();

        assertThat(mvc.post().uri(uri + "/comments").with(qicao).param("name", "来信").param("contact", "13700004321")
                .param("content", "建议增设充电桩。")).hasStatus3xxRedirection();
        String html = page(mvc, uri, qicao);
        assertThat(html).contains("137****4321", "建议增设充电桩。").doesNotContain("13700004321");
        long comment = acting.run("qicao", () -> documents.get(id)) == null ? 0
                : Long.parseLong(html.replaceAll("(?s).*id=\"comment-(\\d+)\".*", "$1"));
        // PI-02: the contact page shows it masked and asks why; only a stated reason reveals it
        assertThat(page(mvc, uri + "/comments/" + comment + "/contact", qicao)).contains("137****4321")
                .doesNotContain("13700004321");
        assertThat(body(mvc.post().uri(uri + "/comments/" + comment + "/contact").with(qicao).param("reason", " ")
                .exchange())).contains("查看理由", "请说明查看完整联系方式的理由").doesNotContain("13700004321");
        assertThat(body(mvc.post().uri(uri + "/comments/" + comment + "/contact").with(qicao)
                .param("reason", "电话核实意见内容").exchange())).contains("13700004321");

        assertThat(body(mvc.post().uri(uri + "/consultation/closure").with(qicao).exchange()))
                .contains("2026-06-10及之前不得结束征求意见");
        clock.setDate(LocalDate.of(2026, 6, 11));
        assertThat(mvc.post().uri(uri + "/consultation/closure").with(qicao)).hasStatus3xxRedirection();

        assertThat(body(mvc.post().uri(uri + "/comments/" + comment + "/disposition").with(qicao)
                .param("disposition", "NOT_ADOPTED").param("reason", "").exchange())).contains("须说明理由");
        assertThat(mvc.post().uri(uri + "/comments/" + comment + "/disposition").with(qicao)
                .param("disposition", "NOT_ADOPTED").param("reason", "充电设施另行规划。")).hasStatus3xxRedirection();

        MvcTestResult comments = mvc.get().uri(uri + "/comments/export").with(qicao).exchange();
        assertThat(comments.getResponse().getContentType()).contains("spreadsheetml");

        byte[] notes = "起草说明：为解决电动自行车停放充电安全问题起草本规定。".getBytes(StandardCharsets.UTF_8);
        MvcTestResult attached = mvc.post().uri(uri + "/attachments").with(qicao).multipart()
                .file(new MockMultipartFile("file", "起草说明.txt", "text/plain", notes)).param("kind", "DRAFTING_NOTES")
                .exchange();
        assertThat(attached.getResponse().getStatus()).as(body(attached)).isEqualTo(302);
        html = page(mvc, uri, qicao);
        assertThat(html).contains("起草说明.txt");
        String link = html.replaceAll("(?s).*href=\"(/console/normdocs/" + id + "/attachments/\\d+)\".*", "$1");
        assertThat(mvc.get().uri(link).with(qicao).exchange().getResponse().getContentAsByteArray()).isEqualTo(notes);

        assertThat(mvc.post().uri(uri + "/review-submission").with(qicao)).hasStatus3xxRedirection();
        assertThat(acting.run("qicao", () -> documents.get(id)).status()).isEqualTo(DocumentStatus.REVIEWING);
        assertThat(page(mvc, uri, qicao)).contains("第 1 轮 · 第 1 稿", "合法性审核中");
        assertThat(body(mvc.post().uri(uri + "/deliberation").with(qicao).param("meeting", "局务会议")
                .param("date", "2026-06-10").param("decision", "PASSED").exchange()))
                .contains("alert-danger", "合法性审核尚未完成，不得提交集体审议");
    }

    @Test
    void aCleanupCampaignGivesVerdictsAndChangesValidityWhenCompleted() {
        Fixtures.Body body = new Fixtures(units, bodies, desks, acting).bodyWithOwnOffice();
        String tag = WebSupport.unique("清理");
        String prefix = body.body().docNumberPrefix();
        acting.run("fzb", () -> catalog.load(List.of(
                new CatalogImport.Entry(2, tag + "甲", body.body().name(), prefix + "〔2024〕1号", body.office() + "202400001",
                        "2024-01-10", "2024-02-01", "", "", "", "第一条 甲。"),
                new CatalogImport.Entry(3, tag + "乙", body.body().name(), prefix + "〔2024〕2号", body.office() + "202400002",
                        "2024-01-10", "2024-02-01", "", "", "", "第一条 乙。"))));
        List<NormativeDocument> docs = acting.run("fzb", () -> documents.list(body.body().id(), null, null, null, null,
                new PageQuery(0, 10))).items();
        var fzb = console(users, "fzb");
        page(mvc, "/console/normdocs/cleanups/new", fzb);
        MvcTestResult started = mvc.post().uri("/console/normdocs/cleanups").with(fzb).param("name", tag + "专项清理")
                .param("kind", "SPECIAL").param("topic", "涉企").param("unitId", String.valueOf(body.unit().id()))
                .param("documentIds", String.valueOf(docs.get(0).id()), String.valueOf(docs.get(1).id())).exchange();
        long campaign = idFromRedirect(started);
        String uri = "/console/normdocs/cleanups/" + campaign;
        assertThat(page(mvc, uri, fzb)).contains(tag + "甲", tag + "乙", "共 2 件");

        assertThat(body(mvc.post().uri(uri + "/completion").with(fzb).exchange())).contains("尚有 2 件文件未作出清理结论");
        long repealed = docs.get(0).id();
        long kept = docs.get(1).id();
        assertThat(body(mvc.post().uri(uri + "/verdicts").with(fzb).param("documentId", String.valueOf(repealed))
                .param("verdict", "REPEAL").param("reason", "").exchange())).contains("请填写理由");
        assertThat(mvc.post().uri(uri + "/verdicts").with(fzb).param("documentId", String.valueOf(repealed))
                .param("verdict", "REPEAL").param("reason", "上位法已修改。")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(uri + "/verdicts").with(fzb).param("documentId", String.valueOf(kept))
                .param("verdict", "CONTINUE").param("reason", "")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(uri + "/completion").with(fzb)).hasStatus3xxRedirection();
        assertThat(acting.run("fzb", () -> documents.get(repealed)).validity()).isEqualTo(Validity.REPEALED);
        assertThat(acting.run("fzb", () -> documents.get(kept)).validity()).isEqualTo(Validity.CURRENT);
        assertThat(page(mvc, "/console/normdocs/" + repealed, fzb)).contains("已废止", tag + "专项清理", "上位法已修改。");
        MvcTestResult export = mvc.get().uri(uri + "/export").with(fzb).exchange();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
    }

    @Test
    void planItemsBodiesAndExportsThroughTheConsole() {
        var fzb = console(users, "fzb");
        String title = WebSupport.unique("示范县计划项目");
        long body = bodyId("示范县人民政府");
        long unit = units.findByCode("SFX-SJJ").orElseThrow().id();
        assertThat(body(mvc.post().uri("/console/normdocs/plans").with(fzb).param("year", "1999").param("title", title)
                .param("issuingBodyId", String.valueOf(body)).param("draftingUnitId", String.valueOf(unit)).exchange()))
                .contains("is-invalid", title);
        assertThat(mvc.post().uri("/console/normdocs/plans").with(fzb).param("year", "2027").param("title", title)
                .param("issuingBodyId", String.valueOf(body)).param("draftingUnitId", String.valueOf(unit))
                .param("plannedQuarter", "2")).hasStatus3xxRedirection();
        assertThat(page(mvc, "/console/normdocs/plans?year=2027", fzb)).contains(title, "第 2 季度");

        assertThat(body(mvc.post().uri("/console/normdocs/bodies").with(fzb).param("name", WebSupport.unique("测试主体"))
                .param("unitId", String.valueOf(unit)).param("docNumberPrefix", "示〔x").param("registeringUnitId",
                        String.valueOf(units.findByCode("SFX-SFJ").orElseThrow().id())).exchange()))
                .contains("文号前缀为 1 到 20 个字符");
        assertThat(body(mvc.post().uri("/console/normdocs/bodies/offices").with(fzb).param("unitId", String.valueOf(unit))
                .param("prefix", "abc").exchange())).contains("登记号前缀须为 2 到 12 个大写字母");
        assertThat(mvc.post().uri("/console/normdocs/bodies").with(console(users, "qicao")).param("name", "x")
                .exchange().getResponse().getStatus()).isEqualTo(403);

        for (String uri : List.of("/console/normdocs/export?validity=CURRENT", "/console/normdocs/plans/export?year=2027",
                "/console/normdocs/bodies/export", "/console/normdocs/near-expiry/export", "/console/review/export",
                "/console/review/requests/export", "/console/review/advisers/export")) {
            MvcTestResult r = mvc.get().uri(uri).with(fzb).exchange();
            assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(200);
            assertThat(r.getResponse().getContentType()).as(uri).contains("spreadsheetml");
        }
        // its own documents, as the demo's may have lapsed under another test's clock: one published eleven
        // months ago for a year (within LC-04's six months of its end), one published today for a year
        var fixtures = new org.fazhi.normdocs.portal.PortalFixtures(context);
        String expiring = org.fazhi.normdocs.portal.PortalFixtures.marker("即将到期样本");
        String lasting = org.fazhi.normdocs.portal.PortalFixtures.marker("未到期样本");
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        clock.setDate(today.minusMonths(11));
        fixtures.publish(fixtures.draft(expiring + "办法", "第一条 到期。").id(), 1);
        clock.setDate(today);
        fixtures.publish(fixtures.draft(lasting + "办法", "第一条 未到期。").id(), 1);
        assertThat(page(mvc, "/console/normdocs/near-expiry", fzb)).contains(expiring).doesNotContain(lasting);
    }
}
