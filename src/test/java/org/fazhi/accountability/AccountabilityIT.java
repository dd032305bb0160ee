package org.fazhi.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.normdocs.web.WebSupport.console;
import static org.fazhi.normdocs.web.WebSupport.json;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fazhi.accountability.internal.AccountabilityProcedure;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationCases;
import org.fazhi.litigation.LitigationFixture;
import org.fazhi.litigation.LitigationRequest;
import org.fazhi.litigation.PlaintiffType;
import org.fazhi.litigation.Stage;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Accountability is opened only for a record the rule-of-law office may see, owned by that record's
 * unit; it is decided within AC-01 (six months from opening, rolled past the holiday; extended once,
 * with its approval), with at least one measure, or cleared with the reason; the guide says exactly
 * which steps succeed; another county's office reads and changes nothing (404); and the figures count
 * the records.
 */
@FazhiIT
class AccountabilityIT {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs acting;
    @Autowired
    TestClock clock;
    @Autowired
    Accountabilities accountability;
    @Autowired
    LitigationCases suits;
    @Autowired
    Assessment assessment;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    LitigationFixture fx;
    String office;
    String otherOffice;

    @BeforeEach
    void fixture() {
        fx = LitigationFixture.create(ctx);
        office = fx.handler();
        otherOffice = LitigationFixture.account(ctx, "ac" + fx.tag().toLowerCase() + "x", fx.outside(),
                Role.RULE_OF_LAW_OFFICE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String user, Supplier<T> work) {
        return acting.run(user, work);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    LitigationCase suit(long unit, LocalDate on) {
        clock.setDate(on);
        int n = SERIAL.incrementAndGet();
        return as(office, () -> suits.file(new LitigationRequest(unit, Stage.FIRST_INSTANCE, null, "示范县人民法院",
                "(2025)追测" + fx.tag() + n + "号", "行政处罚", "原告" + n, PlaintiffType.NATURAL_PERSON, "罚款决定" + n,
                FilingBasis.DIRECT, on.minusMonths(2), on.minusMonths(1), true, null, null, null, false, false, on, on,
                false)));
    }

    AccountabilityRequest request(long suitId, LocalDate openedOn) {
        return new AccountabilityRequest(LitigationCase.SUBJECT.name(), suitId, FaultKind.SUIT_LOST, "执法人员（测试）",
                "队员", openedOn, "证据不足被判决撤销。");
    }

    AccountabilityCase open(long suitId, LocalDate on) {
        clock.setDate(on);
        return as(office, () -> accountability.open(request(suitId, on)));
    }

    static void invalid(Runnable r, String field, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldProblems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
    }

    static void refused(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aRecordIsOpenedOnlyForASourceTheOfficeMaySeeAndIsDueInSixMonthsRolledPastTheHoliday() {
        LitigationCase s = suit(fx.agency(), d("2025-03-03"));
        AccountabilityCase c = open(s.id(), d("2025-04-01"));
        assertThat(c.unitId()).as("owned by the source's unit").isEqualTo(fx.agency());
        assertThat(c.sourceTitle()).contains(s.caseNo());
        assertThat(c.status()).isEqualTo(AccountabilityStatus.OPEN);
        var due = as(office, () -> accountability.clock(c.id()));
        assertThat(due.ruleId()).isEqualTo("AC-01");
        // six months: 1 October, the National Day holiday → 9 October
        assertThat(due.dueDate()).isEqualTo(d("2025-10-09"));
        assertThat(as(fx.agencyHandler(), () -> accountability.ofSource(LitigationCase.SUBJECT.name(), s.id())))
                .extracting(AccountabilityCase::id).containsExactly(c.id());

        invalid(() -> as(office, () -> accountability.open(new AccountabilityRequest("minutes", s.id(),
                FaultKind.OTHER, "甲", null, d("2025-04-01"), "事实"))), "sourceType", "accountability.source-type.unknown");
        invalid(() -> as(otherOffice, () -> accountability.open(request(s.id(), d("2025-04-01")))), "sourceId",
                "accountability.source-id.unknown");
        invalid(() -> as(office, () -> accountability.open(request(s.id(), d("2025-04-02")))), "openedOn",
                "accountability.date.future");
        assertThatThrownBy(() -> as(fx.agencyHandler(), () -> accountability.open(request(s.id(), d("2025-04-01")))))
                .as("only the rule-of-law office opens").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void extendedOnceWithItsApprovalThenDecidedWithItsMeasuresOrClearedWithTheReason() {
        LitigationCase s = suit(fx.town(), d("2025-03-03"));
        AccountabilityCase c = open(s.id(), d("2025-04-01"));
        clock.setDate(d("2025-09-01"));
        AccountabilityCase extended = as(office, () -> accountability.extend(c.id(), new ExtensionRequest(
                "涉及多名人员，需进一步调查。", "县人民政府分管副县长", null)));
        assertThat(extended.extended()).isTrue();
        // six months more, counted from the day the first six ended (9 October 2025, after the holiday)
        assertThat(as(office, () -> accountability.clock(c.id())).dueDate()).as("six months more")
                .isEqualTo(d("2026-04-09"));
        refused(() -> as(office, () -> accountability.extend(c.id(), new ExtensionRequest("再次延长", "某人", null))),
                "extended");

        invalid(() -> as(office, () -> accountability.decide(c.id(), new DecisionRequest(d("2025-09-01"), "追1号",
                List.of(), "要点", null))), "measures", "accountability.measures.required");
        invalid(() -> as(office, () -> accountability.decide(c.id(), new DecisionRequest(d("2025-03-31"), "追1号",
                List.of(Measure.CRITICISM), "要点", null))), "decidedOn", "accountability.date.between");
        AccountabilityCase decided = as(office, () -> accountability.decide(c.id(), new DecisionRequest(d("2025-09-01"),
                "追1号", List.of(Measure.WARNING, Measure.PUBLIC_APOLOGY, Measure.WARNING), "给予警告处分。", null)));
        assertThat(decided.status()).isEqualTo(AccountabilityStatus.DECIDED);
        assertThat(decided.measures()).containsExactly(Measure.WARNING, Measure.PUBLIC_APOLOGY);
        assertThat(decided.sanctioned()).isTrue();
        var met = as(office, () -> accountability.clock(c.id()));
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.late()).isFalse();
        refused(() -> as(office, () -> accountability.clear(c.id(), new ClearanceRequest(d("2025-09-01"), "理由", null))),
                "wrong-status");

        AccountabilityCase other = open(s.id(), d("2025-09-01"));
        AccountabilityCase cleared = as(office, () -> accountability.clear(other.id(), new ClearanceRequest(
                d("2025-09-01"), "经核查不存在过错。", null)));
        assertThat(cleared.status()).isEqualTo(AccountabilityStatus.CLEARED);
        assertThat(cleared.measures()).isEmpty();
    }

    @Test
    void theGuideSaysAllowedExactlyWhenTheStepSucceeds() {
        LitigationCase s = suit(fx.agency(), d("2025-03-03"));
        for (String user : List.of(office, fx.agencyHandler())) {
            for (AccountabilityProcedure.Step step : AccountabilityProcedure.Step.values()) {
                AccountabilityCase c = open(s.id(), d("2025-04-01"));
                if (step == AccountabilityProcedure.Step.EXTEND) {
                    // the second extension: the guide and the step both refuse it
                    as(office, () -> accountability.extend(c.id(), new ExtensionRequest("复杂", "分管领导", null)));
                }
                String name = AccountabilityProcedure.name(step);
                Guide<AccountabilityStatus> guide = as(office, () -> accountability.guide(c.id()));
                boolean allowedForOffice = guide.allowed(name);
                boolean succeeded;
                try {
                    as(user, () -> take(step, c.id()));
                    succeeded = true;
                } catch (RefusedException | AccessDeniedException e) {
                    succeeded = false;
                }
                boolean expected = user.equals(office) && allowedForOffice;
                assertThat(succeeded).as(user + " " + name).isEqualTo(expected);
                assertThat(allowedForOffice).as(name).isEqualTo(step != AccountabilityProcedure.Step.EXTEND);
            }
        }
        AccountabilityCase done = open(s.id(), d("2025-04-01"));
        as(office, () -> accountability.clear(done.id(), new ClearanceRequest(d("2025-04-01"), "不存在过错。", null)));
        Guide<AccountabilityStatus> after = as(office, () -> accountability.guide(done.id()));
        for (AccountabilityProcedure.Step step : AccountabilityProcedure.Step.values()) {
            assertThat(after.allowed(AccountabilityProcedure.name(step))).isFalse();
            refused(() -> as(office, () -> take(step, done.id())), "wrong-status");
        }
    }

    private AccountabilityCase take(AccountabilityProcedure.Step step, long id) {
        return switch (step) {
            case EXTEND -> accountability.extend(id, new ExtensionRequest("复杂", "分管领导", null));
            case DECIDE -> accountability.decide(id, new DecisionRequest(d("2025-04-01"), "追" + id, List.of(
                    Measure.CRITICISM), "批评教育。", null));
            case CLEAR -> accountability.clear(id, new ClearanceRequest(d("2025-04-01"), "不存在过错。", null));
        };
    }

    @Test
    void anotherCountysOfficeReadsAndChangesNothingInTheServiceTheApiAndTheConsole() {
        LitigationCase s = suit(fx.agency(), d("2025-03-03"));
        AccountabilityCase c = open(s.id(), d("2025-04-01"));
        assertThatThrownBy(() -> as(otherOffice, () -> accountability.get(c.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(otherOffice, () -> accountability.list())).extracting(AccountabilityCase::id)
                .doesNotContain(c.id());
        assertThat(json(mvc, "GET", "/api/v1/accountability/cases/" + c.id(), console(users, otherOffice), null)
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(json(mvc, "POST", "/api/v1/accountability/cases/" + c.id() + "/clearance", console(users, otherOffice),
                "{\"clearedOn\": \"2025-04-01\", \"reason\": \"越权\"}").getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.get().uri("/console/accountability/" + c.id()).with(console(users, otherOffice)).exchange()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(as(office, () -> accountability.get(c.id())).status()).isEqualTo(AccountabilityStatus.OPEN);

        assertThat(mvc.get().uri("/console/accountability/" + c.id()).with(console(users, office)).exchange()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.get().uri("/console/accountability").with(console(users, office)).exchange()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.get().uri("/console/accountability/new?sourceType=litigation-case&sourceId=" + s.id())
                .with(console(users, office)).exchange().getResponse().getStatus()).isEqualTo(200);
        var bad = mvc.post().uri("/console/accountability").with(console(users, office)).param("sourceType", "litigation-case")
                .param("sourceId", "abc").param("fault", "NONE").param("personName", "").param("openedOn", "2025-04-01")
                .param("facts", "事实").exchange();
        assertThat(bad.getResponse().getStatus()).as("a form refused is shown again, never a 500").isEqualTo(200);
    }

    @Test
    void theFiguresCountTheRecords() {
        LitigationCase s = suit(fx.agency(), d("2025-01-02"));
        AccountabilityCase decided = open(s.id(), d("2025-02-10"));
        clock.setDate(d("2025-05-06"));
        as(office, () -> accountability.decide(decided.id(), new DecisionRequest(d("2025-05-06"), "追A",
                List.of(Measure.DEMERIT), "记过。", null)));
        AccountabilityCase criticised = open(s.id(), d("2025-05-06"));
        as(office, () -> accountability.decide(criticised.id(), new DecisionRequest(d("2025-05-06"), "追B",
                List.of(Measure.CRITICISM), "批评教育。", null)));
        AccountabilityCase late = open(s.id(), d("2025-01-06"));
        clock.setDate(d("2025-12-31"));

        assertThat(figure("accountability.opened").numerator()).isEqualTo(3);
        assertThat(figure("accountability.decided").numerator()).isEqualTo(2);
        assertThat(figure("accountability.sanctioned").numerator()).isEqualTo(1);
        MetricValue onTime = figure("accountability.concluded-on-time");
        assertThat(onTime.numerator()).isEqualTo(2);
        assertThat(onTime.denominator()).as("the record open past its due date counts against").isEqualTo(3);

        as(office, () -> accountability.decide(late.id(), new DecisionRequest(d("2025-12-31"), "追C",
                List.of(Measure.WARNING), "警告。", null)));
        assertThat(figure("accountability.sanctioned").numerator()).isEqualTo(2);
        assertThat(figure("accountability.concluded-on-time").denominator()).isEqualTo(3);
        assertThat(figure("accountability.concluded-on-time").numerator()).isEqualTo(2);
    }

    @Test
    void theDemoCountyHasARecordInEveryStateEachLinkedToItsCause() {
        List<AccountabilityCase> demo = as("fzb", () -> accountability.list()).stream()
                .filter(c -> c.personName().endsWith("（演示）")).toList();
        assertThat(demo).extracting(AccountabilityCase::status).contains(AccountabilityStatus.OPEN,
                AccountabilityStatus.DECIDED, AccountabilityStatus.CLEARED);
        assertThat(demo).extracting(AccountabilityCase::sourceType).contains(LitigationCase.SUBJECT.name(), "deadline");
        assertThat(demo).allSatisfy(c -> assertThat(c.sourceLink()).startsWith("/console/"));
    }

    private MetricValue figure(String metric) {
        return as(office, () -> assessment.figure(metric, fx.government(), 2025)).value();
    }
}
