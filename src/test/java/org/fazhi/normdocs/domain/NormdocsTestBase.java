package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.Filings;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewDesks;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the normative-document domain tests share: the services, the test clock, one
 * {@link NormdocsFixture} per test class, and the steps of the procedure taken as the fixture's
 * users (drafter, desk reviewer, the county rule-of-law office registering).
 */
abstract class NormdocsTestBase {

    private static final Map<Class<?>, NormdocsFixture> FIXTURES = new ConcurrentHashMap<>();
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    Consultations consultations;
    @Autowired
    Filings filings;
    @Autowired
    Cleanups cleanups;
    @Autowired
    PublicCatalog catalog;
    @Autowired
    IssuingBodies bodies;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    LegalAdvisers advisers;
    @Autowired
    ReviewDesks desks;
    @Autowired
    JdbcClient jdbc;

    NormdocsFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> NormdocsFixture.create(ctx));
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

    // ----- the steps -----

    NormativeDocument draft(String title, boolean affectsRights) {
        return draft(fx.body(), title, affectsRights);
    }

    NormativeDocument draft(IssuingBody body, String title, boolean affectsRights) {
        return as(fx.drafter(), () -> documents.create(new DraftRequest(body.id(), null, null, title + fx.tag(),
                affectsRights, "第一条 为规范" + title + "，制定本办法。\n第二条 本办法自公布之日起施行。",
                "起草说明：" + title, "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》", "不涉及群众切身利益，对权利义务没有重大影响")));
    }

    LegalityReview submit(long id) {
        return as(fx.drafter(), () -> documents.submitForReview(id));
    }

    LegalityReview conclude(long reviewId, ReviewOutcome outcome, List<String> changes) {
        return as(fx.reviewer(), () -> reviews.conclude(reviewId, new ConclusionRequest(outcome, "经审核，" + outcome + "。",
                changes, "领导交办，急需出台")));
    }

    LegalityReview lawful(long id) {
        LegalityReview r = submit(id);
        return conclude(r.id(), ReviewOutcome.LAWFUL, List.of());
    }

    NormativeDocument deliberate(long id) {
        return as(fx.drafter(), () -> documents.deliberate(id, new DeliberationRequest("镇政府第" + NUMBERS.incrementAndGet()
                + "次常务会议", today(), DeliberationRequest.Decision.PASSED, null)));
    }

    String nextNumber(IssuingBody body) {
        return body.docNumberPrefix() + "〔" + today().getYear() + "〕" + NUMBERS.incrementAndGet() + "号";
    }

    NormativeDocument register(long id) {
        NormativeDocument d = as("fzb", () -> documents.get(id));
        IssuingBody body = as("fzb", () -> bodies.get(d.issuingBodyId()));
        return as("fzb", () -> documents.register(id, nextNumber(body)));
    }

    NormativeDocument publish(long id) {
        return as(fx.drafter(), () -> documents.publish(id, new PublicationRequest(today(), today(), null, null)));
    }

    /** A document taken through review (合法), deliberation, registration and publication today. */
    NormativeDocument published(String title) {
        return published(fx.body(), title);
    }

    NormativeDocument published(IssuingBody body, String title) {
        NormativeDocument d = draft(body, title, false);
        lawful(d.id());
        deliberate(d.id());
        register(d.id());
        NormativeDocument p = publish(d.id());
        assertThat(p.status()).isEqualTo(DocumentStatus.PUBLISHED);
        return p;
    }

    NormativeDocument reload(long id) {
        return as("fzb", () -> documents.get(id));
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

    /** The audit actions recorded for one document, in order. */
    List<String> auditActions(long documentId) {
        return jdbc.sql("select action from audit_event where entity_type = 'normative-document' and entity_id = ?"
                + " order by seq").param(String.valueOf(documentId)).query(String.class).list();
    }
}
