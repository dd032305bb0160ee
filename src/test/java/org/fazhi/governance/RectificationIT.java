package org.fazhi.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * Inspections and self-inspections, their findings and the rectification to closure: a self-inspection
 * is of the unit itself and names its half, an inspection is of a unit below; each finding has an owner
 * unit within the unit inspected, a person in charge and a due date on the 督办台 (GV-02); the owner unit
 * reports it rectified with evidence; the inspecting unit's office accepts (the deadline met) or returns.
 */
@FazhiIT
class RectificationIT extends GovernanceTestBase {

    @Test
    void aFindingIsRectifiedWithEvidenceAndAcceptedByTheInspectingSide() {
        LocalDate on = today().minusDays(30);
        Inspection i = as("fzb", () -> inspections.record(new InspectionRequest(null, fx.town(),
                InspectionKind.INSPECTION, null, on, "县委依法治县办督察组", "对治理镇法治政府建设情况开展实地督察。")));
        Finding f = as("fzb", () -> inspections.addFinding(i.id(), new FindingRequest("重大行政决策未落实合法性审查",
                fx.dept(), "测试负责人", "建立决策前合法性审查台账", today().plusDays(20))));
        assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
        var d = deadlines.find(f.deadlineId()).orElseThrow();
        assertThat(d.ruleId()).isEqualTo("GV-02");
        assertThat(d.ownerUnitId()).isEqualTo(fx.dept());
        assertThat(d.dueDate()).isEqualTo(today().plusDays(20));

        assertThatThrownBy(() -> as(fx.coworker(), () -> rectifications.reportProgress(f.id(),
                new ProgressRequest("其他单位报送", null), List.of()))).as("another unit does not even see it")
                .isInstanceOf(org.fazhi.shared.NotFoundException.class);
        assertThatThrownBy(() -> as(fx.leader(), () -> rectifications.reportProgress(f.id(),
                new ProgressRequest("领导报送", null), List.of()))).as("leaders read")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as(fx.worker(), () -> rectifications.reportProgress(f.id(), new ProgressRequest("已建立台账。", null), List.of()));
        assertThatThrownBy(() -> as(fx.worker(), () -> rectifications.submitRectification(f.id(),
                new CompletionRequest(today(), "整改完成", null), List.of()))).isInstanceOf(InvalidInputException.class);
        as(fx.worker(), () -> rectifications.submitRectification(f.id(), new CompletionRequest(today().minusDays(1),
                "已建立合法性审查台账并补充审查。", null), evidence("台账")));
        assertThatThrownBy(() -> as(fx.office(), () -> rectifications.accept(f.id(),
                new DecisionNoteRequest(null, null)))).as("the town office did not hold the inspection")
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("not-inspecting-unit");
        Finding closed = as("fzb", () -> rectifications.accept(f.id(), new DecisionNoteRequest("整改到位，予以销号。",
                null)));
        assertThat(closed.status()).isEqualTo(FindingStatus.CLOSED);
        var met = deadlines.find(f.deadlineId()).orElseThrow();
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.late()).isFalse();
        assertThat(as(fx.worker(), () -> findingGuide.of(f.id())).nextKey()).isEqualTo("governance.next.finding-closed");
    }

    @Test
    void aSelfInspectionIsOfTheUnitItselfAndAnInspectionOfAUnitBelow() {
        assertThatThrownBy(() -> as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.dept(),
                InspectionKind.SELF_INSPECTION, 1, today(), "镇法治办", "自查")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.town(),
                InspectionKind.SELF_INSPECTION, null, today(), "镇法治办", "自查")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(fx.office(), () -> inspections.record(new InspectionRequest(fx.town(), fx.town(),
                InspectionKind.INSPECTION, null, today(), "镇法治办", "督察本镇")))).isInstanceOf(InvalidInputException.class);
        Inspection self = as(fx.office(), () -> inspections.record(new InspectionRequest(null, fx.town(),
                InspectionKind.SELF_INSPECTION, 2, today(), "镇法治办", "下半年自查")));
        assertThatThrownBy(() -> as(fx.office(), () -> inspections.addFinding(self.id(), new FindingRequest("问题",
                fx.other(), "某人", "措施", today().plusDays(5))))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("ownerUnitId"));
        assertThatThrownBy(() -> as(fx.office(), () -> inspections.addFinding(self.id(), new FindingRequest("问题",
                fx.dept(), "某人", "措施", today().minusDays(1))))).isInstanceOf(InvalidInputException.class);
        Finding f = as(fx.office(), () -> inspections.addFinding(self.id(), new FindingRequest("执法公示不及时",
                fx.codept(), "某人", "按期公示", today().plusDays(5))));
        as(fx.coworker(), () -> rectifications.submitRectification(f.id(), new CompletionRequest(today(), "已公示", null),
                evidence("公示截图")));
        Finding returned = as(fx.office(), () -> rectifications.returnFinding(f.id(),
                new DecisionNoteRequest("截图不清晰。", null)));
        assertThat(returned.status()).isEqualTo(FindingStatus.RECTIFYING);
        assertThat(returned.rectifiedOn()).isNull();
    }
}
