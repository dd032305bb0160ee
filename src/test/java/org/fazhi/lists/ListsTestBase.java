package org.fazhi.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the lists tests share: the services, the test clock, one {@link ListsFixture} per test class,
 * and the steps of an adjustment taken as the fixture's keeper and the county desk's reviewer.
 */
abstract class ListsTestBase {

    private static final Map<Class<?>, ListsFixture> FIXTURES = new ConcurrentHashMap<>();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs actingAs;
    @Autowired
    TestClock clock;
    @Autowired
    Lists lists;
    @Autowired
    ListImport imports;
    @Autowired
    PowerItems powers;
    @Autowired
    PublicLists publicLists;
    @Autowired
    LegalityReviews reviews;
    @Autowired
    Units units;

    ListsFixture fx;

    @BeforeEach
    void fixture() {
        fx = FIXTURES.computeIfAbsent(getClass(), k -> ListsFixture.create(ctx));
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

    LocalDate today() {
        return LocalDate.now((Clock) clock);
    }

    /** A unit of its own under the fixture's department (a list per unit and kind). */
    long unit(String name) {
        int n = SERIAL.incrementAndGet();
        return as("fzb", () -> units.create(new UnitDraft(fx.dept(), "LS" + fx.tag() + "-U" + n, name + fx.tag() + n,
                UnitKind.ENFORCEMENT_AGENCY, UnitLevel.COUNTY, 10 + n, true)).id());
    }

    String code(String prefix) {
        return prefix + "-" + fx.tag() + "-" + SERIAL.incrementAndGet();
    }

    EntryRequest power(String code, String name) {
        return new EntryRequest(code, name, PowerType.PENALTY, "《中华人民共和国行政处罚法》", "第八条", null, "立案、调查、决定",
                "未依法履职的追责", null, null, null, null, null, null, null, null, null, null, null);
    }

    /** An adjustment of the unit's power list with {@code items} items, participation as said. */
    ListVersion draft(long unitId, int items, boolean participation) {
        ListVersion v = as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unitId, ListKind.POWER,
                "按照机构改革调整权责事项", participation, participation ? null : "仅为内部职责调整")));
        for (int i = 0; i < items; i++) {
            String code = code("CF");
            as(fx.keeper(), () -> lists.addEntry(v.id(), power(code, "对违法行为" + code + "的处罚")));
        }
        return reload(v.id());
    }

    ListVersion reload(long id) {
        return as("fzb", () -> lists.version(id));
    }

    LegalityReview submit(long id) {
        return as(fx.keeper(), () -> lists.submitForReview(id, null));
    }

    void conclude(long reviewId, ReviewOutcome outcome, List<String> changes) {
        as("shencha", () -> reviews.conclude(reviewId, new ConclusionRequest(outcome, "经审核，意见如下。", changes,
                "材料齐全", null)));
    }

    /** Reviewed lawful, ready to publish. */
    ListVersion lawful(long id) {
        conclude(submit(id).id(), ReviewOutcome.LAWFUL, List.of());
        return reload(id);
    }

    ListVersion publish(long id, LocalDate effective) {
        return as(fx.keeper(), () -> lists.publish(id, new ListPublicationRequest(effective, null)));
    }
}
