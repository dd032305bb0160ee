package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.page;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewDesks;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The normative-document console pages render for the roles that use them, in Chinese and English. */
@FazhiIT
class NormdocsConsolePagesIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    Cleanups cleanups;
    @Autowired
    ActingAs acting;
    @Autowired
    Units units;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    ReviewDesks desks;
    @Autowired
    Consultations consultations;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long demo(String titlePart) {
        return acting.run("fzb", () -> documents.list(null, null, null, null, titlePart, new PageQuery(0, 5)))
                .items().stream().map(NormativeDocument::id).findFirst().orElseThrow();
    }

    @Test
    void everyPageRendersForTheRolesThatUseItInChineseAndEnglish() {
        long consulting = demo("预付式消费");
        long reviewing = demo("部门联合抽查");
        long imported = demo("行政规范性文件管理办法");
        for (String lang : List.of("zh_CN", "en")) {
            String q = "?lang=" + lang;
            for (String user : List.of("fzb", "qicao", "shencha", "lingdao")) {
                var who = console(users, user);
                for (String uri : List.of("/console/normdocs", "/console/normdocs/" + consulting,
                        "/console/normdocs/" + reviewing, "/console/normdocs/" + reviewing + "/compare",
                        "/console/normdocs/bodies", "/console/normdocs/plans", "/console/normdocs/cleanups",
                        "/console/normdocs/near-expiry")) {
                    page(mvc, uri + q, who);
                }
            }
            for (String user : List.of("fzb", "qicao")) {
                var who = console(users, user);
                page(mvc, "/console/normdocs/new" + q, who);
                page(mvc, "/console/normdocs/" + reviewing + "/versions/new" + q, who);
                page(mvc, "/console/normdocs/cleanups/new" + q, who);
            }
            var fzb = console(users, "fzb");
            page(mvc, "/console/normdocs/" + imported + q, fzb);
            page(mvc, "/console/normdocs/import" + q, fzb);
            page(mvc, "/console/normdocs/import" + q, console(users, "shencha"));
        }
        assertThat(page(mvc, "/console/normdocs?lang=en", console(users, "fzb"))).contains("Normative documents");
        assertThat(page(mvc, "/console/normdocs?lang=zh_CN", console(users, "fzb"))).contains("规范性文件", "示政发");
    }

    @Test
    void theDocumentPageSaysTheNextLegalStepAndWhyAStepIsRefused() {
        clock.setDate(LocalDate.of(2026, 9, 1));
        Fixtures.Body body = new Fixtures(units, bodies, desks, acting).countyBody();
        long consulting = acting.run("qicao", () -> {
            var d = documents.create(new DraftRequest(body.body().id(), null, null, "示范县住宅小区物业服务管理办法", true,
                    "第一条 为规范物业服务，制定本办法。", null, null, null));
            consultations.open(d.id(), LocalDate.of(2026, 9, 20));
            return d.id();
        });
        String html = page(mvc, "/console/normdocs/" + consulting + "?lang=zh_CN", console(users, "qicao"));
        assertThat(html).contains("正在公开征求意见", "征求意见须持续到 2026-09-10 当日结束", "结束征求意见");
        assertThat(page(mvc, "/console/normdocs/" + consulting + "?lang=en", console(users, "qicao")))
                .contains("may not close before 2026-09-10");

        var second = new Fixtures(units, bodies, desks, acting).secondRound(documents, reviews);
        long reviewing = Long.parseLong(second.subject().subjectId());
        assertThat(page(mvc, "/console/normdocs/" + reviewing + "?lang=zh_CN", console(users, "qicao")))
                .contains("合法性审核中", "合法性审核尚未完成，不得提交集体审议", "已在第 2 稿落实");
    }

    @Test
    void theMenuShowsTheNormativeDocumentEntriesToBusinessRolesOnly() {
        assertThat(page(mvc, "/console", console(users, "qicao"))).contains("规范性文件", "制定计划")
                .doesNotContain("目录导入");
        assertThat(page(mvc, "/console", console(users, "fzb"))).contains("目录导入", "审核工作台");
        assertThat(page(mvc, "/console", console(users, "admin"))).doesNotContain("制定计划", "审核工作台");
        assertThat(mvc.get().uri("/console/normdocs").with(console(users, "admin")).exchange().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
