package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * What the litigation tests share: the services, the test clock, one {@link LitigationFixture} per
 * test class, and the steps taken as the fixture's handler with the dates a test chooses.
 */
abstract class LitigationTestBase {

    private static final Map<Class<?>, LitigationFixture> FIXTURES = new ConcurrentHashMap<>();
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    LitigationCases cases;
    @Autowired
    LitigationOverviews overviews;
    @Autowired
    LitigationGuide guide;
    @Autowired
    JudicialSuggestions suggestions;
    @Autowired
    AppearanceStatistics appearances;
    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    LitigationFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> LitigationFixture.create(ctx));
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

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ----- the steps -----

    /** A direct first-instance suit against {@code unit}, filed and its copy received on {@code on}. */
    LitigationCase sue(long unit, LocalDate on) {
        on(on);
        return handler(() -> cases.file(direct(unit, on, on.minusMonths(1), on)));
    }

    /** Against the fixture's agency. */
    LitigationCase sue(LocalDate on) {
        return sue(fx.agency(), on);
    }

    LitigationRequest direct(long unit, LocalDate filedOn, LocalDate knew, LocalDate copyReceivedOn) {
        int n = SERIAL.incrementAndGet();
        return new LitigationRequest(unit, Stage.FIRST_INSTANCE, null, "示范县人民法院", "(2025)测行初" + fx.tag() + n + "号",
                "行政处罚", "原告" + n, PlaintiffType.NATURAL_PERSON, "罚款决定" + n, FilingBasis.DIRECT, knew.minusDays(1), knew,
                true, null, null, null, false, false, filedOn, copyReceivedOn, false);
    }

    /** The defence submitted on {@code on}, which becomes today. */
    LitigationCase defend(long id, LocalDate on) {
        on(on);
        return handler(() -> cases.submitDefence(id, new DefenceRequest(on, "答辩状及证据。", null)));
    }

    CourtHearing hearing(long id, LocalDate date, LocalDate summonsServedOn) {
        return handler(() -> cases.scheduleHearing(id, new CourtHearingRequest(date, "第一法庭", summonsServedOn != null,
                summonsServedOn, null)));
    }

    LitigationCase appear(long id, AppearanceRole role) {
        return handler(() -> cases.recordAppearance(id, new AppearanceRequest(role, "出庭人" + SERIAL.incrementAndGet(),
                "职务", role.responsible() ? null : "公务冲突。", role.responsible() ? null : "县人民政府", null)));
    }

    /** A hearing on {@code date} held, with {@code role} appearing. */
    LitigationCase heard(long id, LocalDate date, AppearanceRole role) {
        on(date);
        hearing(id, date, null);
        return appear(id, role);
    }

    LitigationCase judge(long id, JudgmentKind kind, JudgmentOutcome outcome, LocalDate servedOn, boolean perform) {
        on(servedOn);
        return handler(() -> cases.recordJudgment(id, new JudgmentRequest(kind, outcome, "(2025)判" + SERIAL.incrementAndGet(),
                servedOn, perform, "裁判要旨。", null)));
    }

    LitigationCase reload(long id) {
        return handler(() -> overviews.get(id));
    }

    TrackedDeadline clockOf(Long deadlineId) {
        return deadlines.find(deadlineId).orElseThrow();
    }

    SuggestionRequest suggestion(long unit, LocalDate receivedOn, LocalDate replyDue) {
        return new SuggestionRequest(unit, "示范县人民法院", "(2025)测司建" + fx.tag() + SERIAL.incrementAndGet() + "号",
                receivedOn, "建议规范执法程序。", null, replyDue, null);
    }

    SuggestionRequest procuratorial(long unit, LocalDate receivedOn, LocalDate replyDue) {
        return new SuggestionRequest(unit, "示范县人民检察院", "测检行公建" + fx.tag() + SERIAL.incrementAndGet() + "号",
                receivedOn, "建议依法履行监管职责。", null, replyDue, SuggestionIssuer.PROCURATORATE);
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

    List<String> auditActions(String entity, long id) {
        return jdbc.sql("select action from audit_event where entity_type = ? and entity_id = ? order by seq")
                .param(entity).param(String.valueOf(id)).query(String.class).list();
    }
}
