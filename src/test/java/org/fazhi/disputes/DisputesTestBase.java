package org.fazhi.disputes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the disputes tests share: the services, the test clock, one {@link DisputesFixture} per test class,
 * and cases and petitions built through the real steps as the fixture's handler.
 */
abstract class DisputesTestBase {

    private static final Map<Class<?>, DisputesFixture> FIXTURES = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    MediationOrgs orgs;
    @Autowired
    MediationCases cases;
    @Autowired
    Petitions petitions;
    @Autowired
    LegalServices services;
    @Autowired
    AdministrativeMediation administrative;
    @Autowired
    Deadlines deadlines;

    DisputesFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> DisputesFixture.create(ctx));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String user, Supplier<T> work) {
        return actingAs.run(user, work);
    }

    void on(LocalDate day) {
        clock.setDate(day);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A dispute of the fixture's committee received on {@code day}, with both sides unless {@code oneSide}. */
    MediationCase received(LocalDate day, boolean oneSide) {
        List<PartyRequest> parties = oneSide ? List.of(new PartyRequest(PartySide.APPLICANT, "申请人甲", "110101199003074578",
                "13800001111", "甲村一组"))
                : List.of(new PartyRequest(PartySide.APPLICANT, "申请人甲", "110101199003074578", "13800001111", "甲村一组"),
                        new PartyRequest(PartySide.RESPONDENT, "被申请人乙", null, "13800002222", "甲村二组"));
        return as(fx.handler(), () -> cases.intake(new CaseIntakeRequest(fx.committee().id(), day,
                CaseSource.APPLICATION, DisputeCategory.NEIGHBOUR, "相邻通行纠纷" + fx.tag(), parties)));
    }

    MediationCase mediating(LocalDate day) {
        MediationCase c = received(day, false);
        return as(fx.handler(), () -> cases.accept(c.id(), new MediationAcceptanceRequest(fx.mediator().id(), day, null)));
    }

    MediationCase agreed(LocalDate day, LocalDate effective) {
        MediationCase c = mediating(day);
        return as(fx.handler(), () -> cases.agree(c.id(), new AgreementRequest("双方同意通行道路由申请人拓宽，费用各半。",
                false, effective, effective, null)));
    }

    Petition petition(LocalDate received) {
        return as(fx.handler(), () -> petitions.register(new PetitionRequest(fx.town(), received, PetitionChannel.VISIT,
                "信访人丙", "110101198807074512", "13900003333", "甲村三组", 1, "道路修缮" + fx.tag(), "请求修缮村道。")));
    }
}
