package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.assessment.Assessment;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coverage is computed against the unit tree: the villages and communities of a subtree are its units of
 * kind VILLAGE_COMMITTEE, and one is covered on a day when a village mediation committee belonging to it
 * exists, or a legal adviser's term includes the day (SD-19). A village added to the tree counts at once;
 * a committee dissolved or an adviser's term ended leaves a gap.
 */
@FazhiIT
class VillageCoverageIT extends DisputesTestBase {

    @Autowired
    Units units;
    @Autowired
    Assessment assessment;

    @Test
    void committeeCoverageCountsTheVillagesOfTheTreeAndFollowsTheTree() {
        VillageCoverage before = as(fx.handler(), () -> orgs.coverage(fx.town(), LocalDate.of(2026, 6, 1)));
        assertThat(before.total()).isEqualTo(2);
        assertThat(before.covered()).isEqualTo(1);
        assertThat(before.gaps()).extracting(VillageCoverage.Row::unitId).containsExactly(fx.villageB());
        assertThat(before.percent()).isEqualByComparingTo("50.00");

        // the other township has no village yet; one added to the tree counts at once
        assertThat(as("fzb", () -> orgs.coverage(fx.other(), LocalDate.of(2026, 6, 1))).total()).isZero();
        long villageC = as("fzb", () -> units.create(new UnitDraft(fx.other(), "DP" + fx.tag() + "-C", fx.tag() + "丙村",
                UnitKind.VILLAGE_COMMITTEE, UnitLevel.VILLAGE, 4, true))).id();
        VillageCoverage grown = as("fzb", () -> orgs.coverage(fx.other(), LocalDate.of(2026, 6, 1)));
        assertThat(grown.total()).isEqualTo(1);
        assertThat(grown.covered()).isZero();

        MediationOrg c = as("fzb", () -> orgs.create(new MediationOrgRequest(villageC, MediationOrgKind.VILLAGE,
                fx.tag() + "丙村人民调解委员会", null, null, LocalDate.of(2026, 3, 1))));
        assertThat(as("fzb", () -> orgs.coverage(fx.other(), LocalDate.of(2026, 2, 28))).covered()).isZero();
        assertThat(as("fzb", () -> orgs.coverage(fx.other(), LocalDate.of(2026, 3, 1))).covered()).isEqualTo(1);

        as("fzb", () -> orgs.dissolve(c.id(), new EndingRequest(LocalDate.of(2026, 5, 1), null)));
        assertThat(as("fzb", () -> orgs.coverage(fx.other(), LocalDate.of(2026, 4, 30))).covered()).isEqualTo(1);
        assertThat(as("fzb", () -> orgs.coverage(fx.other(), LocalDate.of(2026, 5, 1))).covered()).isZero();
        // a committee of an enterprise covers no village
        as(fx.handler(), () -> orgs.create(new MediationOrgRequest(fx.town(), MediationOrgKind.ENTERPRISE,
                fx.tag() + "机械厂人民调解委员会", 650, null, LocalDate.of(2026, 1, 1))));
        assertThat(as(fx.handler(), () -> orgs.coverage(fx.town(), LocalDate.of(2026, 6, 1))).covered()).isEqualTo(1);
        // the county counts the villages of both
        VillageCoverage county = as("fzb", () -> orgs.coverage(units.findByCode("SFX").orElseThrow().id(),
                LocalDate.of(2026, 6, 1)));
        assertThat(county.rows()).extracting(VillageCoverage.Row::unitId).contains(fx.villageA(), fx.villageB(), villageC);
    }

    @Test
    void aVillageCommitteeBelongsToAVillageAndAVillageHasOneAtATime() {
        assertThatThrownBy(() -> as(fx.handler(), () -> orgs.create(new MediationOrgRequest(fx.town(),
                MediationOrgKind.VILLAGE, "镇上的村委会", null, null, LocalDate.of(2026, 1, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems().get(0).messageKey())
                        .isEqualTo("disputes.org.village-unit"));
        assertThatThrownBy(() -> as(fx.handler(), () -> orgs.create(new MediationOrgRequest(fx.villageA(),
                MediationOrgKind.VILLAGE, "第二个", null, null, LocalDate.of(2026, 1, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems().get(0).messageKey())
                        .isEqualTo("disputes.org.village-has-one"));
    }

    @Test
    void adviserCoverageIsShortOfSd19UntilEveryVillageHasAnAdviserServing() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        as(fx.handler(), () -> services.addAdviser(new VillageAdviserRequest(fx.villageA(), "律师甲", "正衡律师事务所",
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        as(fx.handler(), () -> services.addAdviser(new VillageAdviserRequest(fx.villageB(), "律师乙", "正衡律师事务所",
                null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        VillageCoverage c = as(fx.handler(), () -> services.adviserCoverage(fx.town(), day));
        assertThat(c.covered()).isEqualTo(1);
        assertThat(c.gaps()).extracting(VillageCoverage.Row::unitId).containsExactly(fx.villageB());

        on(day);
        var figure = as("fzb", () -> assessment.figure("disputes.village-adviser-coverage", fx.town(), 2025));
        assertThat(figure.metric().ruleId()).isEqualTo("SD-19");
        assertThat(figure.metric().target()).isEqualByComparingTo(BigDecimal.valueOf(100));
        // on 31 December 2025 only 乙村's adviser served
        assertThat(figure.value().numerator()).isEqualTo(1);
        assertThat(figure.value().denominator()).isEqualTo(2);
        var now = as("fzb", () -> assessment.figure("disputes.village-adviser-coverage", fx.town(), 2026));
        assertThat(now.value().value()).isEqualByComparingTo("50.00");
        assertThat(as("fzb", () -> assessment.records("disputes.village-adviser-coverage", fx.town(), 2026)))
                .filteredOn(r -> !r.counted()).extracting(r -> r.label()).singleElement().asString()
                .endsWith(fx.tag() + "乙村");

        as(fx.handler(), () -> services.addAdviser(new VillageAdviserRequest(fx.villageB(), "律师丙", "明德律师事务所",
                null, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28))));
        var full = as("fzb", () -> assessment.figure("disputes.village-adviser-coverage", fx.town(), 2026));
        assertThat(full.value().value()).isEqualByComparingTo("100.00");
    }
}
