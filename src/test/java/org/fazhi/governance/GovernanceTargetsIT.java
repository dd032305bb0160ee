package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * The yearly targets counted from the records: study sessions (SD-09 ≥4), court-hearing attendance
 * (SD-10 ≥1), special meetings (SD-11 ≥1), a self-inspection in each half (SD-13), the rule-of-law
 * weight in the target assessment (SD-14 ≥10%); an early warning in the fourth quarter, missed after
 * the year.
 */
@FazhiIT
class GovernanceTargetsIT extends GovernanceTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.fazhi.assessment.Assessment assessment;

    private void meeting(long unit, MeetingKind kind, LocalDate on) {
        as(unit == fx.other() ? "fzb" : fx.office(), () -> meetings.record(new MeetingRequest(unit, kind, on, "法治专题学习：" + on,
                "镇党委书记、镇长及班子成员", 9, "会议学习了有关法律法规并作出部署。", "镇会议室"), List.of()));
    }

    private TargetCheck check(long unit, int year, String target) {
        return as(fx.office(), () -> targets.checks(unit, year)).stream().filter(t -> t.target().equals(target))
                .findFirst().orElseThrow();
    }

    @Test
    void aYearWithThreeStudySessionsShowsShortOfSD09() {
        int year = today().getYear() - 1;
        for (int month : new int[] {3, 6, 9}) {
            meeting(fx.town(), MeetingKind.STUDY_SESSION, LocalDate.of(year, month, 15));
        }
        TargetCheck study = check(fx.town(), year, "study-sessions");
        assertThat(study.ruleId()).isEqualTo("SD-09");
        assertThat(study.actual()).isEqualByComparingTo("3");
        assertThat(study.required()).isEqualByComparingTo("4");
        assertThat(study.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(study.records()).hasSize(3);

        var figure = as("fzb", () -> assessment.figure("governance.study-sessions-target", fx.town(), year));
        assertThat(figure.metric().ruleId()).isEqualTo("SD-09");
        assertThat(figure.value().numerator()).isZero();
        assertThat(figure.value().denominator()).isEqualTo(1);
        assertThat(as("fzb", () -> assessment.records("governance.study-sessions-target", fx.town(), year)))
                .singleElement().satisfies(r -> {
                    assertThat(r.counted()).isFalse();
                    assertThat(r.note()).startsWith("3 / 4");
                });

        meeting(fx.town(), MeetingKind.STUDY_SESSION, LocalDate.of(year, 12, 1));
        assertThat(check(fx.town(), year, "study-sessions").status()).isEqualTo(TargetStatus.MET);
        assertThat(as("fzb", () -> assessment.figure("governance.study-sessions-target", fx.town(), year)).value()
                .value()).isEqualByComparingTo("100");
        assertThat(as("fzb", () -> assessment.figure("governance.study-sessions", fx.town(), year)).value()
                .numerator()).isEqualTo(4);
    }

    @Test
    void aTargetNotYetMetIsFlaggedEarlyInTheFourthQuarterAndOnTrackBefore() {
        clock.setDate(LocalDate.of(2025, 9, 30));
        meeting(fx.other(), MeetingKind.STUDY_SESSION, LocalDate.of(2025, 3, 1));
        // the outsider's own town, seen through the county 法治办
        assertThat(as("fzb", () -> targets.checks(fx.other(), 2025)).stream()
                .filter(t -> t.target().equals("study-sessions")).findFirst().orElseThrow().status())
                .isEqualTo(TargetStatus.ON_TRACK);
        clock.setDate(LocalDate.of(2025, 10, 1));
        assertThat(as("fzb", () -> targets.checks(fx.other(), 2025))).filteredOn(t -> !t.met())
                .extracting(TargetCheck::status).containsOnly(TargetStatus.WARNING);
    }

    @Test
    void hearingsSpecialMeetingsAndSelfInspectionsInEachHalfAreCountedAgainstTheirRules() {
        int year = today().getYear() - 2;
        meeting(fx.town(), MeetingKind.HEARING_ATTENDANCE, LocalDate.of(year, 5, 20));
        meeting(fx.town(), MeetingKind.SPECIAL_MEETING, LocalDate.of(year, 2, 10));
        as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.town(),
                InspectionKind.SELF_INSPECTION, 1, LocalDate.of(year, 6, 25), "镇法治办", "上半年自查")));
        assertThat(check(fx.town(), year, "hearing-attendance")).extracting(TargetCheck::ruleId, TargetCheck::status)
                .containsExactly("SD-10", TargetStatus.MET);
        assertThat(check(fx.town(), year, "special-meetings")).extracting(TargetCheck::ruleId, TargetCheck::status)
                .containsExactly("SD-11", TargetStatus.MET);
        TargetCheck self = check(fx.town(), year, "self-inspections");
        assertThat(self.ruleId()).isEqualTo("SD-13");
        assertThat(self.actual()).isEqualByComparingTo("1");
        assertThat(self.status()).as("only the first half was inspected").isEqualTo(TargetStatus.MISSED);
        as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.town(),
                InspectionKind.SELF_INSPECTION, 2, LocalDate.of(year, 12, 20), "镇法治办", "下半年自查")));
        assertThat(check(fx.town(), year, "self-inspections").status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aRuleOfLawWeightBelowTenPercentIsShortOfSD14AtOnce() {
        int year = today().getYear() + 1;
        as(fx.office(), () -> weights.save(new WeightRequest(fx.town(), year, new BigDecimal("100"),
                new BigDecimal("8"), "镇年度综合目标考核办法", null)));
        TargetCheck weight = check(fx.town(), year, "assessment-weight");
        assertThat(weight.ruleId()).isEqualTo("SD-14");
        assertThat(weight.actual()).isEqualByComparingTo("8.00");
        assertThat(weight.status()).isEqualTo(TargetStatus.MISSED);
        as(fx.office(), () -> weights.save(new WeightRequest(fx.town(), year, new BigDecimal("200"),
                new BigDecimal("24"), "镇年度综合目标考核办法（修订）", null)));
        assertThat(check(fx.town(), year, "assessment-weight").status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aMeetingOfAnotherUnitOrInTheFutureIsNotRecorded() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(fx.office(), () -> meetings.record(
                new MeetingRequest(fx.other(), MeetingKind.STUDY_SESSION, today(), "越权", "无", 1, "无", null),
                List.of()))).isInstanceOf(org.fazhi.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(fx.office(), () -> meetings.record(
                new MeetingRequest(fx.town(), MeetingKind.STUDY_SESSION, today().plusDays(1), "未来", "无", 1, "无",
                        null), List.of()))).isInstanceOf(org.fazhi.shared.InvalidInputException.class);
    }
}
