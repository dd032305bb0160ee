package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
 * What the decision tests share: the services, the test clock, one {@link DecisionsFixture} per test
 * class, acting as the fixture's users, and the assertions on refusals, bad input and 404.
 */
abstract class DecisionsTestBase {

    private static final Map<Class<?>, DecisionsFixture> FIXTURES = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    DecisionCatalogs catalogs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MajorDecisions decisions;
    @Autowired
    Hearings hearings;
    @Autowired
    OpinionPolls polls;
    @Autowired
    Argumentations argumentations;
    @Autowired
    Experts experts;
    @Autowired
    RiskAssessments risks;
    @Autowired
    DecisionGuide guide;
    @Autowired
    org.fazhi.participation.PublicConsultations participation;
    @Autowired
    org.fazhi.review.LegalityReviews reviews;

    DecisionsFixture fx;

    private static final Map<Class<?>, DecisionCatalog> CATALOGS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger ITEMS = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> DecisionsFixture.create(ctx));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }

    void as(String user, Runnable work) {
        actingAs.run(user, work);
    }

    void on(LocalDate date) {
        clock.setDate(date);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * This class's published catalog of 2026 (one per class), to which each new decision's item is added
     * by a recorded amendment.
     */
    DecisionCatalog catalog() {
        return CATALOGS.computeIfAbsent(getClass(), k -> {
            java.time.Instant before = clock.instant();
            clock.setDate(LocalDate.of(2026, 1, 20));
            try {
                return fx.publishedCatalog(ctx, 2026, "年度首项" + fx.tag());
            } finally {
                clock.set(before);
            }
        });
    }

    /** A new item on the class's catalog, added by an amendment approved on 2026-01-20. */
    CatalogItem newItem(String title) {
        DecisionCatalog c = catalog();
        CatalogAmendment a = as(fx.keeper(), () -> catalogs.amend(c.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.ADD, null, fx.item(title), "年中增列",
                new ApprovalRequest("中共决策" + fx.tag() + "县委", "常委会议纪要", LocalDate.of(2026, 1, 20)))));
        return as(fx.keeper(), () -> catalogs.items(c.id())).stream().filter(i -> i.id().equals(a.itemId()))
                .findFirst().orElseThrow();
    }

    /** A decision started by the sponsor's drafter on a new catalog item, with these attributes. */
    MajorDecision start(String title, DecisionAttributes a, String interestedParties) {
        CatalogItem item = newItem(title + ITEMS.incrementAndGet());
        return as(fx.drafter(), () -> decisions.create(new DecisionRequest(item.id(), null, a.affectsPublic(),
                a.majorPublicInterest(), a.livelihood(), a.technical(), a.stabilityRisk(), interestedParties,
                "第一条 为了" + title + "，制定本决定。\n第二条 县自然资源局负责组织实施。\n第三条 本决定自公布之日起施行。",
                "起草说明：" + title)));
    }

    @Autowired
    GovernmentMeetings meetings;

    /** A decision needing no procedure but review and meeting, reviewed 合法 by the desk today. */
    MajorDecision reviewed(String title) {
        MajorDecision d = start(title, only(), null);
        org.fazhi.review.LegalityReview r = as(fx.drafter(), () -> decisions.submitForReview(d.id()));
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "经审查，决策草案合法。", java.util.List.of(), "材料齐全，提前办结")));
        return as(fx.drafter(), () -> decisions.get(d.id()));
    }

    /** A meeting of the fixture's government today. */
    Meeting meeting(MeetingKind kind) {
        return as(fx.keeper(), () -> meetings.create(new MeetingRequest(fx.government(), kind,
                "县政府第" + ITEMS.incrementAndGet() + "次" + (kind == MeetingKind.EXECUTIVE ? "常务会议" : "全体会议"),
                today(), "县政府常务会议室")));
    }

    /** Reviews a topic 合法 at the desk. */
    void reviewTopic(long meetingId, long topicId) {
        org.fazhi.review.LegalityReview r = as(fx.keeper(), () -> meetings.submitTopicForReview(meetingId, topicId));
        as(fx.reviewer(), () -> reviews.conclude(r.id(), new org.fazhi.review.ConclusionRequest(
                org.fazhi.review.ReviewOutcome.LAWFUL, "议题合法。", java.util.List.of(), "会前审查，提前办结")));
    }

    /** Four attendees: the head of government, two deputies, a department head sitting in. */
    Meeting attended(long meetingId) {
        return as(fx.keeper(), () -> meetings.recordAttendance(meetingId, new AttendanceRequest(java.util.List.of(
                new AttendanceRequest.Attendee("测试县长", "县长", true, true),
                new AttendanceRequest.Attendee("测试副县长甲", "副县长", false, true),
                new AttendanceRequest.Attendee("测试副县长乙", "副县长", false, true),
                new AttendanceRequest.Attendee("测试局长", "县自然资源局局长（列席）", false, false)))));
    }

    @Autowired
    Milestones milestones;
    @Autowired
    DecisionEvaluations evaluations;

    /** A decision taken through review and a 全体会议 that passed it today (DECIDED). */
    MajorDecision decided(String title) {
        MajorDecision d = reviewed(title);
        Meeting m = meeting(MeetingKind.PLENARY);
        MeetingTopic t = as(fx.keeper(), () -> meetings.tableDecision(m.id(), d.id()));
        Meeting held = attended(m.id());
        as(fx.keeper(), () -> meetings.recordDeliberation(m.id(), t.id(), new DeliberationRecordRequest(java.util.List.of(
                new DeliberationRecordRequest.Speech(held.attendees().get(1).id(), MeetingTopic.Stance.AGREE, "同意。"),
                new DeliberationRecordRequest.Speech(held.head().id(), MeetingTopic.Stance.AGREE, "同意，抓紧实施。")),
                MeetingTopic.TopicOutcome.PASSED, null, "通过。")));
        as(fx.keeper(), () -> meetings.close(m.id()));
        return as(fx.drafter(), () -> decisions.get(d.id()));
    }

    static DecisionAttributes only() {
        return new DecisionAttributes(false, false, false, false, false);
    }

    static void refused(ThrowingCallable step, String code) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).as("refusal code").isEqualTo(code));
    }

    static void invalid(ThrowingCallable step, String field) {
        assertThatThrownBy(step).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldProblems()).anySatisfy(p -> assertThat(p.field()).isEqualTo(field)));
    }

    static void notFound(ThrowingCallable step) {
        assertThatThrownBy(step).isInstanceOf(NotFoundException.class);
    }

    /** The audit actions recorded for one record, in order. */
    java.util.List<String> auditActions(String entity, long id) {
        return jdbc.sql("select action from audit_event where entity_type = ? and entity_id = ? order by seq")
                .params(entity, String.valueOf(id)).query(String.class).list();
    }
}
