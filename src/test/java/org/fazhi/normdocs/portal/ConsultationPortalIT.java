package org.fazhi.normdocs.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fazhi.normdocs.Consultations;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Public consultation on the portal: drafts open for comment with the days left, the comment form
 * (contact required, CSRF, limited per address, receipt number), bad input storing nothing, the
 * same through the JSON API (201, 400, 429), and the dispositions published without names or
 * contacts once the window has closed.
 */
@FazhiIT
class ConsultationPortalIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Consultations consultations;

    @Autowired
    ActingAs acting;

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

    List<PublicComment> comments(PublicConsultation c) {
        return acting.run("fzb", () -> consultations.comments(c.subjectLongId()));
    }

    MvcTestResult postForm(long consultationId, RequestPostProcessor from, String... fields) {
        var req = mvc.post().uri("/consultations/{id}/comments", consultationId).with(csrf()).with(from);
        for (int i = 0; i < fields.length; i += 2) {
            req.param(fields[i], fields[i + 1]);
        }
        return req.exchange();
    }

    MvcTestResult postJson(long consultationId, RequestPostProcessor from, String json) {
        return mvc.post().uri("/api/v1/public/consultations/{id}/comments", consultationId).with(from)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    @Test
    void anOpenDraftIsListedWithItsWindowAndTakesACommentWithAReceiptNumber() {
        String marker = PortalFixtures.marker("征求意见样本");
        PublicConsultation c = fixtures.consultation(marker + "管理办法（征求意见稿）", "第一条 为规范" + marker + "，制定本办法。");
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), c.closesOn());

        String list = html(mvc.get().uri("/consultations").exchange());
        assertThat(list).contains(marker).contains("还剩 " + daysLeft + " 天").contains("/consultations/" + c.id());
        String page = html(mvc.get().uri("/consultations/{id}", c.id()).exchange());
        assertThat(page).contains("第一条 为规范" + marker).contains("起草说明").contains("id=\"comment-form\"")
                .contains("name=\"_csrf\"");

        MvcTestResult posted = postForm(c.id(), PortalFixtures.freshAddress(), "name", "张测试", "contact",
                "13800138000", "organisation", "示范县某企业", "content", "建议第一条增加" + marker + "的适用范围。");
        assertThat(posted).hasStatus3xxRedirection();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/consultations/receipts?no=YJ");
        String receipt = location.substring(location.indexOf("no=") + 3);

        MvcTestResult shown = mvc.get().uri(location).flashAttr("submitted", true).exchange();
        assertThat(shown).hasStatusOk();
        assertThat(html(shown)).contains(receipt).contains("您的意见已提交").contains("建议第一条增加" + marker)
                .doesNotContain("13800138000").doesNotContain("张测试");
        assertThat(comments(c)).singleElement().satisfies(pc -> {
            assertThat(pc.receiptNo()).isEqualTo(receipt);
            assertThat(pc.contact()).isEqualTo("13800138000");
            assertThat(pc.commenterName()).isEqualTo("张测试");
            assertThat(pc.source()).isEqualTo(PublicComment.CommentSource.PORTAL);
        });
        assertThat(html(mvc.get().uri("/consultations/receipts?no={no}", receipt.toLowerCase()).exchange()))
                .contains("征求意见结束后公布处理情况");
    }

    @Test
    void aCommentWithoutContactOrTooLongOrWithoutTheTokenIsRefusedAndNothingIsStored() {
        PublicConsultation c = fixtures.consultation(PortalFixtures.marker("校验样本") + "办法", "第一条 校验。");

        MvcTestResult noContact = postForm(c.id(), PortalFixtures.freshAddress(), "content", "意见");
        assertThat(noContact).hasStatus(400);
        assertThat(html(noContact)).contains("请填写手机号码或电子邮箱").contains("value=\"\"");
        MvcTestResult badContact = postForm(c.id(), PortalFixtures.freshAddress(), "contact", "12345", "content", "意见");
        assertThat(badContact).hasStatus(400);
        assertThat(html(badContact)).contains("请填写有效的手机号码");
        MvcTestResult tooLong = postForm(c.id(), PortalFixtures.freshAddress(), "contact", "a@example.cn", "content",
                "长".repeat(5001));
        assertThat(tooLong).hasStatus(400);
        assertThat(html(tooLong)).contains("不得超过 5000 字");
        assertThat(postForm(c.id(), PortalFixtures.freshAddress(), "contact", "a@example.cn", "content", " "))
                .hasStatus(400);
        assertThat(mvc.post().uri("/consultations/{id}/comments", c.id()).with(PortalFixtures.freshAddress())
                .param("contact", "a@example.cn").param("content", "没有令牌")).hasStatus(403);
        assertThat(postForm(987654321L, PortalFixtures.freshAddress(), "contact", "a@example.cn", "content", "意见"))
                .hasStatus(404);
        assertThat(comments(c)).isEmpty();
    }

    @Test
    void aClientAddressMaySubmitFiveCommentsInTenMinutes() {
        PublicConsultation c = fixtures.consultation(PortalFixtures.marker("限流样本") + "办法", "第一条 限流。");
        RequestPostProcessor same = PortalFixtures.freshAddress();
        for (int i = 1; i <= 3; i++) {
            assertThat(postForm(c.id(), same, "contact", "a@example.cn", "content", "网页意见" + i))
                    .hasStatus3xxRedirection();
        }
        assertThat(postJson(c.id(), same, "{\"contact\":\"b@example.cn\",\"content\":\"接口意见1\"}")).hasStatus(201);
        // bad input does not use up the allowance
        assertThat(postJson(c.id(), same, "{\"contact\":\"\",\"content\":\"无联系方式\"}")).hasStatus(400);
        assertThat(postForm(c.id(), same, "contact", "a@example.cn", "content", "网页意见4")).hasStatus3xxRedirection();

        MvcTestResult sixth = postForm(c.id(), same, "contact", "a@example.cn", "content", "网页意见5");
        assertThat(sixth).hasStatus(429);
        assertThat(html(sixth)).contains("提交过于频繁").contains("10 分钟内最多提交 5 条");
        MvcTestResult api = postJson(c.id(), same, "{\"contact\":\"b@example.cn\",\"content\":\"接口意见2\"}");
        assertThat(api).hasStatus(429).headers().containsHeader("Retry-After");
        assertThat(api).bodyJson().extractingPath("$.detail").asString().contains("提交过于频繁");
        assertThat(postForm(c.id(), PortalFixtures.freshAddress(), "contact", "a@example.cn", "content", "另一地址"))
                .hasStatus3xxRedirection();

        clock.set(java.time.Instant.now().plusSeconds(601));
        assertThat(postForm(c.id(), same, "contact", "a@example.cn", "content", "十分钟后")).hasStatus3xxRedirection();
        assertThat(comments(c)).hasSize(7);
    }

    @Test
    void theApiTakesACommentAndRefusesBadInput() {
        PublicConsultation c = fixtures.consultation(PortalFixtures.marker("接口样本") + "办法", "第一条 接口。");
        var list = assertThat(mvc.get().uri("/api/v1/public/consultations")).hasStatusOk().bodyJson();
        list.extractingPath("$[?(@.consultationId == " + c.id() + ")].state").asArray().containsExactly("OPEN");
        var detail = assertThat(mvc.get().uri("/api/v1/public/consultations/{id}", c.id())).hasStatusOk().bodyJson();
        detail.extractingPath("$.text").asString().contains("第一条 接口");
        detail.extractingPath("$.consultation.acceptingComments").isEqualTo(true);

        MvcTestResult created = postJson(c.id(), PortalFixtures.freshAddress(),
                "{\"name\":\"李测试\",\"contact\":\"li@example.cn\",\"organisation\":\"\",\"content\":\"建议删除第三条。\"}");
        assertThat(created).hasStatus(201).headers().containsHeader("Location");
        String receipt = JsonPath.read(html(created), "$.receiptNo");
        assertThat(receipt).startsWith("YJ");
        var lookup = assertThat(mvc.get().uri("/api/v1/public/comments/{no}", receipt)).hasStatusOk().bodyJson();
        lookup.extractingPath("$.content").isEqualTo("建议删除第三条。");
        lookup.extractingPath("$.dispositionPublished").isEqualTo(false);
        assertThat(html(mvc.get().uri("/api/v1/public/comments/{no}", receipt).exchange())).doesNotContain("li@example.cn")
                .doesNotContain("李测试");
        assertThat(mvc.get().uri("/api/v1/public/comments/{no}", "YJ00000000-XXXXXX")).hasStatus(404);

        for (String bad : List.of("{\"content\":\"无联系方式\"}", "{\"contact\":\"123\",\"content\":\"x\"}",
                "{\"contact\":\"a@example.cn\"}", "{\"contact\":\"a@example.cn\",\"content\":\"" + "长".repeat(5001) + "\"}",
                "{\"contact\":\"a@example.cn\",\"content\":\"x\",\"unknown\":1}", "{\"name\":\"" + "名".repeat(65)
                        + "\",\"contact\":\"a@example.cn\",\"content\":\"x\"}", "not json", "[]")) {
            assertThat(postJson(c.id(), PortalFixtures.freshAddress(), bad)).as(bad).hasStatus(400).bodyJson()
                    .extractingPath("$.status").isEqualTo(400);
        }
        assertThat(postJson(987654321L, PortalFixtures.freshAddress(), "{\"contact\":\"a@example.cn\",\"content\":\"x\"}"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/public/consultations/{id}", 987654321L)).hasStatus(404);
        assertThat(comments(c)).hasSize(1);
    }

    @Test
    void afterTheWindowClosesTheDispositionsArePublishedWithoutNamesOrContacts() {
        String marker = PortalFixtures.marker("处理样本");
        PublicConsultation c = fixtures.consultation(marker + "办法", "第一条 处理。");
        postForm(c.id(), PortalFixtures.freshAddress(), "name", "王实名", "contact", "13900001111", "organisation",
                "某某公司", "content", "建议修改第一条，请回电13912345678或发邮件wang@example.cn。");
        postForm(c.id(), PortalFixtures.freshAddress(), "contact", "zhao@example.cn", "content", "建议删除第一条。");
        List<PublicComment> received = comments(c);
        assertThat(received).hasSize(2);

        clock.setDate(c.closesOn().plusDays(1));
        assertThat(html(mvc.get().uri("/consultations/{id}", c.id()).exchange())).contains("已截止")
                .doesNotContain("id=\"comment-form\"");
        assertThat(postForm(c.id(), PortalFixtures.freshAddress(), "contact", "a@example.cn", "content", "迟到的意见"))
                .hasStatus(409);
        assertThat(postJson(c.id(), PortalFixtures.freshAddress(), "{\"contact\":\"a@example.cn\",\"content\":\"迟到\"}"))
                .hasStatus(409);

        acting.run("fzb", () -> {
            consultations.close(c.subjectLongId());
            consultations.dispose(received.get(0).id(), new DispositionRequest(Disposition.ADOPTED, null));
            consultations.dispose(received.get(1).id(),
                    new DispositionRequest(Disposition.NOT_ADOPTED, "第一条为上位法规定，不宜删除。"));
        });

        String page = html(mvc.get().uri("/consultations/{id}", c.id()).exchange());
        assertThat(page).contains("共收到意见 2 条：采纳 1 条，部分采纳 0 条，不采纳 1 条").contains("第一条为上位法规定，不宜删除。")
                .contains("建议删除第一条。").contains("请回电〔已删除〕或发邮件〔已删除〕")
                .doesNotContain("王实名").doesNotContain("13900001111").doesNotContain("某某公司")
                .doesNotContain("13912345678").doesNotContain("wang@example.cn").doesNotContain("zhao@example.cn")
                .doesNotContain(received.get(0).receiptNo());
        String api = html(mvc.get().uri("/api/v1/public/consultations/{id}", c.id()).exchange());
        assertThat(JsonPath.<Integer>read(api, "$.dispositions.adopted")).isEqualTo(1);
        assertThat(api).doesNotContain("王实名").doesNotContain("13900001111").doesNotContain("zhao@example.cn");
        assertThat(html(mvc.get().uri("/consultations").exchange())).contains(marker).contains("意见处理情况已公布");
        assertThat(html(mvc.get().uri("/consultations/receipts?no={no}", received.get(1).receiptNo()).exchange()))
                .contains("不采纳").contains("第一条为上位法规定");
    }

    @Test
    void receiptLookUpsAreLimitedPerAddress() {
        RequestPostProcessor same = PortalFixtures.freshAddress();
        for (int i = 0; i < 60; i++) {
            assertThat(mvc.get().uri("/consultations/receipts?no=YJ00000000-{n}", i).with(same)).hasStatus(404);
        }
        assertThat(mvc.get().uri("/consultations/receipts?no=YJ00000000-X").with(same)).hasStatus(429);
        assertThat(mvc.get().uri("/api/v1/public/comments/YJ00000000-X").with(same)).hasStatus(429);
        assertThat(mvc.get().uri("/consultations/receipts")).hasStatusOk();
    }
}
