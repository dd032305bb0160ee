package org.fazhi.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.portal.PortalFixtures;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Public participation as a module, on a normative document's consultation (the owner): comments on
 * a numbered article of the exact version the citizen picks; moderation that keeps a comment's content
 * out of the published dispositions but not out of the count or the answers; the console page and API
 * going through the owner (404 outside its scope, its procedure's refusal for a step it forbids).
 */
@FazhiIT
class ParticipationIT {

    static final String TEXT = """
            第一条 为了规范城区临时摊点经营，制定本办法。
            第二条 临时摊点应当在划定的区域和时段经营。
            第三条 本办法自公布之日起施行。""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PublicConsultations participation;
    @Autowired
    Consultations consultations;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    ActingAs acting;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    PortalFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PortalFixtures(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor console(String user) {
        return KernelTestSupport.console(users, user);
    }

    static String html(MvcTestResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCitizenCommentsOnANumberedArticleOfTheExactVersion() {
        String marker = PortalFixtures.marker("条款意见样本");
        PublicConsultation c = fixtures.consultation(marker + "办法（征求意见稿）", TEXT);
        assertThat(participation.text(c.id()).orElseThrow().articles()).extracting(Article::label)
                .containsExactly("第一条", "第二条", "第三条");

        String page = html(mvc.get().uri("/consultations/{id}?article=2", c.id()).exchange());
        assertThat(page).contains("id=\"article-2\"").contains("对本条提意见").contains("name=\"articleNo\"")
                .containsPattern("<option value=\"2\"\\s+selected=\"selected\">第二条</option>");

        MvcTestResult posted = mvc.post().uri("/consultations/{id}/comments", c.id()).with(csrf())
                .with(PortalFixtures.freshAddress()).param("contact", "13800138000").param("articleNo", "2")
                .param("content", "建议第二条明确划定区域的公示方式。").exchange();
        assertThat(posted).hasStatus3xxRedirection();
        MvcTestResult api = mvc.post().uri("/api/v1/public/consultations/{id}/comments", c.id())
                .with(PortalFixtures.freshAddress()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contact\":\"a@example.cn\",\"content\":\"第三条施行日期过早。\",\"articleNo\":3}").exchange();
        assertThat(api).hasStatus(201);
        assertThat(JsonPath.<Integer>read(html(api), "$.articleNo")).isEqualTo(3);

        MvcTestResult unknown = mvc.post().uri("/consultations/{id}/comments", c.id()).with(csrf())
                .with(PortalFixtures.freshAddress()).param("contact", "13800138000").param("articleNo", "9")
                .param("content", "对不存在的条款").exchange();
        assertThat(unknown).hasStatus(400);
        assertThat(html(unknown)).contains("草案中没有第 9 条");
        assertThat(mvc.post().uri("/consultations/{id}/comments", c.id()).with(csrf())
                .with(PortalFixtures.freshAddress()).param("contact", "13800138000").param("articleNo", "第二条")
                .param("content", "编号不是数字")).hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/public/consultations/{id}/comments", c.id())
                .with(PortalFixtures.freshAddress()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contact\":\"a@example.cn\",\"content\":\"x\",\"articleNo\":9}")).hasStatus(400);

        List<PublicComment> stored = acting.run("fzb", () -> consultations.comments(c.subjectLongId()));
        assertThat(stored).extracting(PublicComment::articleNo).containsExactly(2, 3);
        assertThat(stored).allSatisfy(pc -> assertThat(pc.versionId()).isEqualTo(c.versionId()));
        AdoptionSummary summary = acting.run("fzb", () -> consultations.summary(c.subjectLongId()));
        assertThat(summary.articles()).extracting(AdoptionSummary.ArticleTally::articleNo).containsExactly(2, 3);
        assertThat(mvc.get().uri("/api/v1/public/consultations/{id}", c.id())).hasStatusOk().bodyJson()
                .extractingPath("$.articles[1].label").isEqualTo("第二条");
    }

    @Test
    void aWithheldCommentIsCountedAndAnsweredButItsContentIsNotPublished() {
        String marker = PortalFixtures.marker("不予公开样本");
        PublicConsultation c = fixtures.consultation(marker + "办法（征求意见稿）", TEXT);
        PublicComment rude = participation.comment(c.id(), new CommentRequest(null, "13900001111", null,
                "广告：代办各类证照，联系微信某某。"));
        PublicComment fair = participation.comment(c.id(), new CommentRequest(null, "13900002222", null,
                "建议第一条增加便民服务的表述。", 1));

        assertThatThrownBy(() -> acting.run("fzb", () -> participation.moderate(rude.id(),
                new ModerationRequest(true, " ")))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems()).anySatisfy(p -> assertThat(p.messageKey())
                                .isEqualTo("participation.moderation.reason-required")));
        PublicComment withheld = acting.run("fzb", () -> participation.moderate(rude.id(),
                new ModerationRequest(true, "与草案无关的广告内容")));
        assertThat(withheld.withheld()).isTrue();

        // the window's end is on the 督办台 in words, due on its closing day, until it is closed
        String window = "select status || ' ' || due_date || ' ' || coalesce(met_on, due_date) || ' '"
                + " || case when late then 'late' else 'on-time' end"
                + " from deadline where module = 'participation' and subject_type = 'consultation' and subject_id = ?";
        assertThat(jdbc.sql(window).param(String.valueOf(c.id())).query(String.class).single())
                .isEqualTo("OPEN " + c.closesOn() + " " + c.closesOn() + " on-time");
        assertThat(jdbc.sql("select label from deadline where module = 'participation' and subject_id = ?")
                .param(String.valueOf(c.id())).query(String.class).single()).isEqualTo("participation.deadline.window");

        clock.setDate(c.closesOn().plusDays(1));
        acting.run("fzb", () -> {
            consultations.close(c.subjectLongId());
            participation.dispose(rude.id(), new DispositionRequest(Disposition.NOT_ADOPTED, "与草案内容无关。"));
            participation.dispose(fair.id(), new DispositionRequest(Disposition.ADOPTED, null));
        });

        AdoptionSummary published = participation.publishedDispositions(c.id());
        assertThat(published.total()).isEqualTo(2);
        assertThat(published.comments()).filteredOn(PublicComment::withheld).singleElement()
                .satisfies(pc -> assertThat(pc.content()).isNull());
        String page = html(mvc.get().uri("/consultations/{id}", c.id()).exchange());
        assertThat(page).contains("共收到意见 2 条：采纳 1 条").contains("该意见含有不宜公开的内容，未予公开。")
                .contains("建议第一条增加便民服务的表述。").contains("与草案内容无关。").doesNotContain("代办各类证照")
                .contains("第一条：1 条");
        assertThat(html(mvc.get().uri("/api/v1/public/consultations/{id}", c.id()).exchange()))
                .doesNotContain("代办各类证照");
        assertThat(html(mvc.get().uri("/consultations/receipts?no={no}", rude.receiptNo())
                .with(PortalFixtures.freshAddress()).exchange())).doesNotContain("代办各类证照").contains("不采纳");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'public-comment' and entity_id = ?"
                + " and action = 'moderate'").param(String.valueOf(rude.id())).query(Long.class).single())
                .isEqualTo(1);
        // closed the morning after its last day: the window ran to the end of that day, met on time
        assertThat(jdbc.sql(window).param(String.valueOf(c.id())).query(String.class).single())
                .isEqualTo("MET " + c.closesOn() + " " + c.closesOn() + " on-time");
    }

    @Test
    void theConsolePageAndApiGoThroughTheOwnerOfTheConsultation() {
        String marker = PortalFixtures.marker("控制台征求意见样本");
        PublicConsultation c = fixtures.consultation(marker + "办法（征求意见稿）", TEXT);
        PublicComment pc = participation.comment(c.id(), new CommentRequest("公众甲", "13712345678", null,
                "建议第三条推迟施行。", 3));

        String page = html(mvc.get().uri("/console/participation/{id}", c.id()).with(console("fzb")).exchange());
        assertThat(page).contains(marker).contains("137****5678").doesNotContain("13712345678").contains("第三条")
                .contains("/comments/" + pc.id() + "/disposition").contains("id=\"enter-comment\"");
        assertThat(html(mvc.get().uri("/console/participation").with(console("fzb")).exchange())).contains(marker);
        assertThat(mvc.get().uri("/console/participation/{id}", c.id()).with(console("linxian"))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/participation/consultations/{id}", c.id()).with(DemoUsers.as("qicao")))
                .hasStatus(404);
        assertThat(html(mvc.get().uri("/console/participation").with(console("linxian")).exchange()))
                .doesNotContain(marker);
        assertThat(mvc.get().uri("/api/v1/participation/consultations/{id}", c.id()).with(DemoUsers.as("fzb")))
                .hasStatusOk().bodyJson().extractingPath("$.comments[0].contact").isEqualTo("137****5678");

        MvcTestResult entered = mvc.post().uri("/api/v1/participation/consultations/{id}/comments", c.id())
                .with(DemoUsers.as("fzb")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"来信\",\"contact\":\"13600001111\",\"content\":\"来信意见\",\"articleNo\":1}")
                .exchange();
        assertThat(entered).hasStatus(201).bodyJson().extractingPath("$.contact").isEqualTo("136****1111");
        // PI-02: no reveal without a reason; the reason is in the audit entry
        assertThat(mvc.get().uri("/api/v1/participation/comments/{id}/contact", pc.id()).with(DemoUsers.as("fzb")))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/participation/comments/{id}/contact?reason=", pc.id())
                .with(DemoUsers.as("fzb"))).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/participation/comments/{id}/contact?reason={r}", pc.id(), "回电核实")
                .with(DemoUsers.as("fzb"))).hasStatusOk().bodyJson().extractingPath("$.contact").isEqualTo("13712345678");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'public-comment' and entity_id = ?"
                + " and action = 'view-contact' and changes like '%回电核实%'")
                .param(String.valueOf(pc.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/participation/comments/{id}/disposition", pc.id()).with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"disposition\":\"NOT_ADOPTED\"}")).hasStatus(400);

        // the document is withdrawn: its procedure no longer lets anyone answer or moderate its comments
        acting.run("fzb", () -> documents.withdraw(c.subjectLongId(), "停止制定"));
        assertThatThrownBy(() -> acting.run("fzb", () -> participation.dispose(pc.id(),
                new DispositionRequest(Disposition.ADOPTED, null)))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("document-closed"));
        assertThat(mvc.post().uri("/api/v1/participation/comments/{id}/moderation", pc.id()).with(DemoUsers.as("fzb"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"withheld\":true,\"reason\":\"测试\"}"))
                .hasStatus(409);
        assertThat(html(mvc.get().uri("/console/participation/{id}", c.id()).with(console("fzb")).exchange()))
                .doesNotContain("/comments/" + pc.id() + "/disposition").contains("已终止");
        assertThat(mvc.get().uri("/consultations/{id}", c.id())).hasStatus(404);
        assertThatThrownBy(() -> participation.comment(c.id(), new CommentRequest(null, "a@example.cn", null, "x")))
                .isInstanceOf(NotFoundException.class);
    }
}
