package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists' figures come from the versions in force: items per list, certifications kept, cancelled and
 * handled by 告知承诺, the one-window share against SD-16, high-frequency items at most one trip against
 * LS-01, company start-up items within SD-15; each with the records behind it.
 */
@FazhiIT
class ListsMetricsIT extends ListsTestBase {

    @Autowired
    Assessment assessment;

    @Test
    void theFiguresCountTheItemsOfTheListsInForce() {
        LocalDate effective = LocalDate.of(today().getYear(), 1, 1);
        as("fzb", () -> {
            imports.loadInForce(fx.dept(), ListKind.POWER, effective, "现行权责清单", fx.firstPowerList());
            imports.loadInForce(fx.dept(), ListKind.CERTIFICATION, effective, "证明事项清理结果", List.of(
                    new ListImport.Row(2, Map.of("code", "ZM-1", "name", "出生医学证明", "basis-law", "《母婴保健法》",
                            "cert-status", "保留", "commitment", "否")),
                    new ListImport.Row(3, Map.of("code", "ZM-2", "name", "无犯罪记录证明", "basis-law", "《公务员法》",
                            "cert-status", "保留", "commitment", "是")),
                    new ListImport.Row(4, Map.of("code", "ZM-3", "name", "居住证明", "cert-status", "取消",
                            "replacement", "申请人承诺"))));
            imports.loadInForce(fx.dept(), ListKind.SERVICE, effective, "服务事项清单", List.of(
                    new ListImport.Row(2, Map.of("code", "FW-1", "name", "企业设立登记", "window", "是", "one-trip", "是",
                            "high-frequency", "是", "time-limit", "3", "startup", "是", "online", "是")),
                    new ListImport.Row(3, Map.of("code", "FW-2", "name", "企业变更登记", "window", "是", "one-trip", "否",
                            "high-frequency", "是", "time-limit", "8", "startup", "是")),
                    new ListImport.Row(4, Map.of("code", "FW-3", "name", "其他审批", "window", "否"))));
        });
        int year = today().getYear();
        assertThat(figure("lists.power-items", year).numerator()).isEqualTo(3);
        assertThat(figure("lists.certifications-kept", year).numerator()).isEqualTo(2);
        assertThat(figure("lists.certifications-cancelled", year).numerator()).isEqualTo(1);
        assertThat(figure("lists.notification-commitments", year).numerator()).isEqualTo(1);
        assertThat(figure("lists.service-items", year).numerator()).isEqualTo(3);

        var oneWindow = as("fzb", () -> assessment.figure("lists.one-window-rate", fx.dept(), year));
        assertThat(oneWindow.metric().ruleId()).isEqualTo("SD-16");
        assertThat(oneWindow.metric().target()).isEqualByComparingTo("80");
        assertThat(oneWindow.value().numerator()).isEqualTo(2);
        assertThat(oneWindow.value().denominator()).isEqualTo(3);

        var oneTrip = as("fzb", () -> assessment.figure("lists.one-trip-high-frequency", fx.dept(), year));
        assertThat(oneTrip.metric().ruleId()).isEqualTo("LS-01");
        assertThat(oneTrip.value().numerator()).isEqualTo(1);

        var startup = as("fzb", () -> assessment.figure("lists.company-startup-within-limit", fx.dept(), year));
        assertThat(startup.metric().ruleId()).isEqualTo("SD-15");
        assertThat(startup.value().numerator()).isEqualTo(1);
        assertThat(startup.value().denominator()).isEqualTo(2);
        assertThat(as("fzb", () -> assessment.records("lists.company-startup-within-limit", fx.dept(), year)))
                .extracting(MetricRecord::counted, MetricRecord::note).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(true, "3"), org.assertj.core.groups.Tuple.tuple(false, "8"));
        assertThat(figure("lists.power-items", year - 1).numerator()).as("not in force last year").isZero();
    }

    private org.fazhi.assessment.MetricValue figure(String id, int year) {
        return as("fzb", () -> assessment.figure(id, fx.dept(), year)).value();
    }
}
