package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the enforcement tests share: the services, the test clock, one {@link EnforcementFixture} per
 * test class, and the steps of a case taken as the fixture's officer account.
 */
public abstract class EnforcementTestBase {

    private static final Map<Class<?>, EnforcementFixture> FIXTURES = new ConcurrentHashMap<>();

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected ActingAs actingAs;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected EnforcementCases cases;
    @Autowired
    protected CaseEvidence evidence;
    @Autowired
    protected DecisionPublications publications;
    @Autowired
    protected CaseGuide guide;
    @Autowired
    protected LegalityReviews reviews;
    @Autowired
    protected Officers officers;
    @Autowired
    protected Agencies agencies;

    protected EnforcementFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> EnforcementFixture.create(ctx));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }

    protected <T> T officer(Supplier<T> work) {
        return actingAs.run(fx.officer(), work);
    }

    protected void on(LocalDate date) {
        clock.setDate(date);
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    // ----- steps -----

    protected EnforcementCase open(String cause) {
        return open(cause, fx.pair(), today(), false, false);
    }

    protected EnforcementCase open(String cause, List<Long> officerIds, LocalDate openedOn, boolean major,
            boolean complex) {
        return officer(() -> cases.open(new OpeningRequest(fx.agency().id(), fx.power().id(), cause + fx.tag(),
                openedOn.minusDays(1), PartyKind.NATURAL_PERSON, "王测试" + fx.tag(), "110101199001011234",
                "13812345678", "示范县东湖镇青石村1号", false, "经现场检查发现当事人王测试" + fx.tag() + "未按规定测试。", major,
                complex, openedOn, officerIds, List.of(fx.auxiliary().id()), "立案审批")));
    }

    protected EnforcementCase propose(long id, String code, Circumstance c, PenaltyType type, String amount,
            String reason) {
        return officer(() -> cases.propose(id, new ProposalRequest(code, c, false, Harm.MINOR, false,
                DecisionOutcome.PENALTY, type, amount == null ? null : new BigDecimal(amount), reason, null, null,
                null)));
    }

    protected EnforcementCase fine(long id, String amount) {
        return propose(id, fx.violation(), Circumstance.GENERAL, PenaltyType.FINE, amount, null);
    }

    protected EnforcementCase notice(long id, LocalDate on) {
        return officer(() -> cases.notice(id, new NoticeRequest(on, "送达行政处罚事先告知书", null)));
    }

    protected EnforcementCase waive(long id) {
        return officer(() -> cases.waiveStatement(id, new PartyRequest(null, null)));
    }

    protected EnforcementCase decide(long id) {
        return officer(() -> cases.decide(id, new DecisionRequest(null, "决定对当事人处以罚款。如不服，可依法申请行政复议或者提起行政诉讼。",
                null, null, null)));
    }

    protected LegalityReview lawful(long id) {
        LegalityReview r = officer(() -> cases.submitForReview(id));
        return as(fx.reviewer(), () -> reviews.conclude(r.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                "经审核，事实清楚，证据确凿，程序合法，适用依据正确，处罚适当。", List.of(), "案件事实清楚，已按程序审核")));
    }

    protected EvidenceItem addEvidence(long id, EvidenceStage stage) {
        byte[] bytes = ("%PDF-1.4\n% " + stage + " " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        return officer(() -> evidence.add(id, new ByteArrayInputStream(bytes), stage.name().toLowerCase() + ".pdf",
                "application/pdf", new EvidenceRequest(stage.name() + "材料", EvidenceKind.DOCUMENT, stage, null,
                        "现场", null, null)));
    }

    // ----- assertions -----

    protected static void refused(ThrowingCallable step, String code) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).as("refusal code").isEqualTo(code));
    }

    protected static void invalid(ThrowingCallable step, String field) {
        assertThatThrownBy(step).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldProblems()).anySatisfy(p -> assertThat(p.field()).isEqualTo(field)));
    }

    protected static void notFound(ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOf(NotFoundException.class);
    }
}
