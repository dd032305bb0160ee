package org.fazhi.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.Filings;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.domain.NormdocsFixture;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.springframework.context.ApplicationContext;

/**
 * A town of its own under 示范县 (see {@link NormdocsFixture}) with, in {@value #YEAR}, two normative
 * documents reviewed, deliberated, registered and published, of which only the first is filed: a
 * filing rate of 1 / 2 that no other test or demo record can change.
 */
record AssessmentTown(NormdocsFixture fx, NormativeDocument filed, NormativeDocument notFiled) {

    static final int YEAR = 2025;
    static final LocalDate PUBLISHED = LocalDate.of(YEAR, 3, 20);
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    static AssessmentTown create(ApplicationContext ctx) {
        TestClock clock = ctx.getBean(TestClock.class);
        ActingAs as = ctx.getBean(ActingAs.class);
        Filings filings = ctx.getBean(Filings.class);
        NormdocsFixture fx = NormdocsFixture.create(ctx);
        try {
            clock.setDate(PUBLISHED);
            NormativeDocument a = published(ctx, fx, "考核指标文件甲");
            NormativeDocument b = published(ctx, fx, "考核指标文件乙");
            clock.setDate(PUBLISHED.plusDays(5));
            as.run(fx.drafter(), () -> filings.file(a.id(), new FilingRequest("示范县人民政府", PUBLISHED.plusDays(5),
                    "BA" + fx.tag(), null, null)));
            return new AssessmentTown(fx, a, b);
        } finally {
            clock.reset();
        }
    }

    long town() {
        return fx.town();
    }

    private static NormativeDocument published(ApplicationContext ctx, NormdocsFixture fx, String title) {
        ActingAs as = ctx.getBean(ActingAs.class);
        NormativeDocuments documents = ctx.getBean(NormativeDocuments.class);
        LegalityReviews reviews = ctx.getBean(LegalityReviews.class);
        NormativeDocument d = as.run(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                title + fx.tag(), false, "第一条 为规范" + title + "，制定本办法。\n第二条 本办法自公布之日起施行。",
                "起草说明：" + title, "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》", "不涉及群众切身利益，对权利义务没有重大影响")));
        long reviewId = as.run(fx.drafter(), () -> documents.submitForReview(d.id())).id();
        as.run(fx.reviewer(), () -> reviews.conclude(reviewId, new ConclusionRequest(ReviewOutcome.LAWFUL, "经审核，合法。",
                List.of(), "领导交办，急需出台")));
        as.run(fx.drafter(), () -> documents.deliberate(d.id(), new DeliberationRequest("镇政府第"
                + NUMBERS.incrementAndGet() + "次常务会议", PUBLISHED, DeliberationRequest.Decision.PASSED, null)));
        String number = fx.body().docNumberPrefix() + "〔" + YEAR + "〕" + NUMBERS.incrementAndGet() + "号";
        as.run("fzb", () -> documents.register(d.id(), number));
        return as.run(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(PUBLISHED, PUBLISHED, null, null)));
    }
}
