package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console pages, forms and JSON API of major decisions, and their public side: every page renders
 * in every state of a decision, catalog and meeting; the forms work without JavaScript and a refused step
 * shows its reason beside the form; the API answers refusals with their code; the portal and the public
 * API show only what is published, hearing participants' names masked; and another unit sees none of it
 * (404 everywhere).
 */
@FazhiIT
class DecisionsWebIT extends DecisionsTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor console(String user) {
        return KernelTestSupport.console(users, user);
    }

    private String page(String uri, String user) {
        MvcTestResult r = mvc.get().uri(uri).with(console(user)).exchange();
        String html = body(r);
        assertThat(r.getResponse().getStatus()).as(uri + "\n" + html).isEqualTo(200);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    private String publicPage(String uri) {
        MvcTestResult r = mvc.get().uri(uri).exchange();
        String html = body(r);
        assertThat(r.getResponse().getStatus()).as(uri + "\n" + html).isEqualTo(200);
        assertThat(html).as(uri + " has unresolved texts").doesNotContain("??");
        return html;
    }

    private MvcTestResult json(String method, String uri, String user, String content) {
        var request = switch (method) {
            case "GET" -> mvc.get().uri(uri);
            case "POST" -> mvc.post().uri(uri);
            case "PUT" -> mvc.put().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> throw new IllegalArgumentException(method);
        };
        if (user != null) {
            request = request.with(console(user));
        }
        request = request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (content != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        return request.exchange();
    }

    private static String body(MvcTestResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static <T> T read(MvcTestResult r, String path) {
        return JsonPath.read(body(r), path);
    }

    private static long idFromRedirect(MvcTestResult r, String prefix) {
        String url = r.getResponse().getRedirectedUrl();
        assertThat(url).as(body(r)).isNotNull().startsWith(prefix);
        return Long.parseLong(url.substring(prefix.length()).replaceAll("^(\\d+).*$", "$1"));
    }

    @Test
    void everyConsolePageRendersInEveryStateAndTheFormsWorkWithoutJavaScript() {
        on(LocalDate.of(2026, 3, 2));
        DecisionCatalog catalog = catalog();
        CatalogItem item = newItem("城区停车收费调整");

        // a decision started through the form: a missing item shows beside the form, keeping what was typed
        MvcTestResult missing = mvc.post().uri("/console/decisions").with(console(fx.drafter()))
                .param("catalogItemId", "").param("majorPublicInterest", "true").param("body", "第一条 略。")
                .param("explanation", "说明").exchange();
        assertThat(missing.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(missing)).contains("alert-danger", "第一条 略。");
        MvcTestResult created = mvc.post().uri("/console/decisions").with(console(fx.drafter()))
                .param("catalogItemId", String.valueOf(item.id())).param("majorPublicInterest", "true")
                .param("affectsPublic", "true").param("interestedParties", "城区停车场经营者")
                .param("body", "第一条 为了规范停车收费，制定本决定。\n第二条 县发展改革局负责实施。")
                .param("explanation", "起草说明").exchange();
        long id = idFromRedirect(created, "/console/decisions/");
        String uri = "/console/decisions/" + id;
        assertThat(page(uri, fx.drafter())).contains("城区停车收费调整", "MD-02", "MD-03");
        // a form not accepted names its fields in the summary above it; every field has a visible label
        String notSuspended = body(mvc.post().uri(uri + "/suspension").with(console(fx.drafter()))
                .param("reason", "").param("basis", "").exchange());
        String summary = notSuspended.substring(notSuspended.indexOf("id=\"error-summary\""));
        assertThat(summary.substring(0, summary.indexOf("</div>"))).contains("理由：", "依据（集体讨论决定");

        // too short a window refused beside the form; the form's dates kept
        String tooShort = body(mvc.post().uri(uri + "/consultation").with(console(fx.drafter()))
                .param("closesOn", "2026-03-10").exchange());
        assertThat(tooShort).contains("2026-03-10", "alert-danger");
        assertThat(mvc.post().uri(uri + "/consultation").with(console(fx.drafter())).param("closesOn", "2026-04-03"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(uri + "/hearings").with(console(fx.drafter())).param("hearingDate", "2026-03-30")
                .param("place", "县政府第二会议室").param("announcement", "县人民政府定于2026年3月30日举行听证会。"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(uri + "/hearing/participants").with(console(fx.drafter()))
                .param("participants", "王测试 | 经营者代表 | 县停车行业协会\n李测试 | 市民代表")).hasStatus3xxRedirection();
        assertThat(body(mvc.post().uri(uri + "/hearing/participants").with(console(fx.drafter()))
                .param("participants", "只有姓名").exchange())).contains("alert-danger", "只有姓名");
        assertThat(body(mvc.post().uri(uri + "/review-submission").with(console(fx.drafter())).exchange()))
                .contains("alert");
        assertThat(page(uri, fx.drafter())).contains("2026-03-23", "王测试", "2026-04-03");
        assertThat(page(uri, fx.keeper())).contains("城区停车收费调整");

        // a decision decided, published, with milestones and progress; a meeting with its topics
        MajorDecision decided = decided("农贸市场升级改造");
        MajorDecision published = as(fx.drafter(), () -> decisions.publish(decided.id(),
                new DecisionPublicationRequest(today(), "县政府门户网站", "决政发〔2026〕1号")));
        as(fx.drafter(), () -> milestones.add(published.id(), new MilestoneRequest("完成市场改造设计", fx.sponsor(),
                today().plusDays(40))));
        assertThat(mvc.post().uri("/console/decisions/" + published.id() + "/progress").with(console(fx.drafter()))
                .param("percentDone", "20").param("reportedOn", today().toString()).param("report", "设计招标已完成。"))
                .hasStatus3xxRedirection();
        assertThat(page("/console/decisions/" + published.id(), fx.drafter()))
                .contains("农贸市场升级改造", "完成市场改造设计", "设计招标已完成。", "决政发〔2026〕1号");
        assertThat(page("/console/decisions", fx.drafter())).contains("城区停车收费调整", "农贸市场升级改造");
        assertThat(page("/console/decisions?status=IMPLEMENTING", fx.drafter())).contains("农贸市场升级改造")
                .doesNotContain("城区停车收费调整");
        MvcTestResult export = mvc.get().uri("/console/decisions/export").with(console(fx.drafter())).exchange();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");

        assertThat(page("/console/decisions/catalogs", fx.keeper())).contains(catalog.title());
        assertThat(page("/console/decisions/catalogs/" + catalog.id(), fx.keeper())).contains("城区停车收费调整",
                "年中增列");
        MvcTestResult newCatalog = mvc.post().uri("/console/decisions/catalogs").with(console(fx.keeper()))
                .param("unitId", String.valueOf(fx.government())).param("year", "2027").param("title", "2027年度目录")
                .exchange();
        long draftCatalog = idFromRedirect(newCatalog, "/console/decisions/catalogs/");
        assertThat(body(mvc.post().uri("/console/decisions/catalogs/" + draftCatalog + "/publication")
                .with(console(fx.keeper())).exchange())).contains("alert");
        assertThat(page("/console/decisions/catalogs/" + draftCatalog, fx.keeper())).contains("2027年度目录");

        Meeting m = meeting(MeetingKind.EXECUTIVE);
        MajorDecision ready = reviewed("公共自行车系统建设");
        assertThat(mvc.post().uri("/console/decisions/meetings/" + m.id() + "/decision-topics")
                .with(console(fx.keeper())).param("decisionId", String.valueOf(ready.id()))).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/console/decisions/meetings/" + m.id() + "/topics").with(console(fx.keeper()))
                .param("title", "研究县图书馆开放时间调整").param("sponsorUnitId", String.valueOf(fx.sponsor()))
                .param("materials", "拟延长县图书馆周末开放时间。"))
                .hasStatus3xxRedirection();
        assertThat(body(mvc.post().uri("/console/decisions/meetings/" + m.id() + "/closure")
                .with(console(fx.keeper())).exchange())).contains("alert");
        assertThat(page("/console/decisions/meetings/" + m.id(), fx.keeper())).contains("公共自行车系统建设",
                "研究县图书馆开放时间调整");
        assertThat(page("/console/decisions/meetings", fx.keeper())).contains(m.title());
        assertThat(mvc.post().uri("/console/decisions/experts").with(console(fx.keeper()))
                .param("unitId", String.valueOf(fx.government())).param("name", "测试专家丙").param("fields", "交通规划")
                .param("title", "研究员").param("employer", "省交通研究院").param("interests", ""))
                .hasStatus3xxRedirection();
        assertThat(page("/console/decisions/experts", fx.keeper())).contains("测试专家丙", "交通规划");
    }

    @Test
    void theApiTakesADecisionThroughItsStepsAndAnswersARefusalWithItsCode() {
        on(LocalDate.of(2026, 3, 4));
        CatalogItem item = newItem("城市供水价格调整");
        MvcTestResult created = json("POST", "/api/v1/decisions", fx.drafter(), """
                {"catalogItemId": %d, "affectsPublic": true, "majorPublicInterest": true, "livelihood": false,
                 "technical": false, "stabilityRisk": false, "interestedParties": "县自来水公司",
                 "body": "第一条 为了理顺供水价格，制定本方案。\\n第二条 本方案自公布之日起施行。",
                 "explanation": "起草说明"}""".formatted(item.id()));
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        long id = ((Number) read(created, "$.id")).longValue();
        String api = "/api/v1/decisions/" + id;
        assertThat(body(json("GET", api + "/guide", fx.drafter(), null))).contains("submit-for-review");
        List<String> required = read(json("GET", api + "/procedures", fx.drafter(), null), "$[*].procedure");
        assertThat(required).contains("PUBLIC_PARTICIPATION", "HEARING");

        MvcTestResult refused = json("POST", api + "/review-submission", fx.drafter(), null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(refused, "$.code")).isEqualTo("participation-required");
        MvcTestResult noReason = json("POST", api + "/waivers", fx.drafter(),
                "{\"procedure\": \"HEARING\", \"reason\": \"\"}");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noReason)).contains("reason");
        assertThat(json("POST", api + "/waivers", fx.drafter(),
                "{\"procedure\": \"HEARING\", \"reason\": \"已于2025年就同一事项举行听证会，情况未变\"}").getResponse()
                .getStatus()).isEqualTo(200);
        MvcTestResult legality = json("POST", api + "/waivers", fx.drafter(),
                "{\"procedure\": \"LEGALITY_REVIEW\", \"reason\": \"时间紧\"}");
        assertThat(legality.getResponse().getStatus()).isEqualTo(409);
        assertThat((String) read(legality, "$.code")).isEqualTo("not-waivable");

        MvcTestResult opened = json("POST", api + "/consultation", fx.drafter(), "{\"closesOn\": \"2026-04-10\"}");
        assertThat(opened.getResponse().getStatus()).as(body(opened)).isEqualTo(200);
        long consultation = ((Number) read(opened, "$.id")).longValue();
        // the public comments on article 2 through participation's public API
        MvcTestResult comment = json("POST", "/api/v1/public/consultations/" + consultation + "/comments", null, """
                {"name": "市民", "contact": "13900001234", "content": "建议阶梯水价设置低收入家庭减免。", "articleNo": 2}""");
        assertThat(comment.getResponse().getStatus()).as(body(comment)).isIn(200, 201);
        assertThat(body(json("GET", api + "/process-record", fx.drafter(), null))).contains("open-consultation",
                "waive");
        assertThat(body(json("GET", api, fx.drafter(), null))).contains("城市供水价格调整");
        assertThat(body(json("GET", "/api/v1/decisions", fx.drafter(), null))).contains("城市供水价格调整");
        assertThat(body(json("GET", "/api/v1/decisions/catalogs/startable-items", fx.drafter(), null)))
                .doesNotContain("城市供水价格调整");
    }

    @Test
    void thePublicSeesOnlyWhatIsPublishedAndParticipantsNamesMasked() {
        on(LocalDate.of(2026, 3, 5));
        DecisionCatalog catalog = catalog();
        MajorDecision d = start("城区公交线网优化", new DecisionAttributes(false, true, false, false, false), null);
        Hearing h = as(fx.drafter(), () -> hearings.announce(d.id(), new HearingRequest(LocalDate.of(2026, 3, 25),
                "县政府第一会议室", "县人民政府定于2026年3月25日举行城区公交线网优化听证会。")));
        as(fx.drafter(), () -> hearings.publishParticipants(d.id(), new ParticipantsRequest(List.of(
                new ParticipantsRequest.Participant("欧阳测试", "乘客代表", "城区居民"),
                new ParticipantsRequest.Participant("赵测试", "经营者代表", "县公交公司")))));
        MajorDecision decided = decided("老旧小区加装电梯补贴");
        as(fx.drafter(), () -> decisions.publish(decided.id(), new DecisionPublicationRequest(today(), "县政府门户网站",
                "决政发〔2026〕2号")));
        as(fx.drafter(), () -> milestones.add(decided.id(), new MilestoneRequest("首批补贴发放", fx.sponsor(),
                today().plusDays(60))));
        MajorDecision unpublished = decided("县城绿道建设");

        String index = publicPage("/decisions");
        assertThat(index).contains(catalog.title(), "老旧小区加装电梯补贴").doesNotContain("县城绿道建设"
                + "</a>");
        assertThat(publicPage("/decisions/catalogs/" + catalog.id())).contains("城区公交线网优化", "年中增列");
        assertThat(publicPage("/decisions/" + decided.id())).contains("老旧小区加装电梯补贴", "首批补贴发放",
                "决政发〔2026〕2号");
        assertThat(mvc.get().uri("/decisions/" + unpublished.id()).exchange().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(publicPage("/hearings")).contains("城区公交线网优化", "2026年3月25日");
        String hearing = publicPage("/hearings/" + h.id());
        assertThat(hearing).contains("欧某", "赵某", "乘客代表", "2026年3月25日").doesNotContain("欧阳测试", "赵测试");

        MvcTestResult hearingsJson = json("GET", "/api/v1/public/hearings/" + h.id(), null, null);
        assertThat(body(hearingsJson)).contains("赵某").doesNotContain("赵测试");
        assertThat(body(json("GET", "/api/v1/public/decisions", null, null))).contains("老旧小区加装电梯补贴")
                .doesNotContain("县城绿道建设");
        assertThat(body(json("GET", "/api/v1/public/decisions/" + decided.id(), null, null))).contains("首批补贴发放");
        assertThat(json("GET", "/api/v1/public/decisions/" + unpublished.id(), null, null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(body(json("GET", "/api/v1/public/decisions/catalogs", null, null))).contains(catalog.title());
        assertThat(body(json("GET", "/api/v1/public/decisions/catalogs/" + catalog.id(), null, null)))
                .contains("城区公交线网优化");
        assertThat(json("GET", "/api/v1/public/decisions/catalogs/" + Long.MAX_VALUE, null, null).getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anotherUnitSeesNoneOfItInTheConsoleNorInTheApi() {
        on(LocalDate.of(2026, 3, 6));
        DecisionCatalog catalog = catalog();
        MajorDecision d = start("乡村振兴示范片区建设", only(), null);
        Meeting m = meeting(MeetingKind.EXECUTIVE);
        Expert e = as(fx.keeper(), () -> experts.add(new ExpertRequest(fx.government(), "测试专家丁", "农业经济", "教授",
                "省农科院", null)));
        String other = fx.outsider();

        for (String path : List.of("", "/guide", "/procedures", "/versions", "/process-record")) {
            assertThat(json("GET", "/api/v1/decisions/" + d.id() + path, other, null).getResponse().getStatus())
                    .as(path).isEqualTo(404);
        }
        for (var step : Map.of("/waivers", "{\"procedure\": \"HEARING\", \"reason\": \"越权\"}",
                "/stop", "{\"reason\": \"越权\"}", "/review-submission", "{}").entrySet()) {
            assertThat(json("POST", "/api/v1/decisions/" + d.id() + step.getKey(), other, step.getValue())
                    .getResponse().getStatus()).as(step.getKey()).isEqualTo(404);
        }
        assertThat(json("GET", "/api/v1/decisions/catalogs/" + catalog.id(), other, null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(json("POST", "/api/v1/decisions/catalogs/" + catalog.id() + "/items", other,
                "{\"title\": \"越权\", \"sponsorUnitId\": " + fx.other() + ", \"plannedQuarter\": 2,"
                        + " \"criteria\": [\"PUBLIC_INTEREST\"]}").getResponse().getStatus()).isEqualTo(404);
        assertThat(json("GET", "/api/v1/decisions/meetings/" + m.id(), other, null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(json("POST", "/api/v1/decisions/meetings/" + m.id() + "/closure", other, null).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(json("GET", "/api/v1/decisions/experts/" + e.id(), other, null).getResponse().getStatus())
                .isEqualTo(404);

        for (String uri : List.of("/console/decisions/" + d.id(), "/console/decisions/catalogs/" + catalog.id(),
                "/console/decisions/meetings/" + m.id())) {
            assertThat(mvc.get().uri(uri).with(console(other)).exchange().getResponse().getStatus()).as(uri)
                    .isEqualTo(404);
        }
        assertThat(mvc.post().uri("/console/decisions/" + d.id() + "/stop").with(console(other)).param("reason", "越权")
                .exchange().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.post().uri("/console/decisions/meetings/" + m.id() + "/cancellation").with(console(other))
                .param("reason", "越权").exchange().getResponse().getStatus()).isEqualTo(404);

        assertThat(body(json("GET", "/api/v1/decisions", other, null))).doesNotContain("乡村振兴示范片区建设");
        assertThat(page("/console/decisions", other)).doesNotContain("乡村振兴示范片区建设");
        assertThat(page("/console/decisions/catalogs", other)).doesNotContain(catalog.title());
        assertThat(page("/console/decisions/meetings", other)).doesNotContain(m.title());
        assertThat(page("/console/decisions/experts", other)).doesNotContain("测试专家丁");
        assertThat(body(json("GET", "/api/v1/decisions/experts", other, null))).doesNotContain("测试专家丁");
    }

    @Test
    void aDecisionsFileRendersWithEveryProcedureItsMeetingItsEvaluationAndItsArchive() {
        on(LocalDate.of(2026, 3, 9));
        Expert expert = as(fx.keeper(), () -> experts.add(new ExpertRequest(fx.government(), "测试专家戊", "环境工程",
                "教授", "省环境科学研究院", null)));
        MajorDecision d = start("垃圾焚烧发电项目选址", new DecisionAttributes(false, false, true, true, true), null);
        as(fx.drafter(), () -> polls.record(d.id(), new PollRequest("选址意愿调查", "入户问卷", 800, today().minusDays(20),
                today().minusDays(3), "县统计调查队", "受访居民中支持的占64%")));
        Argumentation a = as(fx.drafter(), () -> argumentations.record(d.id(), new ArgumentationRequest(
                Argumentation.Form.MEETING, today(), null, "县城管局", "专家论证会", List.of(
                        new ArgumentationRequest.Opinion(expert.id(), "建议增设烟气在线监测并向社会公开。", true)))));
        String uri = "/console/decisions/" + d.id();
        assertThat(mvc.post().uri(uri + "/expert-opinions/" + a.opinions().get(0).id() + "/answer")
                .with(console(fx.drafter())).param("kind", "ADOPTED").param("answer", "已在第二条写入在线监测要求"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(uri + "/risk-assessments").with(console(fx.drafter()))
                .param("assessorUnitId", String.valueOf(fx.evaluator())).param("riskPoints", "周边居民邻避情绪")
                .param("level", "MEDIUM").param("measures", "信息公开、生态补偿").param("responsePlan", "设立沟通专班")
                .param("controllable", "true").param("concludedOn", today().toString())).hasStatus3xxRedirection();
        String drafting = page(uri, fx.drafter());
        assertThat(drafting).contains("选址意愿调查", "测试专家戊", "已在第二条写入在线监测要求", "周边居民邻避情绪", "MD-05");

        org.fazhi.review.LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(d.id()));
        assertThat(page(uri, fx.drafter())).contains("MD-06");
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "经审查，决策草案合法。", List.of(), "提前办结")));
        Meeting m = meeting(MeetingKind.EXECUTIVE);
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        reviewTopic(m.id(), t.id());
        Meeting held = attended(m.id());
        String meetingUri = "/console/decisions/meetings/" + m.id();
        assertThat(page(meetingUri, fx.keeper())).contains("测试县长", "垃圾焚烧发电项目选址");
        assertThat(body(mvc.post().uri(meetingUri + "/topics/" + t.id() + "/deliberation").with(console(fx.keeper()))
                .param("order-" + held.head().id(), "1").param("stance-" + held.head().id(), "AGREE")
                .param("opinion-" + held.head().id(), "同意。")
                .param("order-" + held.attendees().get(1).id(), "2")
                .param("stance-" + held.attendees().get(1).id(), "AGREE")
                .param("opinion-" + held.attendees().get(1).id(), "同意。").param("outcome", "PASSED")
                .exchange())).as("the head not last").contains("alert-danger");
        as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(List.of(
                new DeliberationRecordRequest.Speech(held.attendees().get(1).id(), MeetingTopic.Stance.DISAGREE,
                        "选址离水源地过近，不同意。"),
                new DeliberationRecordRequest.Speech(held.attendees().get(2).id(), MeetingTopic.Stance.AGREE, "同意。"),
                new DeliberationRecordRequest.Speech(held.head().id(), MeetingTopic.Stance.AGREE, "同意，加强监测。")),
                MeetingTopic.TopicOutcome.PASSED, null, "原则通过。")));
        assertThat(mvc.post().uri(meetingUri + "/closure").with(console(fx.keeper()))).hasStatus3xxRedirection();
        assertThat(page(meetingUri, fx.keeper())).contains("选址离水源地过近，不同意。", "同意，加强监测。");

        as(fx.drafter(), () -> decisions.publish(d.id(), new DecisionPublicationRequest(today(), "县政府门户网站",
                "决政发〔2026〕3号")));
        Milestone ms = as(fx.drafter(), () -> milestones.add(d.id(), new MilestoneRequest("完成项目环评", fx.sponsor(),
                today().plusDays(30))));
        assertThat(mvc.post().uri(uri + "/suspension").with(console(fx.drafter())).param("reason", "环评未通过")
                .param("basis", "县政府常务会议决定")).hasStatus3xxRedirection();
        assertThat(page(uri, fx.drafter())).contains("环评未通过");
        as(fx.drafter(), () -> decisions.resume(d.id(), new ResumptionRequest("环评已通过")));
        as(fx.drafter(), () -> milestones.complete(d.id(), ms.id(), new CompletionRequest(today(), "环评批复已取得")));
        as(fx.drafter(), () -> milestones.report(d.id(), new ProgressRequest(ms.id(), today(), 100, "环评已完成。")));
        assertThat(mvc.post().uri(uri + "/evaluations").with(console(fx.drafter())).param("trigger", "ORGAN_DEEMS_NECESSARY")
                .param("evaluatorName", "省城某大学公共政策研究院").param("completedOn", today().toString())
                .param("report", "评估报告：项目运行平稳。").param("conclusion", "CONTINUE")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(uri + "/archive").with(console(fx.drafter())).param("archiveNo", "JC-2026-009"))
                .hasStatus3xxRedirection();
        String archived = page(uri, fx.drafter());
        assertThat(archived).contains("JC-2026-009", "省城某大学公共政策研究院", "测试" + fx.keeper(),
                "测试" + fx.reviewer());
        assertThat(publicPage("/decisions/" + d.id())).contains("完成项目环评", "省城某大学公共政策研究院");
    }
}
