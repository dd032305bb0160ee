package org.fazhi.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the publicity tests share: the services, the test clock, the demo county's units and records built
 * through the real services as the demo accounts (东湖镇's 法治办 "donghu", 西山乡's "xishan", the county "fzb").
 */
abstract class PublicityTestBase {

    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Units units;
    @Autowired
    PublicityActivities activities;
    @Autowired
    PublicityDuties duties;
    @Autowired
    Trainings trainings;
    @Autowired
    Grassroots grassroots;

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

    long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    /** An activity of 东湖镇 from {@code starts} to {@code ends}, planned by its 法治办. */
    PublicityActivity planned(String title, LocalDate starts, LocalDate ends) {
        return as("donghu", () -> activities.plan(new ActivityRequest(unit("SFX-DH"), null, title, ActivityKind.LECTURE,
                starts, ends, "东湖镇文化站", "村民", "讲解民法典婚姻家庭编，联系人电话13800001111。", null)));
    }

    PublicityActivity announced(String title, LocalDate starts, LocalDate ends) {
        PublicityActivity a = planned(title, starts, ends);
        return as("donghu", () -> activities.announce(a.id(), new AnnouncementRequest(a.version())));
    }

    LawExam exam(String user, String unitCode, LocalDate heldOn) {
        return as(user, () -> trainings.holdExam(new ExamRequest(unit(unitCode), "学法考试", ExamKind.STAFF_LAW, heldOn,
                new BigDecimal("100"), new BigDecimal("60"))));
    }
}
