package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.ReviewStatus;
import org.fazhi.support.Browser;
import org.fazhi.support.FazhiBrowserIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One major decision of the demo county through the user interface, in a real browser, from a catalog
 * item to the archive: the market bureau's drafter (qicao) starts it from an item added to the county's
 * catalog by amendment, opens it to public comment, announces a hearing, publishes its participants and
 * delivers the materials; a citizen comments on its second article on the portal; the hearing is held
 * on its day; after the window the drafter closes it (the comment answered) and sends the draft to
 * legality review; the county's 法治办 (fzb) convenes a 全体会议, tables the draft, records attendance
 * and the speeches with the head of government last, and closes the meeting; the drafter publishes the
 * decision, adds a milestone, reaches it, reports and archives; the portal shows the decision and the
 * hearing with the participants' names masked. The amendment, the comment's answer and the review
 * desk's conclusion go through their services (their own pages are other modules' journeys). The clock
 * stands 45 days back at the start and moves with the procedure. Screenshots under
 * target/screenshots/decision-*.png.
 */
@FazhiBrowserIT
class DecisionJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;
    @Autowired
    ActingAs acting;
    @Autowired
    DecisionCatalogs catalogs;
    @Autowired
    MajorDecisions decisions;
    @Autowired
    PublicConsultations participation;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    Units units;
    @Autowired
    Hearings hearings;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Opens every folded section of the page (the forms of the steps are folded until wanted). */
    private static void openAll(Browser browser) {
        browser.await(By.id("main"));
        browser.script("document.querySelectorAll('details').forEach(e => e.open = true);");
    }

    @Test
    void aDecisionGoesFromItsCatalogItemThroughCommentHearingReviewAndMeetingToTheArchive() {
        LocalDate today = LocalDate.now(TestClock.ZONE);
        String marker = "旅程" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String title = "示范县" + marker + "农贸市场管理方案";
        long market = units.findByCode("SFX-SJJ").orElseThrow().id();
        DecisionCatalog catalog = acting.run("fzb", () -> catalogs.published().stream()
                .filter(c -> c.title().startsWith("示范县人民政府")).findFirst().orElseThrow());
        CatalogAmendment added = acting.run("fzb", () -> catalogs.amend(catalog.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.ADD, null, new CatalogItemRequest(title, market, 4,
                        List.of(DecisionCriterion.PUBLIC_INTEREST), "涉及群众切身利益"),
                "年中增列", new ApprovalRequest("中共示范县委员会", "县委常委会会议纪要（旅程）", today))));
        LocalDate start = today.minusDays(45);
        LocalDate hearingDay = start.plusDays(10);
        clock.setDate(start);

        try (Browser browser = Browser.start(port)) {
            WebDriver d = browser.driver;

            // 1. The sponsoring bureau's drafter starts the decision from the catalog item.
            browser.signIn("qicao");
            browser.open("/console/decisions");
            new Select(browser.await(By.id("catalogItemId"))).selectByValue(String.valueOf(added.itemId()));
            browser.click(d.findElement(By.id("new-affectsPublic")));
            browser.click(d.findElement(By.id("new-majorPublicInterest")));
            browser.type("body", "第一条 为了规范" + marker + "农贸市场管理，制定本方案。\n"
                    + "第二条 农贸市场摊位费实行政府指导价，由县市场监督管理局会同有关部门制定。\n"
                    + "第三条 本方案自公布之日起施行。");
            browser.type("explanation", "起草说明：本方案涉及经营者和群众切身利益，依法公开征求意见并举行听证。");
            browser.click(d.findElement(By.cssSelector("#start-form button[type=submit]")));
            browser.await(By.id("decision-status"));
            Matcher m = Pattern.compile("/console/decisions/(\\d+)").matcher(d.getCurrentUrl());
            assertThat(m.find()).as("the decision's page: %s", d.getCurrentUrl()).isTrue();
            long id = Long.parseLong(m.group(1));
            String page = "/console/decisions/" + id;
            assertThat(d.findElement(By.id("procedure-table")).getText()).contains("MD-02").contains("MD-03");

            // 2. Public comment for at least 30 days (MD-02).
            String earliest = browser.await(By.id("closesOn")).getAttribute("value");
            assertThat(LocalDate.parse(earliest)).isAfterOrEqualTo(start.plusDays(30));
            // it may close from the day after its 30th; it runs five days longer, so it is closed by hand
            browser.script("document.getElementById('closesOn').value = arguments[0];",
                    LocalDate.parse(earliest).plusDays(5).toString());
            browser.submit("/consultation");
            browser.await(By.id("consultations"));

            // 3. The hearing: announced, participants published, materials delivered 7 days ahead (MD-03).
            browser.open(page + "#hearings");
            openAll(browser);
            browser.script("document.getElementById('hearingDate').value = arguments[0];", hearingDay.toString());
            browser.type("place", "示范县人民政府第二会议室");
            browser.type("announcement", "县人民政府定于" + hearingDay + "就" + title + "举行听证会。");
            browser.submit("/hearings");
            openAll(browser);
            browser.type("participants", "林晓禾 | 消费者代表 | 城东社区\n顾子安 | 经营者代表 | 城区农贸市场");
            browser.submit("/hearing/participants");
            openAll(browser);
            browser.script("document.getElementById('deliveredOn').value = arguments[0];", start.toString());
            browser.submit("/hearing/delivery");
            assertThat(browser.awaitText(By.id("hearings"), hearingDay.toString(), "林晓禾")).isNotBlank();
            browser.screenshot("decision-1-consulting-hearing-announced");

            // 4. A citizen comments on the second article on the portal and gets a receipt.
            d.manage().deleteAllCookies();
            browser.open("/consultations");
            browser.click(browser.await(By.partialLinkText(marker)));
            new Select(browser.await(By.id("articleNo"))).selectByValue("2");
            browser.type("contact", "13900139001");
            browser.type("content", "建议第二条明确摊位费调整前听取经营者意见。");
            browser.click(d.findElement(By.id("comment-submit")));
            assertThat(browser.await(By.id("receipt-number")).getText()).startsWith("YJ");
            browser.screenshot("decision-2-article-comment");

            // 5. The hearing is held on its day, with its transcript.
            clock.setDate(hearingDay);
            browser.signIn("qicao");
            browser.open(page + "#hearings");
            openAll(browser);
            browser.script("document.getElementById('heldOn').value = arguments[0];", hearingDay.toString());
            browser.type("transcript", "听证笔录：主持人宣布听证纪律，陈述人依次发言……");
            browser.submit("/hearing/record");
            assertThat(browser.await(By.id("hearings")).getText()).contains("已举行");

            // 6. After the window: closed, the comment answered, the draft sent to legality review.
            LocalDate after = LocalDate.parse(earliest).plusDays(1);
            clock.setDate(after);
            browser.signIn("qicao"); // three weeks on, the session has expired
            browser.open(page);
            browser.submit("/consultation/closure");
            browser.await(By.id("consultations"));
            acting.run("qicao", () -> {
                for (PublicComment c : participation.commentsOfSubject(MajorDecision.SUBJECT.ref(id))) {
                    participation.dispose(c.id(), new DispositionRequest(Disposition.ADOPTED, null));
                }
                return null;
            });
            browser.open(page);
            browser.submit("/review-submission");
            assertThat(browser.await(By.id("decision-status")).getText()).contains("审查");
            LegalityReview review = acting.run("shencha", () -> reviews.forSubject(MajorDecision.SUBJECT.ref(id))
                    .stream().filter(r -> r.status() == ReviewStatus.SUBMITTED).findFirst().orElseThrow());
            acting.run("shencha", () -> reviews.conclude(review.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                    "经审查，决策草案合法，程序完备。", List.of(), "材料齐全，提前办结")));

            // 7. The county government's 法治办 convenes a 全体会议 and tables the draft.
            browser.signIn("fzb");
            browser.open("/console/decisions/meetings");
            new Select(browser.await(By.id("mt-kind"))).selectByValue("PLENARY");
            browser.type("mt-title", "示范县人民政府全体会议（" + marker + "）");
            browser.script("document.getElementById('mt-date').value = arguments[0];", after.toString());
            browser.type("mt-place", "县政府常务会议室");
            browser.click(d.findElement(By.cssSelector("#meeting-form button[type=submit]")));
            browser.await(By.id("meeting-status"));
            String meetingPage = java.net.URI.create(d.getCurrentUrl()).getPath();
            new Select(browser.await(By.id("decisionId"))).selectByValue(String.valueOf(id));
            browser.submit("/decision-topics");
            assertThat(browser.await(By.id("topics")).getText()).contains(title);

            // 8. Attendance, then the speeches in order with the head of government last.
            browser.type("name-0", "周正言");
            browser.type("position-0", "县长");
            browser.click(d.findElement(By.id("head-0")));
            browser.type("name-1", "许明达");
            browser.type("position-1", "常务副县长");
            browser.submit("/attendance");
            browser.await(By.id("attendees"));
            List<WebElement> orders = d.findElements(By.cssSelector("form[action$='/deliberation'] input[name^='order-']"));
            assertThat(orders).hasSizeGreaterThanOrEqualTo(2);
            browser.open(meetingPage);
            orders = d.findElements(By.cssSelector("form[action$='/deliberation'] input[name^='order-']"));
            // the head (first row) speaks last
            browser.script("arguments[0].value = '2'; arguments[1].value = '1';", orders.get(0), orders.get(1));
            for (WebElement opinion : d.findElements(By.cssSelector("form[action$='/deliberation'] [name^='opinion-']"))) {
                browser.script("arguments[0].value = '同意。';", opinion);
            }
            for (WebElement stance : d.findElements(By.cssSelector("form[action$='/deliberation'] select[name^='stance-']"))) {
                new Select(stance).selectByValue("AGREE");
            }
            WebElement outcome = d.findElement(By.cssSelector("form[action$='/deliberation'] select[name='outcome']"));
            new Select(outcome).selectByValue("PASSED");
            browser.script("arguments[0].value = '会议原则通过。';",
                    d.findElement(By.cssSelector("form[action$='/deliberation'] [name='conclusion']")));
            browser.submitConfirmed("/deliberation");
            assertThat(browser.await(By.id("topics")).getText()).contains("周正言");
            browser.submitConfirmed("/closure");
            browser.await(By.id("meeting-status"));
            browser.screenshot("decision-3-decided");

            // 9. Published, implemented, archived.
            browser.signIn("qicao");
            browser.open(page);
            openAll(browser);
            browser.script("document.getElementById('pub-date').value = arguments[0];", after.toString());
            browser.type("pub-channels", "示范县人民政府网站");
            browser.submitConfirmed("/publication");
            openAll(browser);
            browser.type("ms-title", "完成摊位费标准公示");
            new Select(browser.await(By.id("ms-unit"))).selectByValue(String.valueOf(market));
            browser.script("document.getElementById('ms-due').value = arguments[0];", after.plusDays(10).toString());
            browser.submit("/milestones");
            openAll(browser);
            WebElement completion = browser.await(By.cssSelector("form[action$='/completion']"));
            browser.script("arguments[0].querySelector(\"[name='completedOn']\").value = arguments[1];"
                    + "arguments[0].querySelector(\"[name='note']\").value = '已公示。';", completion, after.toString());
            browser.submit("/completion");
            browser.await(By.id("milestones"));
            openAll(browser);
            browser.script("document.getElementById('pr-on').value = arguments[0];", after.toString());
            browser.type("pr-pct", "100");
            browser.type("pr-report", "方案全部落实。");
            browser.submit("/progress");
            openAll(browser);
            browser.await(By.cssSelector("#archive-form [name='archiveNo']")).sendKeys("JC-" + marker);
            browser.submitConfirmed("/archive");
            assertThat(browser.await(By.id("decision-status")).getText()).contains("已归档");
            assertThat(d.findElement(By.id("process-record")).getText()).contains("苏文拟");
            browser.screenshot("decision-4-archived");

            // 10. The public side: the decision published, the hearing with the participants' names masked.
            d.manage().deleteAllCookies();
            browser.open("/decisions/" + id);
            assertThat(browser.await(By.id("main")).getText()).contains(title);
            long hearingId = acting.run("qicao", () -> hearings.ofDecision(id)).get(0).id();
            browser.open("/hearings/" + hearingId);
            assertThat(browser.await(By.id("main")).getText()).contains("林某").doesNotContain("林晓禾");
        }
    }
}
