package org.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The targets are checked against the records: SD-18 (each enforcement department assigns at least two
 * staff to administrative mediation, counted from the staff records on the day), the resolution rate of
 * a year's cases, and the demo county's year — 综合行政执法局 one short of SD-18, 松林村 without a legal
 * adviser (SD-19 short), every village with a mediation committee.
 */
@FazhiIT
class DisputesTargetsIT extends DisputesTestBase {

    @Autowired
    Assessment assessment;
    @Autowired
    Units units;

    @Test
    void anEnforcementDepartmentWithOneMediationStaffIsShortOfSd18UntilASecondIsAssigned() {
        on(LocalDate.of(2026, 6, 1));
        as(fx.handler(), () -> administrative.add(new StaffRequest(fx.agency(), "调解员甲", "法制员",
                LocalDate.of(2026, 1, 5))));
        var staffing = as(fx.handler(), () -> administrative.departments(fx.town(), null));
        assertThat(staffing).singleElement().satisfies(d -> {
            assertThat(d.count()).isEqualTo(1);
            assertThat(d.required()).isEqualTo(2);
            assertThat(d.meets()).isFalse();
        });
        var short_ = as("fzb", () -> assessment.figure("disputes.admin-mediation-staff", fx.town(), 2026));
        assertThat(short_.metric().ruleId()).isEqualTo("SD-18");
        assertThat(short_.value().numerator()).isZero();
        assertThat(short_.value().denominator()).isEqualTo(1);

        AdminMediationStaff second = as(fx.handler(), () -> administrative.add(new StaffRequest(fx.agency(), "调解员乙",
                "科员", LocalDate.of(2026, 5, 1))));
        assertThat(as("fzb", () -> assessment.figure("disputes.admin-mediation-staff", fx.town(), 2026)).value().value())
                .isEqualByComparingTo("100.00");
        // counted on the day: before the second was assigned, and after one left, the department is short
        assertThat(as(fx.handler(), () -> administrative.departments(fx.town(), LocalDate.of(2026, 4, 30))).get(0).meets())
                .isFalse();
        as(fx.handler(), () -> administrative.end(second.id(), new EndingRequest(LocalDate.of(2026, 5, 20), null)));
        assertThat(as(fx.handler(), () -> administrative.departments(fx.town(), null)).get(0).meets()).isFalse();
    }

    @Test
    void onlyAnEnforcementDepartmentAssignsAdministrativeMediationStaff() {
        assertThatThrownBy(() -> as(fx.handler(), () -> administrative.add(new StaffRequest(fx.villageA(), "某人", "村干部",
                LocalDate.of(2026, 1, 5))))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).messageKey()).isEqualTo("disputes.staff.not-enforcement"));
    }

    @Test
    void theResolutionRateCountsTheAgreementsAmongTheYearsCasesTakenUp() {
        on(LocalDate.of(2026, 6, 1));
        agreed(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 10));
        agreed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10));
        MediationCase failed = mediating(LocalDate.of(2026, 4, 1));
        as(fx.handler(), () -> cases.fail(failed.id(), new FailureRequest(LocalDate.of(2026, 4, 20), "分歧大", null)));
        mediating(LocalDate.of(2026, 5, 20));
        MediationCase declined = received(LocalDate.of(2026, 5, 2), false);
        as(fx.handler(), () -> cases.decline(declined.id(), new DeclineRequest(LocalDate.of(2026, 5, 3), "已起诉", null)));
        var rate = as("fzb", () -> assessment.figure("disputes.mediation-resolution-rate", fx.town(), 2026));
        assertThat(rate.value().numerator()).isEqualTo(2);
        assertThat(rate.value().denominator()).isEqualTo(4);
        assertThat(as("fzb", () -> assessment.figure("disputes.mediation-cases", fx.town(), 2026)).value().numerator())
                .isEqualTo(5);
        var byOrg = as(fx.handler(), () -> cases.resolutionByOrg(fx.town(), 2026));
        assertThat(byOrg).filteredOn(r -> r.org().id().equals(fx.committee().id())).singleElement().satisfies(r -> {
            assertThat(r.received()).isEqualTo(4);
            assertThat(r.agreed()).isEqualTo(2);
            assertThat(r.rate()).isEqualByComparingTo("50.0");
        });
    }

    @Test
    void theDemoCountysYearShowsItsShortfallsAndCounts() {
        long county = units.findByCode("SFX").orElseThrow().id();
        int year = today().getYear();
        var staff = as("fzb", () -> assessment.records("disputes.admin-mediation-staff", county, year));
        assertThat(staff).filteredOn(MetricRecord::counted).extracting(MetricRecord::label).contains("示范县市场监督管理局");
        assertThat(staff).filteredOn(r -> !r.counted()).extracting(MetricRecord::label).contains("示范县综合行政执法局");
        var advisers = as("fzb", () -> assessment.records("disputes.village-adviser-coverage", county, year));
        assertThat(advisers).filteredOn(r -> !r.counted()).extracting(MetricRecord::label)
                .anyMatch(l -> l.endsWith("西山乡松林村民委员会"));
        var committees = as("fzb", () -> assessment.records("disputes.mediation-committee-coverage", county, year));
        assertThat(committees).filteredOn(r -> r.label().contains("松林村") || r.label().contains("青石村")
                || r.label().contains("柳塘村")).allMatch(MetricRecord::counted).hasSize(3);
        assertThat(as("fzb", () -> assessment.figure("disputes.legal-service-centres", county, year)).value().numerator())
                .isGreaterThanOrEqualTo(1);
        assertThat(as("fzb", () -> assessment.figure("disputes.consultations", county, year)).value().numerator())
                .isPositive();
        assertThat(as("fzb", () -> cases.list(county, null, null))).extracting(MediationCase::status)
                .contains(MediationStatus.values());
        assertThat(as("fzb", () -> petitions.list(county, null, null))).extracting(Petition::status)
                .contains(PetitionStatus.values());
    }
}
