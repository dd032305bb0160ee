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

    DecisionsFixture fx;

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
