package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reconsideration tests share: the services, the test clock, one {@link ReconsiderationFixture}
 * per test class, and the steps taken as the fixture's handler with the dates a test chooses.
 */
abstract class ReconsiderationTestBase {

    private static final Map<Class<?>, ReconsiderationFixture> FIXTURES = new ConcurrentHashMap<>();
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Applications applications;
    @Autowired
    ReconsiderationCases cases;
    @Autowired
    NormdocReviews normdocs;
    @Autowired
    OpinionLetters letters;
    @Autowired
    CaseOverviews overviews;
    @Autowired
    CaseGuide guide;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    ReconsiderationFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> ReconsiderationFixture.create(ctx));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }

    <T> T handler(Supplier<T> work) {
        return actingAs.run(fx.handler(), work);
    }

    void on(LocalDate date) {
        clock.setDate(date);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ----- the steps -----

    /** An application received on {@code receivedOn} about an act known 10 days before (in time). */
    ReconsiderationCase receive(LocalDate receivedOn) {
        return receive(receivedOn, receivedOn.minusDays(10), ActType.PENALTY, false, null);
    }

    ReconsiderationCase receive(LocalDate receivedOn, LocalDate knew, ActType type, boolean onTheSpot,
            BigDecimal amount) {
        on(receivedOn);
        return handler(() -> applications.enter(request(receivedOn, knew, type, onTheSpot, amount)).application());
    }

    ApplicationRequest request(LocalDate receivedOn, LocalDate knew, ActType type, boolean onTheSpot,
            BigDecimal amount) {
        int n = SERIAL.incrementAndGet();
        return new ApplicationRequest(fx.bodyId(), Channel.POST, receivedOn, null, ApplicantType.NATURAL_PERSON,
                "测试申请人" + n, IdType.ID_CARD, "43000019900101" + String.format("%04d", n % 10000), "13800000000",
                "测试地址", null, fx.agency(), type, "测试行政行为" + fx.tag() + n, knew.minusDays(1), knew, onTheSpot, false,
                amount, false, true, null, null, null, null, null, "撤销该行为", "事实不清。", null, null);
    }

    ReconsiderationCase accept(long id, LocalDate on, ProcedureKind procedure) {
        return handler(() -> applications.accept(id, new AcceptanceRequest(on, procedure, false, null)));
    }

    /** Received and accepted the same day in the ordinary procedure. */
    ReconsiderationCase accepted(LocalDate on) {
        ReconsiderationCase c = receive(on);
        return accept(c.id(), on, ProcedureKind.ORDINARY);
    }

    ReconsiderationCase copy(long id, LocalDate on) {
        return handler(() -> cases.sendCopy(id, new CopyRequest(on, null, null)));
    }

    ReconsiderationCase answer(long id, LocalDate on) {
        return handler(() -> cases.recordAnswer(id, new AnswerRequest(on, "答复及证据。", null)));
    }

    ReconsiderationCase views(long id, LocalDate on) {
        return handler(() -> cases.recordViews(id, new ViewsRequest(HearingKind.VIEWS, on, null, "听取意见。", null)));
    }

    /** Accepted, copied, answered and heard: ready to decide. */
    ReconsiderationCase heard(LocalDate on) {
        ReconsiderationCase c = accepted(on);
        copy(c.id(), on);
        answer(c.id(), on);
        return views(c.id(), on);
    }

    ReconsiderationCase decide(long id, DecisionOutcome outcome, LocalDate on) {
        return handler(() -> cases.decide(id, new DecisionRequest(outcome, "测复决" + SERIAL.incrementAndGet(), on,
                "理由。", null)));
    }

    ReconsiderationCase reload(long id) {
        return as(fx.handler(), () -> overviews.get(id));
    }

    TrackedDeadline clockOf(Long deadlineId) {
        return deadlines.find(deadlineId).orElseThrow();
    }

    // ----- assertions -----

    static void refused(ThrowingCallable step, String code) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).as("refusal code").isEqualTo(code));
    }

    static void invalid(ThrowingCallable step, String field, String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldProblems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(messageKey);
                }));
    }

    static void notFound(ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOf(NotFoundException.class);
    }

    /** The audit actions recorded for one case, in order. */
    List<String> auditActions(long caseId) {
        return jdbc.sql("select action from audit_event where entity_type = 'reconsideration-case' and entity_id = ?"
                + " order by seq").param(String.valueOf(caseId)).query(String.class).list();
    }
}
