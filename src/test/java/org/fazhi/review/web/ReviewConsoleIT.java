package org.fazhi.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.body;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.page;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.web.Fixtures;
import org.fazhi.normdocs.web.WebSupport;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewDesks;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The review desk console: its pages render for the desk, the rule-of-law office and the leader in
 * Chinese and English; a request shows the exact text with its 起草说明 and 制定依据, the earlier round
 * and the comparison; the desk's forms refuse with the reason beside the form and keep what was typed.
 */
@FazhiIT
class ReviewConsoleIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    LegalAdvisers advisers;
    @Autowired
    Units units;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    ReviewDesks desks;
    @Autowired
    ActingAs acting;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long secondRound() {
        return new Fixtures(units, bodies, desks, acting).secondRound(documents, reviews).id();
    }

    private LegalityReview freshRequest() {
        Fixtures.Body body = new Fixtures(units, bodies, desks, acting).countyBody();
        return acting.run("qicao", () -> {
            var d = documents.create(new DraftRequest(body.body().id(), null, null, "示范县城市道路照明设施管理办法",
                    false, "第一条 为加强城市道路照明设施管理，制定本办法。\n第二条 本办法自公布之日起施行。",
                    "道路照明设施管理职责不清，起草本办法。", "《城市道路管理条例》", "不涉及群众切身利益，对权利义务没有重大影响"));
            return documents.submitForReview(d.id());
        });
    }

    @Test
    void everyPageRendersForTheDeskTheOfficeAndTheLeaderInChineseAndEnglish() {
        long request = secondRound();
        long adviser = acting.run("shencha", () -> advisers.withUses(LocalDate.now().getYear())).get(0).adviser().id();
        for (String lang : List.of("zh_CN", "en")) {
            String q = "?lang=" + lang;
            for (String user : List.of("shencha", "fzb", "lingdao")) {
                var who = console(users, user);
                for (String uri : List.of("/console/review", "/console/review/requests",
                        "/console/review/requests/" + request, "/console/review/advisers", "/console/review/desks")) {
                    page(mvc, uri + q, who);
                }
            }
            page(mvc, "/console/review/requests/" + request + q, console(users, "qicao"));
            page(mvc, "/console/review/advisers/new" + q, console(users, "shencha"));
            page(mvc, "/console/review/advisers/" + adviser + "/edit" + q, console(users, "shencha"));
        }
        String html = page(mvc, "/console/review/requests/" + request + "?lang=zh_CN", console(users, "shencha"));
        assertThat(html).contains("送审文本（第 2 稿）", "起草说明", "制定依据", "文本与送审时的版本一致",
                "第 1 稿（上一轮审核的文本）与第 2 稿的比较", "已在第 2 稿落实", "出具审核意见", "提前办结理由",
                "示范明理律师事务所");
        assertThat(page(mvc, "/console/review/advisers?lang=zh_CN", console(users, "shencha")))
                .contains("温律恒", "不在聘用期");
        assertThat(page(mvc, "/console/review?lang=zh_CN", console(users, "shencha"))).contains("示范县农贸市场管理办法");
        assertThat(mvc.get().uri("/console/review").with(console(users, "admin")).exchange().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void theDeskConcludesThroughTheFormAndTheEarlyReasonIsRequiredBeforeTheMinimum() {
        clock.setDate(LocalDate.of(2026, 5, 11));
        LegalityReview r = freshRequest();
        var shencha = console(users, "shencha");
        String uri = "/console/review/requests/" + r.id();
        assertThat(page(mvc, uri, shencha)).contains("未满规定的最短审核期限");

        MvcTestResult early = mvc.post().uri(uri + "/conclusion").with(shencha).param("outcome", "LAWFUL")
                .param("opinion", "经审核，合法。").exchange();
        assertThat(early.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(early)).contains("审核时间不少于5个工作日（ND-02）", "经审核，合法。");

        MvcTestResult noChanges = mvc.post().uri(uri + "/conclusion").with(shencha).param("outcome", "LAWFUL_WITH_CHANGES")
                .param("opinion", "修改后合法。").param("earlyReason", "材料齐全。").exchange();
        assertThat(body(noChanges)).contains("须逐条列明修改意见");

        long expired = acting.run("shencha", () -> advisers.withUses(2026)).stream()
                .filter(u -> !u.adviser().engagedOn(LocalDate.of(2026, 5, 11))).findFirst().orElseThrow().adviser().id();
        MvcTestResult notEngaged = mvc.post().uri(uri + "/consultations").with(shencha)
                .param("adviserId", String.valueOf(expired)).param("consultedOn", "2026-05-11")
                .param("opinion", "意见。").exchange();
        assertThat(body(notEngaged)).contains("不在聘用期内");

        long engaged = acting.run("shencha", () -> advisers.withUses(2026)).stream()
                .filter(u -> u.adviser().engagedOn(LocalDate.of(2026, 5, 11))).findFirst().orElseThrow().adviser().id();
        assertThat(mvc.post().uri(uri + "/consultations").with(shencha).param("adviserId", String.valueOf(engaged))
                .param("consultedOn", "2026-05-11").param("opinion", "建议明确管理职责。")).hasStatus3xxRedirection();

        MvcTestResult materials = mvc.post().uri(uri + "/materials-request").with(shencha)
                .param("reason", "请补充制定依据原文。").exchange();
        assertThat(materials.getResponse().getStatus()).as("materials asked on the day of receipt").isEqualTo(302);
        assertThat(acting.run("shencha", () -> reviews.get(r.id())).status()).isEqualTo(ReviewStatus.AWAITING_MATERIALS);
        assertThat(mvc.post().uri(uri + "/materials-received").with(shencha)).hasStatus3xxRedirection();

        assertThat(mvc.post().uri(uri + "/conclusion").with(shencha).param("outcome", "LAWFUL_WITH_CHANGES")
                .param("opinion", "修改后合法。").param("requiredChanges", "1. 第一条应写明上位法依据。\n（二）第二条应明确有效期。")
                .param("earlyReason", "材料齐全，经集体研究提前办结。")).hasStatus3xxRedirection();
        LegalityReview concluded = acting.run("shencha", () -> reviews.get(r.id()));
        assertThat(concluded.requiredChanges()).extracting(c -> c.text())
                .containsExactly("第一条应写明上位法依据。", "第二条应明确有效期。");
        assertThat(concluded.consultations()).hasSize(1);
        assertThat(page(mvc, "/console/review/advisers?year=2026", shencha)).contains("2026 年共参与合法性审核");
    }

    @Test
    void theSubmitterWithdrawsAndTheRuleOfLawOfficeAssignsDesks() {
        LegalityReview r = freshRequest();
        MvcTestResult withdrawn = mvc.post().uri("/console/review/requests/" + r.id() + "/withdrawal")
                .with(console(users, "qicao")).param("reason", "需要重新研究。").exchange();
        assertThat(withdrawn.getResponse().getStatus()).isEqualTo(302);
        assertThat(acting.run("qicao", () -> reviews.get(r.id())).status()).isEqualTo(ReviewStatus.WITHDRAWN);

        long township = units.findByCode("SFX-DH").orElseThrow().id();
        long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
        var fzb = console(users, "fzb");
        assertThat(mvc.post().uri("/console/review/desks").with(fzb).param("decidingUnitId", String.valueOf(township))
                .param("deskUnitId", String.valueOf(justice))).hasStatus3xxRedirection();
        assertThat(WebSupport.read(WebSupport.json(mvc, "GET", "/api/v1/review/desks", DemoUsers.as("fzb"), null),
                "$.items[?(@.decidingUnitId == " + township + ")].deskUnitId").toString()).contains(String.valueOf(justice));
        assertThat(mvc.post().uri("/console/review/desks/" + township + "/removal").with(fzb)).hasStatus3xxRedirection();
        assertThat(desks.deskFor(township)).isEqualTo(township);
        assertThat(mvc.post().uri("/console/review/desks").with(console(users, "shencha"))
                .param("decidingUnitId", String.valueOf(township)).param("deskUnitId", String.valueOf(justice))
                .exchange().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void advisersAreRegisteredAndChangedThroughTheApiWithTheirUsesPerYear() {
        long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
        MvcTestResult created = WebSupport.json(mvc, "POST", "/api/v1/review/advisers", DemoUsers.as("shencha"), """
                {"unitId": %d, "name": "测试顾问", "kind": "LEGAL_ADVISER", "firm": "示范明理律师事务所",
                 "contractFrom": "2026-01-01", "contractTo": "2025-12-31"}
                """.formatted(justice));
        assertThat(created.getResponse().getStatus()).isEqualTo(400);
        created = WebSupport.json(mvc, "POST", "/api/v1/review/advisers", DemoUsers.as("shencha"), """
                {"unitId": %d, "name": "测试顾问", "kind": "LEGAL_ADVISER", "firm": "示范明理律师事务所",
                 "contractFrom": "2026-01-01", "contractTo": "2026-12-31"}
                """.formatted(justice));
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        long id = WebSupport.id(created, "$.id");
        MvcTestResult changed = WebSupport.json(mvc, "PUT", "/api/v1/review/advisers/" + id, DemoUsers.as("shencha"), """
                {"unitId": %d, "name": "测试顾问", "kind": "GOVERNMENT_LAWYER", "contractFrom": "2026-01-01"}
                """.formatted(justice));
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(WebSupport.json(mvc, "GET", "/api/v1/review/advisers?year=2026", DemoUsers.as("shencha"),
                null))).contains("测试顾问", "\"uses\"");
        assertThat(WebSupport.json(mvc, "GET", "/api/v1/review/advisers", DemoUsers.as("donghu"), null)
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(body(WebSupport.json(mvc, "GET", "/api/v1/review/advisers", DemoUsers.as("donghu"), null)))
                .doesNotContain("测试顾问");
    }
}
