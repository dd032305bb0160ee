package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the disclosure tests share: the services, the test clock, one {@link DisclosureFixture} per class. */
abstract class DisclosureTestBase {

    private static final Map<Class<?>, DisclosureFixture> FIXTURES = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    DisclosureRequests requests;
    @Autowired
    RequestGuide guide;
    @Autowired
    AnnualReports reports;
    @Autowired
    Deadlines deadlines;

    DisclosureFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> DisclosureFixture.create(ctx));
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

    /** A request by a natural person received today (by post) at the fixture's department. */
    FiledRequest received(RequesterType type, String content) {
        return as(fx.clerk(), () -> requests.receive(new IntakeRequest(fx.dept(), Channel.POST, type,
                type == RequesterType.NATURAL_PERSON ? "王小明" : "某某科技有限公司",
                type == RequesterType.NATURAL_PERSON ? "110101199003077777" : null, "13912345678", "示范县某路1号",
                content, null)));
    }

    DisclosureRequest request(long id) {
        return as(fx.clerk(), () -> requests.request(id));
    }

    TrackedDeadline replyClock(long id) {
        return deadlines.find(request(id).replyDeadlineId()).orElseThrow();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
