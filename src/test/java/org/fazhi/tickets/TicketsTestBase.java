package org.fazhi.tickets;

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

/** What the ticket tests share: the services, the test clock, one {@link TicketsFixture} per class. */
abstract class TicketsTestBase {

    private static final Map<Class<?>, TicketsFixture> FIXTURES = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Tickets tickets;
    @Autowired
    TicketGuide guide;
    @Autowired
    Deadlines deadlines;

    TicketsFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> TicketsFixture.create(ctx));
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

    /** A ticket taken by the hotline's dispatcher by phone today. */
    FiledTicket called(TicketType type, String title) {
        return as(TicketsFixture.DISPATCHER, () -> tickets.receive(new TicketIntakeRequest(type, title,
                "来电反映：" + title, "示范县某路1号", "王小明", "13912345678", "110101199003077777", "示范县某路1号")));
    }

    /** A ticket taken by phone and assigned today to the fixture's department. */
    Ticket assigned(TicketType type, String title) {
        FiledTicket f = called(type, title);
        return as(TicketsFixture.DISPATCHER, () -> tickets.assign(f.id(),
                new TicketAssignmentRequest(type, fx.dept(), null)));
    }

    Ticket ticket(long id) {
        return as(TicketsFixture.DISPATCHER, () -> tickets.ticket(id));
    }

    TrackedDeadline clockOf(long id) {
        return deadlines.find(ticket(id).clockDeadlineId()).orElseThrow();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
