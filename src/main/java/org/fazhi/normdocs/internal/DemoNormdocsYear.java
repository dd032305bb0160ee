package org.fazhi.normdocs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fazhi.normdocs.CorrectionRequest;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.FilingReviewRequest;
import org.fazhi.normdocs.FilingReviewResult;
import org.fazhi.normdocs.Filings;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.PlatformClock;
import org.fazhi.units.ActingAs;
import org.springframework.stereotype.Component;

/**
 * The demo county's year of normative documents, replayed through the real procedure on the days it
 * happened (the platform clock stands on each day in turn, so every gate, deadline and audit entry is
 * the one the step makes): documents consulted on, reviewed, deliberated, registered, published and
 * filed on time or late, a filing review passed and one asking for a correction (made, and one still
 * pending), a filing overdue, one still within its period, one registered and waiting for publication,
 * one deliberated, one reviewed as unlawful, one withdrawn and one just started. The figures (review and filing rates),
 * the 督办台 and the portal therefore show a real year on a fresh start. Every name and text is invented.
 */
@Component
class DemoNormdocsYear {

    private final NormativeDocuments documents;
    private final Consultations consultations;
    private final Filings filings;
    private final LegalityReviews reviews;
    private final IssuingBodyStore bodies;
    private final ActingAs acting;
    private final Clock clock;
    private final AtomicInteger numbers = new AtomicInteger(20);
    private LocalDate today;

    DemoNormdocsYear(NormativeDocuments documents, Consultations consultations, Filings filings,
            LegalityReviews reviews, IssuingBodyStore bodies, ActingAs acting, Clock clock) {
        this.documents = documents;
        this.consultations = consultations;
        this.filings = filings;
        this.reviews = reviews;
        this.bodies = bodies;
        this.acting = acting;
        this.clock = clock;
    }

    /** Loads the year; returns how many documents it took through the procedure (0 without a replayable clock). */
    int load() {
        if (!(clock instanceof PlatformClock)) {
            return 0;
        }
        today = LocalDate.now(clock);
        String market = "示范县市场监督管理局";
        String county = "示范县人民政府";

        // consulted on, reviewed, deliberated, published, filed on time, the filing review passed
        long a = consulted(market, "示范县农贸市场经营秩序管理规定", 320);
        publishedAndFiled(a, 280, 268, 262, 258, 250);
        on(200, () -> filings.recordReview(a, new FilingReviewRequest(FilingReviewResult.PASSED, day(200), null)));

        // published, filed late, a correction asked for and made within LC-05
        long b = drafted(county, "示范县政务服务“一网通办”工作规则", 250);
        publishedAndFiled(b, 246, 238, 234, 232, 190);
        on(160, () -> filings.recordReview(b, new FilingReviewRequest(FilingReviewResult.CORRECTION_REQUESTED,
                day(160), "第六条关于材料补正期限的规定与《优化营商环境条例》不一致，请予纠正。")));
        on(140, () -> filings.recordCorrection(b, new CorrectionRequest(day(140),
                "已印发修改决定，将第六条补正期限修改为一次性告知、五个工作日内补正。")));

        // published, filed on time, a correction asked for and still pending (due within LC-05)
        long c = drafted(market, "示范县网络交易监督管理实施细则", 130);
        publishedAndFiled(c, 124, 116, 112, 110, 95);
        on(10, () -> filings.recordReview(c, new FilingReviewRequest(FilingReviewResult.CORRECTION_REQUESTED,
                day(10), "第九条设定的“经营者信用承诺书”缺乏上位法依据，请予纠正。")));

        // published more than the filing period ago and not filed: overdue on the 督办台
        long d = drafted(county, "示范县城乡供水管理办法", 90);
        published(d, 86, 76, 72, 70);

        // published recently: within its filing period, counted in no rate yet
        long e = drafted(market, "示范县食品小作坊登记管理规定", 40);
        published(e, 36, 26, 22, 18);

        // registered, waiting for publication (GI-05 on the 督办台)
        long f = drafted(county, "示范县住宅小区物业服务监督管理办法", 30);
        reviewed(f, 28, ReviewOutcome.LAWFUL, 18);
        deliberated(f, 14);
        registered(f, 8);

        // deliberated, waiting for registration
        long g = drafted(market, "示范县广告发布登记管理规定", 24);
        reviewed(g, 22, ReviewOutcome.LAWFUL, 12);
        deliberated(g, 6);

        // reviewed: unlawful, back with the drafter
        long h = drafted(market, "示范县商品交易市场准入管理办法", 60);
        reviewed(h, 55, ReviewOutcome.UNLAWFUL, 45);

        // consulted on, then withdrawn (停止制定)
        long w = consulted(market, "示范县户外促销活动管理规定", 150);
        on(110, () -> documents.withdraw(w, "上位法修订后已作出统一规定，停止制定。"));

        // just started
        drafted(market, "示范县电动自行车停放充电管理规定", 3);
        return 10;
    }

    // ----- the steps, each on its day -----

    private long drafted(String body, String name, int daysAgo) {
        return on(daysAgo, () -> documents.create(draft(body, name, false)).id());
    }

    /** Drafted for public comment: consulted for the minimum period, comments received and answered. */
    private long consulted(String body, String name, int daysAgo) {
        long id = on(daysAgo, () -> documents.create(draft(body, name, true)).id());
        PublicConsultation window = on(daysAgo, () -> consultations.open(id,
                consultations.earliestClose(day(daysAgo), unitOf(id))));
        int closedAgo = daysAgo - (int) (window.closesOn().toEpochDay() - day(daysAgo).toEpochDay()) - 1;
        PublicComment adopted = on(daysAgo - 2, () -> consultations.comment(window.id(), new CommentRequest(null,
                "shangjia@example.cn", null, "建议明确经营者办理相关手续的期限，并在政府网站公布办事指南。", 2)));
        PublicComment declined = on(daysAgo - 3, () -> consultations.enterComment(id, new CommentRequest(
                "示范县个体劳动者协会（来函）", "xiehui@example.org", "示范县个体劳动者协会",
                "建议取消对经营者的全部监督检查。", 3)));
        on(closedAgo, () -> {
            consultations.close(id);
            consultations.dispose(adopted.id(), new DispositionRequest(Disposition.ADOPTED, null));
            return consultations.dispose(declined.id(), new DispositionRequest(Disposition.NOT_ADOPTED,
                    "监督检查是法律、法规规定的职责，不能取消；已在第三条明确检查应当随机抽取、结果公开。"));
        });
        return id;
    }

    private void publishedAndFiled(long id, int submitted, int concluded, int deliberatedAgo, int publishedAgo,
            int filedAgo) {
        published(id, submitted, concluded, deliberatedAgo, publishedAgo);
        on(filedAgo, () -> filings.file(id, new FilingRequest(filings.of(id).orElseThrow().filedTo(), day(filedAgo),
                "BA" + day(filedAgo).getYear() + String.format("%04d", id), false, null)));
    }

    private void published(long id, int submitted, int concluded, int deliberatedAgo, int publishedAgo) {
        reviewed(id, submitted, ReviewOutcome.LAWFUL, concluded);
        deliberated(id, deliberatedAgo);
        registered(id, publishedAgo + 2);
        on(publishedAgo, () -> documents.publish(id, new PublicationRequest(day(publishedAgo),
                day(publishedAgo).plusDays(30), null, null)));
    }

    private void reviewed(long id, int submittedAgo, ReviewOutcome outcome, int concludedAgo) {
        LegalityReview review = on(submittedAgo, () -> documents.submitForReview(id));
        LocalDate planned = day(concludedAgo);
        LocalDate on = planned.isBefore(review.earliestConclusion()) ? review.earliestConclusion() : planned;
        if (on.isAfter(today)) {
            on = today;
        }
        String opinion = outcome == ReviewOutcome.LAWFUL ? "经审核，该文件制定主体适格，内容符合法律、法规、规章和国家政策规定，程序合法。"
                : "经审核，该文件设定市场准入条件，违反《中华人民共和国行政许可法》第十五条、第十七条的规定，不合法，不得提交集体审议。";
        LocalDate conclusionDay = on;
        acting.run("shencha", () -> onDay(conclusionDay, () -> reviews.conclude(review.id(),
                new ConclusionRequest(outcome, opinion, List.of(),
                        conclusionDay.isBefore(review.earliestConclusion()) ? "起草单位已提前报送完整材料。" : null))));
    }

    private void deliberated(long id, int daysAgo) {
        on(daysAgo, () -> documents.deliberate(id, new DeliberationRequest("县政府第" + numbers.incrementAndGet()
                + "次常务会议", day(daysAgo), DeliberationRequest.Decision.PASSED, null)));
    }

    private void registered(long id, int daysAgo) {
        NormativeDocument d = on(daysAgo, () -> documents.get(id));
        IssuingBody body = bodies.find(d.issuingBodyId()).orElseThrow();
        String number = body.docNumberPrefix() + "〔" + day(daysAgo).getYear() + "〕" + numbers.incrementAndGet() + "号";
        acting.run("shencha", () -> onDay(day(daysAgo), () -> documents.register(id, number)));
    }

    private DraftRequest draft(String body, String name, boolean affectsRights) {
        long bodyId = bodies.findByName(body).map(IssuingBody::id).orElseThrow();
        String text = """
                第一条 为规范%1$s有关管理工作，维护公共利益和公民、法人和其他组织的合法权益，根据有关法律、法规的规定，结合本县实际，制定本规定。
                第二条 本县行政区域内的%1$s有关管理活动，适用本规定。
                第三条 县有关主管部门按照职责做好监督管理工作，监督检查应当随机抽取检查对象、随机选派检查人员，检查结果依法公开。
                第四条 有关主管部门应当公布办事指南，一次性告知需要提交的全部材料。
                第五条 违反本规定的行为，法律、法规已有处罚规定的，从其规定。
                第六条 本规定自公布之日起三十日后施行，有效期5年。""".formatted(name.replace("示范县", ""));
        return new DraftRequest(bodyId, null, null, name, affectsRights, text,
                "为解决" + name.replace("示范县", "") + "工作中存在的问题，起草单位在调研的基础上起草了本文件。",
                "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》及有关法律、法规。",
                affectsRights ? null : "本文件规范行政机关内部工作程序，不涉及群众切身利益，对公民、法人和其他组织的权利义务没有重大影响。");
    }

    /** Runs a drafter's step (qicao, the market bureau's drafter) standing on the day {@code daysAgo}. */
    private <T> T on(int daysAgo, Supplier<T> work) {
        return acting.run("qicao", () -> onDay(day(daysAgo), work));
    }

    private <T> T onDay(LocalDate day, Supplier<T> work) {
        return ((PlatformClock) clock).standingOn(day, work);
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    private long unitOf(long documentId) {
        return documents.get(documentId).unitId();
    }
}
