package org.fazhi.normdocs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.Validity;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.ReviewDesks;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's normative documents and review desk are there, loaded through the services: the
 * registering offices and bodies, the desks and advisers, the imported catalog (with the registering
 * office's counter raised past the imported numbers), a draft in consultation and one in review.
 */
@FazhiIT
class DemoDataIT {

    @Autowired
    IssuingBodies bodies;
    @Autowired
    NormativeDocuments documents;
    @Autowired
    LegalAdvisers advisers;
    @Autowired
    ReviewDesks desks;
    @Autowired
    Units units;
    @Autowired
    ActingAs acting;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCountyHasItsBodiesDesksAdvisersCatalogAndDrafts() {
        List<String> names = bodies.all().stream().map(IssuingBody::name).toList();
        assertThat(names).contains("示范县人民政府", "示范县人民政府办公室", "示范县市场监督管理局", "示范县教育局", "东湖镇人民政府",
                "西山乡人民政府", "邻县人民政府");
        assertThat(bodies.all()).filteredOn(b -> b.name().equals("示范县人民政府")).singleElement()
                .satisfies(b -> assertThat(b.docNumberPrefix()).isEqualTo("示政发"));
        assertThat(jdbc.sql("select prefix from registering_office order by prefix").query(String.class).list())
                .contains("SFDR", "LXDR");
        long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
        assertThat(desks.deskFor(units.findByCode("SFX").orElseThrow().id())).isEqualTo(justice);
        assertThat(desks.deskFor(units.findByCode("SFX-SJJ").orElseThrow().id())).isEqualTo(justice);
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        assertThat(desks.deskFor(donghu)).isIn(donghu, justice);
        assertThat(acting.run("shencha", () -> advisers.withUses(2026))).extracting(u -> u.adviser().firm())
                .contains("示范明理律师事务所");

        List<NormativeDocument> county = acting.run("fzb", () -> documents.list(null, null, null, null, null,
                new PageQuery(0, 200))).items();
        assertThat(county).filteredOn(NormativeDocument::imported).extracting(NormativeDocument::documentNumber)
                .contains("示政发〔2024〕1号", "示教发〔2025〕2号", "东政发〔2024〕4号", "西政发〔2025〕1号");
        assertThat(county).filteredOn(d -> "示政发〔2020〕12号".equals(d.documentNumber())).singleElement()
                .satisfies(d -> assertThat(d.validity()).isEqualTo(Validity.REPEALED));
        assertThat(county).extracting(NormativeDocument::title)
                .anyMatch(t -> t.startsWith("示范县预付式消费经营行为管理办法（征求意见稿）"))
                .contains("示范县市场监管领域部门联合抽查工作规则");
        assertThat(acting.run("linxian", () -> documents.list(null, null, null, null, "邻政发", new PageQuery(0, 10)))
                .items()).extracting(NormativeDocument::registrationNumber).contains("LXDR201500008");

        Integer counter2024 = jdbc.sql("select last_serial from registration_counter where registering_unit_id = ?"
                + " and year_no = 2024").param(justice).query(Integer.class).optional().orElse(0);
        assertThat(counter2024).as("SFDR 2024 raised past the imported SFDR202400011").isGreaterThanOrEqualTo(11);
        Integer counter2015 = jdbc.sql("select last_serial from registration_counter c join registering_office o"
                + " on o.unit_id = c.registering_unit_id where o.prefix = 'LXDR' and c.year_no = 2015")
                .query(Integer.class).optional().orElse(0);
        assertThat(counter2015).isGreaterThanOrEqualTo(8);
    }

    /**
     * The past year was replayed through the procedure on its days: every state of the procedure is
     * there, filings on time, late, overdue and within their period, a filing review passed and
     * corrections made and pending, and the figures count real documents.
     */
    @Test
    void theDemoYearShowsEveryStateFilingOutcomeAndFigure() {
        List<NormativeDocument> county = acting.run("fzb", () -> documents.list(null, null, null, null, null,
                new PageQuery(0, 200))).items();
        assertThat(county).filteredOn(d -> !d.imported()).extracting(NormativeDocument::status)
                .contains(DocumentStatus.values());
        assertThat(jdbc.sql("select count(*) from document_filing where filed_on is not null and filed_on <= due_on")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from document_filing where filed_on > due_on").query(Long.class)
                .single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document_filing where review_result = 'PASSED'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document_filing where review_result = 'CORRECTION_REQUESTED'"
                + " and corrected_on is null").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document_filing where corrected_on is not null").query(Long.class)
                .single()).isGreaterThanOrEqualTo(1);
        // the 督办台: a filing past its day still open, a publication and a correction due
        assertThat(jdbc.sql("select count(*) from deadline where module = 'normdocs' and status in ('OPEN', 'OVERDUE')"
                + " and due_date < current_date").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select distinct label from deadline where module = 'normdocs' and status in ('OPEN',"
                + " 'OVERDUE')").query(String.class).list()).contains("normdocs.deadline.publication",
                        "normdocs.deadline.correction", "normdocs.deadline.filing");
    }
}
