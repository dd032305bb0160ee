package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.internal.FilingAddressees;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whom a document is filed with follows from who issued it: a department's documents go to its own
 * level's government; a county government's to the government above and the county's people's
 * congress standing committee; a township has no standing committee, so only the government above.
 * The 文号's year is the year of issue.
 */
@FazhiIT
class FilingAddresseeIT extends NormdocsTestBase {

    @Autowired
    FilingAddressees addressees;

    @Test
    void theFilingAddresseeIsDerivedFromTheIssuingBodyAndItsUnit() {
        Map<String, IssuingBody> demo = as("fzb", () -> bodies.all()).stream()
                .collect(Collectors.toMap(IssuingBody::name, b -> b, (a, b) -> a));
        assertThat(addressees.of(demo.get("示范县市场监督管理局"))).isEqualTo("示范县人民政府");
        assertThat(addressees.of(demo.get("示范县人民政府"))).isEqualTo("示范市人民政府、示范县人大常委会");
        assertThat(addressees.of(demo.get("东湖镇人民政府"))).isEqualTo("示范县人民政府");
        // the fixture's town: filed with the county only
        assertThat(addressees.of(fx.body())).isEqualTo("示范县人民政府");
    }

    @Test
    void publishingWithoutNamingTheAddresseeFilesWithTheDerivedOne() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument d = published("备案对象文件");
        assertThat(as(fx.drafter(), () -> filings.of(d.id())).orElseThrow().filedTo()).isEqualTo("示范县人民政府");
    }

    @Test
    void aDocumentNumberOfAnotherYearThanTheYearOfIssueIsRefused() {
        on(LocalDate.of(2026, 3, 2));
        NormativeDocument d = draft("文号年份文件", false);
        lawful(d.id());
        deliberate(d.id());
        String lastYear = fx.body().docNumberPrefix() + "〔2025〕" + 901 + "号";
        invalid(() -> as("fzb", () -> documents.register(d.id(), lastYear)), "documentNumber",
                "normdocs.document-number.year");
        assertThat(reload(d.id()).registrationNumber()).isNull();
        String thisYear = fx.body().docNumberPrefix() + "〔2026〕" + 901 + "号";
        assertThat(as("fzb", () -> documents.register(d.id(), thisYear)).documentNumber()).isEqualTo(thisYear);
    }
}
