package org.fazhi.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.enforcement.ActKind;
import org.fazhi.enforcement.ActRequest;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.DecisionChangeRequest;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.DecisionRequest;
import org.fazhi.enforcement.DiscussionRequest;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementTestBase;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceRequest;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.ExtensionRequest;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.HearingRequest;
import org.fazhi.enforcement.NoticeRequest;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PartyRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ProposalRequest;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.SummaryRequest;
import org.fazhi.enforcement.TeamRequest;
import org.fazhi.enforcement.internal.CaseProcedure;
import org.fazhi.enforcement.internal.CaseProcedure.Step;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guide on the case page and the steps never disagree: for cases in every state (and in the states
 * a gate distinguishes: a proposal or none, on a lenient list, a team member's certificate expired,
 * the party's window open or waived, a hearing asked for or scheduled, on the review catalog and not
 * reviewed, reviewed lawful or unlawful, executable or not, a record complete or not, published and
 * changed, extended), for every step a person takes and for users of every standing, "the guide says
 * allowed" holds exactly when the step succeeds with valid input, and a refused step is refused with
 * the guide's reason. Each step is taken in a transaction that is rolled back. The users are one of
 * each standing the gates tell apart: the agency's officer, a business role that does not carry cases
 * (the county 法治办; reviewers and leaders are refused the same way), another agency's officer.
 */
@FazhiIT
class CaseGuideAgreesWithStepsIT extends EnforcementTestBase {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    RulesCatalog rules;

    private record Outcome(String kind, String code) {

        static final Outcome DONE = new Outcome("done", null);
        static final Outcome NOT_FOUND = new Outcome("not-found", null);
        static final Outcome FORBIDDEN = new Outcome("forbidden", null);

        static Outcome refused(String code) {
            return new Outcome("refused", code);
        }
    }

    @Test
    void forEveryStateStepAndUserTheGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        Map<String, EnforcementCase> all = casesInEveryState();
        List<String> users = List.of(fx.officer(), "fzb", fx.outsider());
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        int allowed = 0;
        for (var entry : all.entrySet()) {
            long id = entry.getValue().id();
            for (String user : users) {
                Guide<CaseStatus> g = guideAs(user, id);
                for (Step step : CaseProcedure.PEOPLE_STEPS) {
                    Outcome outcome = take(user, id, step);
                    String name = CaseProcedure.name(step);
                    String where = entry.getKey() + " / " + name + " / " + user + ": ";
                    checked++;
                    if (g == null) {
                        if (outcome != Outcome.NOT_FOUND && outcome != Outcome.FORBIDDEN) {
                            disagreements.add(where + "guide 404 but the step gave " + outcome);
                        }
                        continue;
                    }
                    StepCheck check = g.step(name);
                    if (check.allowed()) {
                        allowed++;
                        if (outcome != Outcome.DONE) {
                            disagreements.add(where + "guide allowed but the step gave " + outcome);
                        }
                    } else if (outcome == Outcome.DONE) {
                        disagreements.add(where + "guide refused (" + check.code() + ") but the step succeeded");
                    } else if (outcome == Outcome.FORBIDDEN) {
                        if (!"role".equals(check.code())) {
                            disagreements.add(where + "step forbidden to the role but the guide said " + check.code());
                        }
                    } else if (!outcome.kind().equals("refused") || !outcome.code().equals(check.code())) {
                        disagreements.add(where + "guide refused with " + check.code() + " but the step gave " + outcome);
                    }
                }
            }
        }
        assertThat(disagreements).as("guide and step disagree").isEmpty();
        assertThat(checked).isEqualTo(all.size() * users.size() * CaseProcedure.PEOPLE_STEPS.size());
        assertThat(allowed).as("allowed combinations exercised").isGreaterThan(60);
    }

    /** Cases standing in each state the gates tell apart, built through the real steps. */
    private Map<String, EnforcementCase> casesInEveryState() {
        Map<String, EnforcementCase> cases = new LinkedHashMap<>();
        cases.put("investigating, no proposal", withEvidence(open("调查中")));

        EnforcementCase exempt = withEvidence(open("轻微免罚"));
        officer(() -> this.cases.propose(exempt.id(), new ProposalRequest(fx.minorViolation(), null, false, Harm.NONE,
                true, DecisionOutcome.NO_PENALTY, null, null, null, null, null, null)));
        cases.put("investigating, on the minor-offence list", reload(exempt));

        EnforcementCase proposed = withEvidence(open("已提出意见"));
        fine(proposed.id(), "2000");
        cases.put("investigating, a fine within the benchmark", reload(proposed));

        LocalDate today = today();
        on(today.minusDays(30));
        Officer shortLived = certifiedUntil(today.minusDays(5));
        EnforcementCase expired = withEvidence(open("证件到期", List.of(fx.a().id(), shortLived.id()), today(), false,
                false));
        clock.reset();
        fine(expired.id(), "2000");
        cases.put("investigating, a team member's certificate expired", reload(expired));

        EnforcementCase window = withEvidence(open("陈述申辩期"));
        fine(window.id(), "2000");
        notice(window.id(), today);
        cases.put("notified, the party's window open", reload(window));

        EnforcementCase waived = withEvidence(open("放弃陈述"));
        fine(waived.id(), "2000");
        notice(waived.id(), today);
        waive(waived.id());
        cases.put("notified, waived", reload(waived));

        EnforcementCase asked = withEvidence(open("申请听证"));
        propose(asked.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(asked.id(), today);
        officer(() -> this.cases.requestHearing(asked.id(), new PartyRequest(null, null)));
        cases.put("notified, hearing asked for", reload(asked));

        EnforcementCase scheduled = withEvidence(open("听证已通知"));
        propose(scheduled.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(scheduled.id(), today);
        officer(() -> this.cases.requestHearing(scheduled.id(), new PartyRequest(null, null)));
        officer(() -> this.cases.scheduleHearing(scheduled.id(), new HearingRequest(today, earliestHearing(today), null,
                null)));
        cases.put("notified, hearing scheduled", reload(scheduled));

        EnforcementCase catalog = withEvidence(open("待审核"));
        propose(catalog.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(catalog.id(), today);
        waive(catalog.id());
        cases.put("notified, on the catalog, not reviewed", reload(catalog));

        EnforcementCase inReview = withEvidence(open("审核中"));
        propose(inReview.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(inReview.id(), today);
        waive(inReview.id());
        officer(() -> this.cases.submitForReview(inReview.id()));
        cases.put("in review", reload(inReview));

        EnforcementCase lawful = withEvidence(open("审核通过"));
        propose(lawful.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(lawful.id(), today);
        waive(lawful.id());
        lawful(lawful.id());
        cases.put("reviewed lawful, not discussed", reload(lawful));

        EnforcementCase unlawful = withEvidence(open("审核不通过"));
        propose(unlawful.id(), fx.violation(), Circumstance.SERIOUS, PenaltyType.FINE, "12000", null);
        notice(unlawful.id(), today);
        waive(unlawful.id());
        var review = officer(() -> this.cases.submitForReview(unlawful.id()));
        as(fx.reviewer(), () -> reviews.conclude(review.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.UNLAWFUL, "证据不足。", List.of(), "证据明显不足", null)));
        cases.put("reviewed unlawful", reload(unlawful));

        EnforcementCase extended = withEvidence(open("已延期"));
        officer(() -> this.cases.extendDeadline(extended.id(), new ExtensionRequest("局长", null, "案情复杂", null)));
        cases.put("investigating, deadline extended", reload(extended));

        EnforcementCase decided = decidedFine("已决定");
        cases.put("decided", reload(decided));

        EnforcementCase served = decidedFine("已送达罚款");
        serve(served);
        cases.put("served, a fine to pay", reload(served));

        EnforcementCase warned = withEvidence(open("警告"));
        propose(warned.id(), fx.violation(), Circumstance.SLIGHT, PenaltyType.WARNING, null, null);
        notice(warned.id(), today);
        waive(warned.id());
        decide(warned.id());
        serve(warned);
        cases.put("served, a warning", reload(warned));

        EnforcementCase executed = decidedFine("已执行");
        serve(executed);
        officer(() -> this.cases.execute(executed.id(), new ExecutionRequest(null, ExecutionMethod.FULFILLED, "已缴纳",
                null)));
        cases.put("executed", reload(executed));

        EnforcementCase closed = decidedFine("已结案记录不全");
        serve(closed);
        officer(() -> this.cases.execute(closed.id(), new ExecutionRequest(null, ExecutionMethod.FULFILLED, null, null)));
        officer(() -> this.cases.close(closed.id(), new ClosingRequest(null, null, null)));
        cases.put("closed, record incomplete", reload(closed));

        EnforcementCase archived = decidedFine("已归档");
        serve(archived);
        officer(() -> this.cases.execute(archived.id(), new ExecutionRequest(null, ExecutionMethod.FULFILLED, null,
                null)));
        officer(() -> this.cases.close(archived.id(), new ClosingRequest(null, null, null)));
        for (EvidenceStage s : List.of(EvidenceStage.INVESTIGATION, EvidenceStage.NOTICE, EvidenceStage.DECISION,
                EvidenceStage.SERVICE, EvidenceStage.EXECUTION)) {
            addEvidence(archived.id(), s);
        }
        officer(() -> this.cases.archive(archived.id(), new ClosingRequest(null, null, null)));
        cases.put("archived", reload(archived));

        EnforcementCase changed = decidedFine("已变更");
        officer(() -> publications.publish(changed.id(), new PublicationStepRequest(null, null, null)));
        officer(() -> publications.changeDecision(changed.id(), new DecisionChangeRequest(null, ChangeKind.REVOKED,
                "复议撤销", null)));
        cases.put("published and revoked", reload(changed));

        EnforcementCase summary = withEvidence(officer(() -> this.cases.openSummary(new SummaryRequest(fx.agency().id(),
                fx.power().id(), "当场处罚" + fx.tag(), PartyKind.ORGANISATION, "测试商店" + fx.tag(), null, null, null, false,
                "现场发现", null, PenaltyType.FINE, new BigDecimal("100"), null, "现场", "罚款一百元", fx.pair(), List.of()))));
        cases.put("summary, served", reload(summary));
        assertThat(cases.values()).extracting(EnforcementCase::status).contains(CaseStatus.values());
        return cases;
    }

    private EnforcementCase decidedFine(String cause) {
        EnforcementCase c = withEvidence(open(cause));
        fine(c.id(), "2000");
        notice(c.id(), today());
        waive(c.id());
        decide(c.id());
        return reload(c);
    }

    private void serve(EnforcementCase c) {
        officer(() -> cases.serve(c.id(), new ServiceRequest(null, ServiceMethod.DIRECT, null)));
    }

    private EnforcementCase withEvidence(EnforcementCase c) {
        addEvidence(c.id(), EvidenceStage.OPENING);
        return c;
    }

    private EnforcementCase reload(EnforcementCase c) {
        return officer(() -> cases.get(c.id()));
    }

    private Officer certifiedUntil(LocalDate expires) {
        Officer o = officer(() -> officers.register(new org.fazhi.enforcement.OfficerRequest(fx.agency().id(),
                "短" + fx.tag() + System.nanoTime() % 1000, org.fazhi.enforcement.OfficerKind.OFFICER, "综合执法", null)));
        officer(() -> officers.recordExam(o.id(), new org.fazhi.enforcement.ExamRequest("考试", today().minusYears(2),
                new BigDecimal("80"), new BigDecimal("60"))));
        return as("fzb", () -> officers.issueCertificate(o.id(), new org.fazhi.enforcement.CertificateRequest(
                "S" + fx.tag() + (System.nanoTime() % 100000), "示范县人民政府", today().minusYears(1), expires, null)));
    }

    private LocalDate earliestHearing(LocalDate noticeOn) {
        return calendar.due(noticeOn, rules.period(EnforcementRules.HEARING_NOTICE, RuleTerm.AMOUNT, noticeOn)).due();
    }

    private Guide<CaseStatus> guideAs(String user, long id) {
        try {
            return as(user, () -> guide.of(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Outcome take(String user, long id, Step step) {
        return as(user, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                attempt(id, step).get();
                return Outcome.DONE;
            } catch (RefusedException e) {
                return Outcome.refused(e.code());
            } catch (AccessDeniedException e) {
                return Outcome.FORBIDDEN;
            } catch (NotFoundException e) {
                return Outcome.NOT_FOUND;
            }
        }));
    }

    private Supplier<Object> attempt(long id, Step step) {
        LocalDate today = today();
        return switch (step) {
            case ASSIGN_TEAM -> () -> cases.assignTeam(id, new TeamRequest(fx.pair(), List.of(fx.auxiliary().id()), null));
            case RECORD_ACT -> () -> cases.recordAct(id, new ActRequest(ActKind.INQUIRY, null, "办公室", "询问当事人", null));
            case ADD_EVIDENCE -> () -> evidence.add(id, pdf(), "record.pdf", "application/pdf", new EvidenceRequest(
                    "询问笔录", EvidenceKind.DOCUMENT, EvidenceStage.INVESTIGATION, null, null, null, null));
            case SUPERSEDE_EVIDENCE -> () -> {
                EvidenceItem first = evidence.of(id).stream().filter(EvidenceItem::current).findFirst().orElseThrow();
                return evidence.supersede(id, first.id(), pdf(), "record.pdf", "application/pdf", new EvidenceRequest(
                        "更正后的笔录", EvidenceKind.DOCUMENT, first.stage(), null, null, null, "页码错误"));
            };
            case PROPOSE -> () -> cases.propose(id, sameProposal(id));
            case REVISE_PROPOSAL -> () -> cases.reviseProposal(id, sameProposal(id));
            case NOTIFY -> () -> cases.notice(id, new NoticeRequest(null, "送达告知书", null));
            case WAIVE_STATEMENT -> () -> cases.waiveStatement(id, new PartyRequest(null, null));
            case REQUEST_HEARING -> () -> cases.requestHearing(id, new PartyRequest(null, null));
            case SCHEDULE_HEARING -> () -> cases.scheduleHearing(id, new HearingRequest(today, earliestHearing(today),
                    null, null));
            case HOLD_HEARING -> () -> cases.holdHearing(id, new HearingRequest(null, today, "听证笔录", null));
            case SUBMIT_FOR_REVIEW -> () -> cases.submitForReview(id);
            case DISCUSS -> () -> cases.discuss(id, new DiscussionRequest(null, "局务会议", "同意", null));
            case DECIDE -> () -> cases.decide(id, new DecisionRequest(null, "决定如下。", today, "已教育", null));
            case SERVE -> () -> cases.serve(id, new ServiceRequest(null, ServiceMethod.DIRECT, null));
            case EXECUTE -> () -> cases.execute(id, new ExecutionRequest(null, ExecutionMethod.FULFILLED, null, null));
            case CLOSE -> () -> cases.close(id, new ClosingRequest(null, null, null));
            case TERMINATE -> () -> cases.terminate(id, new ClosingRequest(null, "移送后终止", null));
            case ARCHIVE -> () -> cases.archive(id, new ClosingRequest(null, null, null));
            case EXTEND_DEADLINE -> () -> cases.extendDeadline(id, new ExtensionRequest("局长", null, "案情复杂", null));
            case PUBLISH -> () -> publications.publish(id, new PublicationStepRequest(null, null, null));
            case CHANGE_DECISION -> () -> publications.changeDecision(id, new DecisionChangeRequest(null,
                    ChangeKind.REVOKED, "复议撤销", null));
            case WITHDRAW_PUBLICATION -> () -> publications.withdraw(id, new PublicationStepRequest(null, "决定已撤销",
                    null));
            default -> throw new IllegalArgumentException("not a step people take: " + step);
        };
    }

    /** The case's proposal again (valid whatever the state), or a fine within the benchmark when it has none. */
    private ProposalRequest sameProposal(long id) {
        EnforcementCase c = cases.get(id);
        if (c.proposedOutcome() == null) {
            return new ProposalRequest(fx.violation(), Circumstance.GENERAL, false, Harm.MINOR, false,
                    DecisionOutcome.PENALTY, PenaltyType.FINE, new BigDecimal("2000"), null, null, null, null);
        }
        return new ProposalRequest(c.violationCode(), c.circumstance(), c.firstOffence(), c.harm(), c.corrected(),
                c.proposedOutcome(), c.proposedPenaltyType(), c.proposedAmount(), c.deviationReason(), null, null,
                null);
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream(("%PDF-1.4\n% " + System.nanoTime() + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
