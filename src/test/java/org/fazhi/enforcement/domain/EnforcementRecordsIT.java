package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.enforcement.AnnualStatistics;
import org.fazhi.enforcement.BenchmarkCheck;
import org.fazhi.enforcement.BenchmarkRequest;
import org.fazhi.enforcement.CaseFileEvaluation;
import org.fazhi.enforcement.CaseFileEvaluations;
import org.fazhi.enforcement.CertificateRequest;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.CriminalTransfer;
import org.fazhi.enforcement.CriminalTransfers;
import org.fazhi.enforcement.DecisionChangeRequest;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.EvaluationRequest;
import org.fazhi.enforcement.EvaluationTemplate;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceRequest;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExamRequest;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.OfficerRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.PublishedDecision;
import org.fazhi.enforcement.ReviewerRatio;
import org.fazhi.enforcement.ReviewerRequest;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.StatisticsFigure;
import org.fazhi.enforcement.TemplateRequest;
import org.fazhi.enforcement.TransferOutcome;
import org.fazhi.enforcement.TransferRequest;
import org.fazhi.enforcement.internal.Sm3;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registers and the records around cases: no certificate without a passed exam, none for
 * auxiliary staff; the reviewer ratio against TS-03; evidence kept with SHA-256 and SM3 and superseded,
 * never replaced; the benchmark version in force on the case date; PN-03's withdrawal deadline; the
 * annual statistics computed from the cases and published after the year (TS-02); case-file
 * evaluation; transfers with receipt and outcome.
 */
@FazhiIT
class EnforcementRecordsIT extends EnforcementTestBase {

    @Autowired
    DiscretionBenchmarks benchmarks;
    @Autowired
    EnforcementStatistics statistics;
    @Autowired
    CaseFileEvaluations evaluations;
    @Autowired
    CriminalTransfers transfers;
    @Autowired
    Deadlines deadlines;

    @Test
    void aCertificateIsIssuedOnlyAfterAPassedExamAndNeverToAuxiliaryStaff() {
        Officer o = officer(() -> officers.register(new OfficerRequest(fx.agency().id(), "新" + fx.tag(),
                OfficerKind.OFFICER, "综合执法", null)));
        CertificateRequest cert = new CertificateRequest("N" + fx.tag() + "01", "示范县人民政府", today(),
                today().plusYears(5), null);
        refused(() -> as("fzb", () -> officers.issueCertificate(o.id(), cert)), "no-passed-exam");
        officer(() -> officers.recordExam(o.id(), new ExamRequest("行政执法资格考试", today().minusDays(3),
                new BigDecimal("55"), new BigDecimal("60"))));
        refused(() -> as("fzb", () -> officers.issueCertificate(o.id(), cert)), "no-passed-exam");
        officer(() -> officers.recordExam(o.id(), new ExamRequest("行政执法资格补考", today().minusDays(1),
                new BigDecimal("71"), new BigDecimal("60"))));
        Officer issued = as("fzb", () -> officers.issueCertificate(o.id(), cert));
        assertThat(issued.standingOn(today()).valid()).isTrue();
        refused(() -> as("fzb", () -> officers.issueCertificate(fx.auxiliary().id(), new CertificateRequest(
                "X" + fx.tag() + "01", "示范县人民政府", today(), today().plusYears(5), null))), "auxiliary-uncertified");
    }

    @Test
    void theReviewerRatioIsMeasuredAgainstTheFivePercentOfTs03() {
        ReviewerRatio before = officer(() -> agencies.ratio(fx.agency().id()));
        assertThat(before.target()).isEqualByComparingTo("5");
        assertThat(before.officers()).as("valid certificates only").isGreaterThanOrEqualTo(3);
        officer(() -> agencies.designateReviewer(fx.agency().id(), new ReviewerRequest("审核" + fx.tag(), null, true,
                null)));
        ReviewerRatio after = officer(() -> agencies.ratio(fx.agency().id()));
        assertThat(after.reviewers()).isEqualTo(before.reviewers() + 1);
        assertThat(after.met()).as("one reviewer for a handful of officers meets 5%").isTrue();
    }

    @Test
    void evidenceIsKeptWithItsDigestsAndSupersededNeverReplaced() {
        EnforcementCase c = open("证据");
        byte[] first = "%PDF-1.4\n% first\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        EvidenceItem e = officer(() -> evidence.add(c.id(), new ByteArrayInputStream(first), "inquiry.pdf",
                "application/pdf", new EvidenceRequest("询问笔录", EvidenceKind.DOCUMENT, EvidenceStage.INVESTIGATION,
                        null, "办公室", null, null)));
        assertThat(e.sm3()).isEqualTo(Sm3.of(first));
        assertThat(e.sha256()).hasSize(64);
        invalid(() -> officer(() -> evidence.add(c.id(), new ByteArrayInputStream(first), "inquiry.pdf",
                "application/pdf", new EvidenceRequest("照片", EvidenceKind.PHOTO, EvidenceStage.INVESTIGATION, null,
                        null, null, null))), "kind");
        byte[] second = "%PDF-1.4\n% corrected\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        EvidenceItem corrected = officer(() -> evidence.supersede(c.id(), e.id(), new ByteArrayInputStream(second),
                "inquiry-2.pdf", "application/pdf", new EvidenceRequest("询问笔录（更正）", EvidenceKind.DOCUMENT,
                        EvidenceStage.INVESTIGATION, null, null, null, "第二页签名遗漏")));
        List<EvidenceItem> all = officer(() -> evidence.of(c.id()));
        assertThat(all).hasSize(2);
        assertThat(all.get(0).supersededBy()).isEqualTo(corrected.id());
        assertThat(corrected.supersedesId()).isEqualTo(e.id());
        refused(() -> officer(() -> evidence.supersede(c.id(), e.id(), new ByteArrayInputStream(second), "x.pdf",
                "application/pdf", new EvidenceRequest("再更正", EvidenceKind.DOCUMENT, EvidenceStage.INVESTIGATION,
                        null, null, null, "再次"))), "evidence-superseded");
    }

    @Test
    void theBenchmarkInForceOnTheCaseDateApplies() {
        String code = "W" + fx.tag();
        LocalDate switchDay = today().minusDays(30);
        officer(() -> benchmarks.publish(new BenchmarkRequest(fx.unit(), code, "旧基准" + fx.tag(), "依据",
                today().minusYears(1), List.of(new BenchmarkRequest.Level(Circumstance.GENERAL, "一般",
                        PenaltyType.FINE, new BigDecimal("100"), new BigDecimal("500"))))));
        officer(() -> benchmarks.publish(new BenchmarkRequest(fx.unit(), code, "新基准" + fx.tag(), "依据",
                switchDay, List.of(new BenchmarkRequest.Level(Circumstance.GENERAL, "一般", PenaltyType.FINE,
                        new BigDecimal("1000"), new BigDecimal("5000"))))));
        BenchmarkCheck before = benchmarks.check(fx.unit(), code, switchDay.minusDays(1), Circumstance.GENERAL,
                PenaltyType.FINE, new BigDecimal("400"));
        BenchmarkCheck after = benchmarks.check(fx.unit(), code, switchDay, Circumstance.GENERAL, PenaltyType.FINE,
                new BigDecimal("400"));
        assertThat(before.verdict()).isEqualTo(BenchmarkCheck.Verdict.WITHIN);
        assertThat(before.benchmark().versionNo()).isEqualTo(1);
        assertThat(before.benchmark().effectiveTo()).isEqualTo(switchDay.minusDays(1));
        assertThat(after.verdict()).isEqualTo(BenchmarkCheck.Verdict.DEVIATES);
        assertThat(after.benchmark().versionNo()).isEqualTo(2);
        invalid(() -> officer(() -> benchmarks.publish(new BenchmarkRequest(fx.unit(), code, "倒签" + fx.tag(), "依据",
                switchDay.minusDays(5), List.of(new BenchmarkRequest.Level(Circumstance.GENERAL, "一般",
                        PenaltyType.FINE, new BigDecimal("1"), new BigDecimal("2")))))), "effectiveFrom");
    }

    @Test
    void aRevokedPublishedDecisionIsWithdrawnWithinPn03WithItsPublicReason() {
        EnforcementCase c = decided("撤回公示");
        PublishedDecision p = officer(() -> publications.publish(c.id(), new PublicationStepRequest(null, null, null)));
        EnforcementCase changed = officer(() -> publications.changeDecision(c.id(), new DecisionChangeRequest(null,
                ChangeKind.REVOKED, "行政复议决定撤销", null)));
        var due = deadlines.find(changed.withdrawalDeadlineId()).orElseThrow();
        assertThat(due.ruleId()).isEqualTo("PN-03");
        PublishedDecision withdrawn = officer(() -> publications.withdraw(c.id(), new PublicationStepRequest(null,
                "该决定已被行政复议机关撤销", null)));
        assertThat(withdrawn.withdrawn()).isTrue();
        PublishedDecision seen = publications.publishedOne(p.id());
        assertThat(seen.publicText()).isEmpty();
        assertThat(seen.withdrawalReason()).contains("撤销");
        assertThat(deadlines.find(changed.withdrawalDeadlineId()).orElseThrow().late()).isFalse();
    }

    @Test
    void theStatisticsAreComputedFromTheCasesAndPublishedOnlyOnceTheYearIsOver() {
        EnforcementCase c = decided("统计");
        int year = today().getYear();
        AnnualStatistics now = officer(() -> statistics.of(fx.agency().id(), year));
        assertThat(now.published()).isFalse();
        assertThat(figure(now, null, "decided")).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(figure(now, null, "fine-amount")).isGreaterThanOrEqualTo(c.amount());
        refused(() -> officer(() -> statistics.publish(fx.agency().id(), year)), "year-not-over");
        AnnualStatistics last = officer(() -> statistics.publish(fx.agency().id(), year - 1));
        assertThat(last.published()).isTrue();
        assertThat(last.dueOn()).isEqualTo(LocalDate.of(year, 1, 31));
        refused(() -> officer(() -> statistics.publish(fx.agency().id(), year - 1)), "already-published");
        assertThat(statistics.published()).anySatisfy(s -> assertThat(s.agencyId()).isEqualTo(fx.agency().id()));
    }

    @Test
    void theDailyJobOpensTheNewYearsStatisticsDutyOnTheDeadlinesDesk() {
        int next = today().getYear() + 1;
        on(LocalDate.of(next, 1, 1));
        assertThat(statistics.openDuties()).isPositive();
        assertThat(statistics.openDuties()).as("opened once").isZero();
        AnnualStatistics s = officer(() -> statistics.of(fx.agency().id(), next));
        assertThat(s.dueOn()).isEqualTo(LocalDate.of(next + 1, 1, 31));
        assertThat(deadlines.forSubject("enforcement", "enforcement-statistics", String.valueOf(s.reportId())))
                .singleElement().satisfies(d -> assertThat(d.dueDate()).isEqualTo(LocalDate.of(next + 1, 1, 31)));
    }

    @Test
    void aClosedCaseFileIsScoredOnEveryCriterionOfItsAgencysTemplate() {
        EnforcementCase c = decided("评查");
        officer(() -> cases.serve(c.id(), new ServiceRequest(null, ServiceMethod.DIRECT, null)));
        officer(() -> cases.execute(c.id(), new ExecutionRequest(null, ExecutionMethod.FULFILLED, null, null)));
        officer(() -> cases.close(c.id(), new ClosingRequest(null, null, null)));
        EvaluationTemplate t = as("fzb", () -> evaluations.setTemplate(new TemplateRequest(fx.agency().id(),
                today().getYear(), "案卷评查标准" + fx.tag(), new BigDecimal("60"), List.of(
                        new TemplateRequest.Criterion("主体合法", new BigDecimal("20")),
                        new TemplateRequest.Criterion("事实清楚、证据确凿", new BigDecimal("40")),
                        new TemplateRequest.Criterion("程序合法", new BigDecimal("40"))))));
        var criteria = t.criteria();
        invalid(() -> as("fzb", () -> evaluations.evaluate(c.id(), new EvaluationRequest(t.id(), null, "评查组", null,
                List.of(new EvaluationRequest.Score(criteria.get(0).id(), new BigDecimal("25"), null))))), "scores");
        CaseFileEvaluation e = as("fzb", () -> evaluations.evaluate(c.id(), new EvaluationRequest(t.id(), null,
                "评查组", "卷宗齐全", List.of(new EvaluationRequest.Score(criteria.get(0).id(), new BigDecimal("20"), null),
                        new EvaluationRequest.Score(criteria.get(1).id(), new BigDecimal("35"), null),
                        new EvaluationRequest.Score(criteria.get(2).id(), new BigDecimal("30"), null)))));
        assertThat(e.total()).isEqualByComparingTo("85");
        assertThat(e.passed()).isTrue();
    }

    @Test
    void aTransferIsFollowedToItsReceiptAndOutcome() {
        EnforcementCase c = open("移送");
        CriminalTransfer t = officer(() -> transfers.transfer(c.id(), new TransferRequest(null, "示范县公安局",
                "涉嫌生产销售伪劣产品罪，货值金额达到立案追诉标准", null, null, null)));
        refused(() -> officer(() -> transfers.outcome(c.id(), t.id(), new TransferRequest(null, null, null, null,
                TransferOutcome.ACCEPTED, null))), "no-receipt");
        officer(() -> transfers.receipt(c.id(), t.id(), new TransferRequest(null, null, null, "公受字〔2025〕8号", null,
                null)));
        CriminalTransfer done = officer(() -> transfers.outcome(c.id(), t.id(), new TransferRequest(null, null, null,
                null, TransferOutcome.ACCEPTED, "已立案侦查")));
        assertThat(done.outcome()).isEqualTo(TransferOutcome.ACCEPTED);
        notFound(() -> as(fx.outsider(), () -> transfers.ofCase(c.id())));
    }

    private EnforcementCase decided(String cause) {
        EnforcementCase c = open(cause);
        fine(c.id(), "2500");
        notice(c.id(), today());
        waive(c.id());
        return decide(c.id());
    }

    private static BigDecimal figure(AnnualStatistics s, org.fazhi.enforcement.ActionKind kind, String measure) {
        return s.figures().stream().filter(f -> f.kind() == kind && f.measure().equals(measure))
                .map(StatisticsFigure::amount).findFirst().orElseThrow();
    }
}
