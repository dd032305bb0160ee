package org.fazhi.suggestions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the suggestions tests share: the services, the test clock, one {@link SuggestionsFixture} per class. */
abstract class SuggestionsTestBase {

    private static final Map<Class<?>, SuggestionsFixture> FIXTURES = new ConcurrentHashMap<>();
    private static final AtomicInteger NUMBERS = new AtomicInteger(1);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Suggestions suggestions;
    @Autowired
    SuggestionGuide guide;
    @Autowired
    Deadlines deadlines;

    SuggestionsFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> SuggestionsFixture.create(ctx));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }

    void on(String date) {
        clock.setDate(LocalDate.parse(date));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A suggestion of {@code kind} registered today by the fixture's coordinating unit. */
    Suggestion registered(SuggestionKind kind, String title) {
        return registered(kind, title, false);
    }

    Suggestion registered(SuggestionKind kind, String title, boolean normdocs) {
        String number = "第" + fx.tag() + NUMBERS.getAndIncrement() + "号";
        return as(fx.coordinator(), () -> suggestions.register(new RegisterRequest(fx.coord(), kind, number,
                "测试会议" + fx.tag(), today().getYear(), "测试代表", "13812345678", title, title + "的具体内容",
                today(), normdocs)));
    }

    /** Registered today and 交办 today to the fixture's lead unit with its co-unit. */
    Suggestion assigned(SuggestionKind kind, String title) {
        Suggestion s = registered(kind, title);
        return as(fx.coordinator(), () -> suggestions.assign(s.id(), new AssignRequest(fx.lead(), List.of(fx.co()),
                today(), false, null)));
    }

    Suggestion answered(Suggestion s, AnswerCategory category) {
        return as(fx.clerk(), () -> suggestions.answer(s.id(), new AnswerRequest(category, "答复内容", today(), null,
                null)));
    }

    Suggestion get(long id) {
        return as(fx.coordinator(), () -> suggestions.suggestion(id));
    }

    TrackedDeadline clockOf(long id) {
        return deadlines.find(get(id).answerDeadlineId()).orElseThrow();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
