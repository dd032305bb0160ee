package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The power items other modules read (enforcement: which powers an agency holds on a day): an item
 * keeps its id across versions, is in force from the effective date of the first version carrying it
 * until a later version drops it, and is found by the unit that exercises it and by type.
 */
@FazhiIT
class PowerItemsIT {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs as;
    @Autowired
    TestClock clock;
    @Autowired
    PowerItems powers;
    @Autowired
    Lists lists;
    @Autowired
    ListImport imports;
    @Autowired
    LegalityReviews reviews;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anItemKeepsItsIdAcrossVersionsAndIsInForceUntilAVersionDropsIt() {
        ListsFixture fx = ListsFixture.create(ctx);
        LocalDate v1Effective = LocalDate.of(2024, 1, 1);
        clock.setDate(LocalDate.of(2025, 6, 2));
        ListImportReport loaded = as.run("fzb", () -> imports.loadInForce(fx.dept(), ListKind.POWER, v1Effective,
                "2023年公布的权责清单", fx.firstPowerList()));
        assertThat(loaded.ok()).as("%s", loaded.errors()).isTrue();

        List<PowerItem> deptPowers = powers.inForce(fx.dept(), LocalDate.of(2025, 6, 2));
        assertThat(deptPowers).extracting(PowerItem::code).containsExactlyInAnyOrder("CF-" + fx.tag() + "-001",
                "JC-" + fx.tag() + "-001");
        assertThat(powers.inForce(fx.squad(), LocalDate.of(2025, 6, 2))).extracting(PowerItem::code)
                .containsExactly("CF-" + fx.tag() + "-002");
        assertThat(powers.inForce(fx.dept(), LocalDate.of(2025, 6, 2), PowerType.INSPECTION))
                .extracting(PowerItem::code).containsExactly("JC-" + fx.tag() + "-001");
        assertThat(powers.inForce(fx.dept(), LocalDate.of(2023, 12, 31))).as("before the list took effect").isEmpty();

        PowerItem penalty = deptPowers.stream().filter(p -> p.code().endsWith("CF-" + fx.tag() + "-001")).findFirst()
                .orElseThrow();
        PowerItem inspection = deptPowers.stream().filter(p -> p.type() == PowerType.INSPECTION).findFirst()
                .orElseThrow();
        assertThat(penalty.type()).isEqualTo(PowerType.PENALTY);
        assertThat(penalty.legalBasis()).isEqualTo("《无证无照经营查处办法》第十三条");
        assertThat(penalty.unitId()).isEqualTo(fx.dept());
        assertThat(penalty.listUnitId()).isEqualTo(fx.dept());
        assertThat(penalty.inForceFrom()).isEqualTo(v1Effective);
        assertThat(penalty.inForceUntil()).isNull();

        // The second version drops the inspection and changes the penalty's basis; it takes effect on 1 July.
        ListVersion draft = as.run(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(null, ListKind.POWER,
                "按照上位法修订调整", false, "仅为依据更新和事项精简，不涉及群众切身利益")));
        as.run(fx.keeper(), () -> {
            lists.removeEntry(draft.id(), inspection.id(), null);
            lists.changeEntry(draft.id(), penalty.id(), new EntryRequest(penalty.code(), penalty.name(),
                    PowerType.PENALTY, "《无证无照经营查处办法》（2023年修订）", "第十三条", null, "立案、调查、决定、执行责任",
                    "不依法履行职责的，依法追究责任", null, null, null, null, null, null, null, null, null, null, null));
        });
        LegalityReview review = as.run(fx.keeper(), () -> lists.submitForReview(draft.id(), null));
        as.run("shencha", () -> reviews.conclude(review.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                "调整内容有法律依据，程序合法。", List.of(), "材料齐全，事项简单", null)));
        LocalDate v2Effective = LocalDate.of(2025, 7, 1);
        ListVersion published = as.run(fx.keeper(), () -> lists.publish(draft.id(),
                new ListPublicationRequest(v2Effective, null)));
        assertThat(published.status()).isEqualTo(ListVersionStatus.PUBLISHED);

        PowerItem dropped = powers.find(inspection.id()).orElseThrow();
        assertThat(dropped.inForceFrom()).isEqualTo(v1Effective);
        assertThat(dropped.inForceUntil()).isEqualTo(v2Effective);
        assertThat(dropped.inForceOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(dropped.inForceOn(v2Effective)).isFalse();
        assertThat(powers.find(inspection.id(), v2Effective)).isEmpty();

        PowerItem kept = powers.find(penalty.id()).orElseThrow();
        assertThat(kept.id()).as("same item, same id").isEqualTo(penalty.id());
        assertThat(kept.basisLaw()).isEqualTo("《无证无照经营查处办法》（2023年修订）");
        assertThat(kept.inForceFrom()).isEqualTo(v1Effective);
        assertThat(kept.inForceUntil()).isNull();
        assertThat(powers.find(penalty.id(), LocalDate.of(2025, 6, 30)).orElseThrow().basisLaw())
                .as("as the version in force that day states it").isEqualTo("《无证无照经营查处办法》");

        assertThat(powers.inForce(fx.dept(), LocalDate.of(2025, 6, 30))).hasSize(2);
        assertThat(powers.inForce(fx.dept(), v2Effective)).extracting(PowerItem::id).containsExactly(penalty.id());
    }

    @Test
    void anItemOfAListNeverPublishedIsNotFound() {
        ListsFixture fx = ListsFixture.create(ctx);
        ListVersion draft = as.run(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(null, ListKind.POWER,
                "首次编制", true, null)));
        ListEntry entry = as.run(fx.keeper(), () -> lists.addEntry(draft.id(), new EntryRequest("X-" + fx.tag(),
                "对某事项的处罚", PowerType.PENALTY, "《某法》", "第一条", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null)));
        assertThat(powers.find(entry.itemId())).isEmpty();
        assertThat(powers.inForce(fx.dept(), LocalDate.now(clock))).isEmpty();
    }
}
