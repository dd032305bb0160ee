package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.id;
import static org.fazhi.normdocs.web.WebSupport.json;
import static org.fazhi.normdocs.web.WebSupport.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.participation.CommentRequest;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.review.ReviewDesks;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The whole procedure through the JSON API, on the official calendar (TestClock): a draft, public
 * consultation with a comment, closing after the window, the disposition, legality review and its
 * conclusion, deliberation, registration, publication and filing; and the refusals along the way,
 * each a 409 problem whose detail is the legal reason.
 */
@FazhiIT
class NormdocsApiProcedureIT {

    static final String API = "/api/v1/normdocs";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    ReviewDesks desks;
    @Autowired
    ActingAs acting;
    @Autowired
    Consultations consultations;

    Fixtures.Body body;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        body = new Fixtures(units, bodies, desks, acting).countyBody();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MvcTestResult call(String method, String uri, String user, String json) {
        return json(mvc, method, uri, DemoUsers.as(user), json);
    }

    private static void assertRefused(MvcTestResult r, String reason) {
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(409);
        assertThat(r.getResponse().getContentType()).contains("problem+json");
        assertThat((String) read(r, "$.detail")).contains(reason);
    }

    private long draft(String title, boolean affectsRights) {
        MvcTestResult created = call("POST", API + "/documents", "qicao", """
                {"issuingBodyId": %d, "title": "%s", "affectsRights": %s,
                 "body": "第一条 为规范城区户外广告设置，制定本办法。\\n第二条 本办法适用于本县城区。\\n第三条 本办法自公布之日起施行。",
                 "draftingNotes": "为解决户外广告设置无序的问题，起草本办法。",
                 "basis": "《城市市容和环境卫生管理条例》", "noConsultationReason": %s}
                """.formatted(body.body().id(), title, affectsRights, affectsRights ? "null" : "\"内部工作规范\""));
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        return id(created, "$.id");
    }

    @Test
    void aDraftGoesFromConsultationThroughReviewDeliberationRegistrationAndPublicationToFiling() {
        long doc = draft("示范县城区户外广告设置管理办法" + WebSupport.unique(""), true);
        String docUri = API + "/documents/" + doc;

        assertRefused(call("POST", docUri + "/review-submission", "qicao", null), "须先向社会公开征求意见");
        assertThat((String) read(call("GET", docUri + "/guide", "qicao", null), "$.next")).contains("公开征求意见");

        // consultation: the window is at least 7 working days on the official calendar
        LocalDate earliest = LocalDate.parse(read(call("GET", API + "/consultations/earliest-close", "qicao", null),
                "$.earliestClose"));
        assertThat(earliest).isEqualTo(LocalDate.of(2026, 3, 11));
        assertRefused(call("POST", docUri + "/consultations", "qicao", "{\"closesOn\": \"2026-03-10\"}"),
                "不少于7个工作日（SD-01），截止日期不得早于2026-03-11");
        MvcTestResult opened = call("POST", docUri + "/consultations", "qicao", "{\"closesOn\": \"2026-03-13\"}");
        assertThat(opened.getResponse().getStatus()).as(body(opened)).isEqualTo(201);
        long consultation = id(opened, "$.id");
        acting.run("qicao", () -> consultations.comment(consultation, new CommentRequest("市民甲", "13800001234", null,
                "建议明确广告牌设置的安全检查要求。")));
        MvcTestResult staff = call("POST", docUri + "/comments", "qicao",
                "{\"name\": \"来电\", \"contact\": \"13900005678\", \"content\": \"建议听取沿街商户意见。\"}");
        assertThat(staff.getResponse().getStatus()).as(body(staff)).isEqualTo(201);
        assertThat((String) read(staff, "$.contact")).isEqualTo("139****5678");

        clock.setDate(LocalDate.of(2026, 3, 11));
        assertRefused(call("POST", docUri + "/consultations/closure", "qicao", null), "2026-03-11及之前不得结束征求意见");
        clock.setDate(LocalDate.of(2026, 3, 12));
        MvcTestResult closed = call("POST", docUri + "/consultations/closure", "qicao", null);
        assertThat(closed.getResponse().getStatus()).as(body(closed)).isEqualTo(200);
        assertThat((Boolean) read(closed, "$.open")).isFalse();

        // every comment answered before the document moves on
        List<Map<String, Object>> comments = read(call("GET", docUri + "/comments", "qicao", null), "$");
        assertThat(comments).hasSize(2).allSatisfy(c -> assertThat((String) c.get("contact")).contains("****"));
        long first = ((Number) comments.get(0).get("id")).longValue();
        long second = ((Number) comments.get(1).get("id")).longValue();
        MvcTestResult noReason = call("POST", API + "/comments/" + first + "/disposition", "qicao",
                "{\"disposition\": \"NOT_ADOPTED\"}");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(call("POST", API + "/comments/" + first + "/disposition", "qicao",
                "{\"disposition\": \"ADOPTED\"}").getResponse().getStatus()).isEqualTo(200);
        assertRefused(call("POST", docUri + "/review-submission", "qicao", null), "尚有 1 条公众意见未作采纳处理");
        assertThat(call("POST", API + "/comments/" + second + "/disposition", "qicao",
                "{\"disposition\": \"PARTLY_ADOPTED\", \"reason\": \"已在第五条中吸收。\"}").getResponse().getStatus())
                .isEqualTo(200);
        assertThat((Integer) read(call("GET", docUri + "/adoption-summary", "qicao", null), "$.partlyAdopted"))
                .isEqualTo(1);

        // no deliberation without a passing review of the current version
        String meeting = "{\"meeting\": \"县政府第12次常务会议\", \"date\": \"2026-03-11\", \"decision\": \"PASSED\"}";
        assertRefused(call("POST", docUri + "/deliberation", "qicao", meeting), "未经合法性审核，不得提交集体审议");
        assertRefused(call("POST", docUri + "/publication", "qicao",
                "{\"publicationDate\": \"2026-03-11\", \"effectiveDate\": \"2026-04-01\"}"), "未经统一登记、统一编号，不得公布");

        MvcTestResult submitted = call("POST", docUri + "/review-submission", "qicao", null);
        assertThat(submitted.getResponse().getStatus()).as(body(submitted)).isEqualTo(200);
        long review = id(submitted, "$.id");
        assertThat((String) read(submitted, "$.dueOn")).isEqualTo("2026-04-02");
        assertThat(body(call("GET", "/api/v1/review/queue", "shencha", null))).contains("\"id\":" + review);
        assertRefused(call("POST", docUri + "/deliberation", "qicao", meeting), "合法性审核尚未完成，不得提交集体审议");

        String lawful = "{\"outcome\": \"LAWFUL\", \"opinion\": \"经审核，该办法符合法律、法规规定。\"}";
        assertRefused(call("POST", "/api/v1/review/requests/" + review + "/conclusion", "shencha", lawful),
                "审核时间不少于5个工作日（ND-02）");
        assertRefused(call("POST", "/api/v1/review/requests/" + review + "/conclusion", "qicao", lawful),
                "只有该审核机构的法制审核人员");
        clock.setDate(LocalDate.of(2026, 3, 19));
        MvcTestResult concluded = call("POST", "/api/v1/review/requests/" + review + "/conclusion", "shencha", lawful);
        assertThat(concluded.getResponse().getStatus()).as(body(concluded)).isEqualTo(200);
        assertThat((String) read(concluded, "$.request.outcome")).isEqualTo("LAWFUL");
        assertThat((String) read(call("GET", docUri, "qicao", null), "$.status")).isEqualTo("REVIEWED");

        MvcTestResult deliberated = call("POST", docUri + "/deliberation", "qicao",
                "{\"meeting\": \"县政府第12次常务会议\", \"date\": \"2026-03-19\", \"decision\": \"PASSED\"}");
        assertThat(deliberated.getResponse().getStatus()).as(body(deliberated)).isEqualTo(200);

        // registration by the registering office: the body's prefix, a gap-free number
        assertThat(call("POST", docUri + "/registration", "qicao",
                "{\"documentNumber\": \"" + body.body().docNumberPrefix() + "〔2026〕1号\"}").getResponse().getStatus())
                .as("a drafter does not register").isEqualTo(403);
        String suggested = read(call("GET", docUri + "/registration/suggestion", "shencha", null), "$.documentNumber");
        assertThat(suggested).isEqualTo(body.body().docNumberPrefix() + "〔2026〕1号");
        assertThat(call("POST", docUri + "/registration", "shencha", "{\"documentNumber\": \"示政发〔2026〕1号\"}")
                .getResponse().getStatus()).isEqualTo(400);
        MvcTestResult registered = call("POST", docUri + "/registration", "shencha",
                "{\"documentNumber\": \"" + suggested + "\"}");
        assertThat(registered.getResponse().getStatus()).as(body(registered)).isEqualTo(200);
        assertThat((String) read(registered, "$.registrationNumber")).matches("SFDR2026\\d{5}");

        MvcTestResult published = call("POST", docUri + "/publication", "qicao",
                "{\"publicationDate\": \"2026-03-19\", \"effectiveDate\": \"2026-04-18\"}");
        assertThat(published.getResponse().getStatus()).as(body(published)).isEqualTo(200);
        assertThat((String) read(published, "$.expiryDate")).isEqualTo("2031-04-17");
        assertThat((String) read(published, "$.validity")).isEqualTo("CURRENT");

        MvcTestResult filing = call("GET", docUri + "/filing", "qicao", null);
        assertThat((List<?>) read(filing, "$.missingItems")).isEmpty();
        assertThat((String) read(filing, "$.filing.dueOn")).as("30 days from 3-19 is Saturday 4-18, rolled to Monday").isEqualTo("2026-04-20");
        clock.setDate(LocalDate.of(2026, 3, 20));
        MvcTestResult filed = call("POST", docUri + "/filing", "qicao",
                "{\"filedTo\": \"示范市人民政府\", \"filedOn\": \"2026-03-20\", \"receiptNo\": \"BA-2026-001\"}");
        assertThat(filed.getResponse().getStatus()).as(body(filed)).isEqualTo(200);
        assertThat((Boolean) read(filed, "$.filing.packetComplete")).isTrue();
        assertRefused(call("POST", docUri + "/filing", "qicao",
                "{\"filedTo\": \"示范市人民政府\", \"filedOn\": \"2026-03-20\"}"), "已报送备案");
        assertThat((String) read(call("GET", docUri + "/guide", "qicao", null), "$.next")).contains("现行有效");
        assertThat((List<?>) read(call("GET", docUri + "/validity-history", "qicao", null), "$")).hasSize(1);
    }

    @Test
    void aBodyOffTheListCannotStartADocumentAndAnUnlawfulReviewBarsDeliberation() {
        acting.run("fzb", () -> bodies.delist(body.body().id()));
        assertRefused(call("POST", API + "/documents", "qicao", """
                {"issuingBodyId": %d, "title": "不在清单的文件", "affectsRights": false, "body": "第一条 略。",
                 "noConsultationReason": "内部工作规范"}
                """.formatted(body.body().id())), "不在规范性文件制定主体清单内");
        acting.run("fzb", () -> bodies.relist(body.body().id()));

        long doc = draft("示范县政务服务事项目录管理规定" + WebSupport.unique(""), false);
        long review = id(call("POST", API + "/documents/" + doc + "/review-submission", "qicao", null), "$.id");
        MvcTestResult unlawful = call("POST", "/api/v1/review/requests/" + review + "/conclusion", "shencha", """
                {"outcome": "UNLAWFUL", "opinion": "第三条设定了行政许可，超越权限。", "earlyReason": "问题明确，提前办结。"}
                """);
        assertThat(unlawful.getResponse().getStatus()).as(body(unlawful)).isEqualTo(200);
        assertRefused(call("POST", API + "/documents/" + doc + "/deliberation", "qicao",
                "{\"meeting\": \"局务会议\", \"date\": \"2026-03-02\", \"decision\": \"PASSED\"}"), "经审核不合法，不得提交集体审议");
        assertThat((String) read(call("GET", API + "/documents/" + doc + "/guide", "qicao", null), "$.next"))
                .contains("经审核不合法");
    }

    @Test
    void aLawfulWithChangesReviewIsAnsweredItemByItemInANewVersion() {
        long doc = draft("示范县行政执法公示办法" + WebSupport.unique(""), false);
        String docUri = API + "/documents/" + doc;
        long review = id(call("POST", docUri + "/review-submission", "qicao", null), "$.id");
        MvcTestResult withChanges = call("POST", "/api/v1/review/requests/" + review + "/conclusion", "shencha", """
                {"outcome": "LAWFUL_WITH_CHANGES", "opinion": "修改后合法。", "requiredChanges": ["第二条应明确适用范围。", "第三条应明确施行日期。"],
                 "earlyReason": "材料齐全，提前办结。"}
                """);
        assertThat(withChanges.getResponse().getStatus()).as(body(withChanges)).isEqualTo(200);
        assertRefused(call("POST", docUri + "/deliberation", "qicao",
                "{\"meeting\": \"局务会议\", \"date\": \"2026-03-02\", \"decision\": \"PASSED\"}"), "须按意见修改后方可提交集体审议");

        MvcTestResult unanswered = call("POST", docUri + "/versions", "qicao", """
                {"title": "示范县行政执法公示办法", "body": "第一条 修改稿。", "answersReviewId": %d,
                 "changeResponses": [{"itemNo": 1, "response": "已明确适用范围。"}]}
                """.formatted(review));
        assertThat(unanswered.getResponse().getStatus()).isEqualTo(400);
        MvcTestResult v2 = call("POST", docUri + "/versions", "qicao", """
                {"title": "示范县行政执法公示办法", "body": "第一条 修改稿。\\n第二条 本办法适用于本县行政执法机关。\\n第三条 本办法自2026年5月1日起施行。",
                 "answersReviewId": %d,
                 "changeResponses": [{"itemNo": 1, "response": "已明确适用范围。"}, {"itemNo": 2, "response": "已明确施行日期。"}]}
                """.formatted(review));
        assertThat(v2.getResponse().getStatus()).as(body(v2)).isEqualTo(201);
        long versionId = id(v2, "$.id");
        List<Map<String, Object>> diff = read(call("GET", docUri + "/versions/comparison?from="
                + read(call("GET", docUri + "/versions", "qicao", null), "$[0].id") + "&to=" + versionId, "qicao", null),
                "$");
        assertThat(diff).anySatisfy(l -> assertThat(l.get("kind")).isEqualTo("ADDED"));
        MvcTestResult deliberated = call("POST", docUri + "/deliberation", "qicao",
                "{\"meeting\": \"局务会议\", \"date\": \"2026-03-02\", \"decision\": \"PASSED\"}");
        assertThat(deliberated.getResponse().getStatus()).as(body(deliberated)).isEqualTo(200);
        assertThat((String) read(deliberated, "$.status")).isEqualTo("DELIBERATED");
    }
}
