package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.PageQuery;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Data scope at the service level: a township sees its own documents only (another township's or
 * another county's answer 404 and are not listed); the registering office sees the documents of
 * the bodies it registers; a review desk sees what was submitted to it from another unit, and
 * nothing else.
 */
@FazhiIT
class DocumentScopeIT extends NormdocsTestBase {

    @Autowired
    Units units;

    private IssuingBody bodyOf(String user, long bodyUnit, long officeParent, String name, String officePrefix) {
        return as(user, () -> {
            Unit office = units.create(new UnitDraft(officeParent, "ND" + fx.tag() + officePrefix, name + "登记机关",
                    UnitKind.DEPARTMENT, units.get(officeParent).level(), 99, true));
            bodies.registerOffice(office.id(), officePrefix + fx.tag());
            return bodies.add(new IssuingBodies.BodyRequest(bodyUnit, name + fx.tag(), name.substring(0, 1)
                    + fx.tag() + "发", office.id()));
        });
    }

    private NormativeDocument draftAs(String user, IssuingBody body, String title) {
        return as(user, () -> documents.create(new DraftRequest(body.id(), null, null, title + fx.tag(), false,
                "正文", "起草说明", "制定依据", "不涉及群众切身利益，对权利义务没有重大影响")));
    }

    private boolean listed(String user, long id) {
        return as(user, () -> documents.list(null, null, null, null, fx.tag(), new PageQuery(0, 100))).items()
                .stream().anyMatch(d -> d.id() == id);
    }

    private static long xishanDoc;
    private static long linxianDoc;

    @BeforeEach
    void otherUnitsDocuments() {
        on(LocalDate.of(2025, 6, 3));
        if (xishanDoc != 0) {
            return;
        }
        long xishan = units.findByCode("SFX-XS").orElseThrow().id();
        long linxianJustice = units.findByCode("LX-SFJ").orElseThrow().id();
        IssuingBody xs = bodyOf("xishan", xishan, xishan, "西山乡人民政府", "XS");
        IssuingBody lx = bodyOf("linxian", linxianJustice, linxianJustice, "邻县司法局", "LX");
        xishanDoc = draftAs("xishan", xs, "西山乡文件").id();
        linxianDoc = draftAs("linxian", lx, "邻县文件").id();
    }

    @Test
    void aTownshipCannotGetOrListAnotherTownshipsOrCountysDocuments() {
        for (long id : new long[] {xishanDoc, linxianDoc}) {
            notFound(() -> as("donghu", () -> documents.get(id)));
            notFound(() -> as("donghu", () -> documents.versions(id)));
            notFound(() -> as("donghu", () -> documents.reviews(id)));
            notFound(() -> as("donghu", () -> consultations.ofDocument(id)));
            notFound(() -> as("donghu", () -> filings.of(id)));
            notFound(() -> as("donghu", () -> documents.withdraw(id, "越权终止")));
            assertThat(listed("donghu", id)).isFalse();
        }
        assertThat(as("xishan", () -> documents.get(xishanDoc)).id()).isEqualTo(xishanDoc);
        assertThat(listed("xishan", xishanDoc)).isTrue();
        notFound(() -> as("xishan", () -> documents.get(linxianDoc)));
        notFound(() -> as("linxian", () -> documents.get(xishanDoc)));
        assertThat(listed("linxian", linxianDoc)).isTrue();
        // the county sees its townships, not the neighbouring county
        assertThat(as("fzb", () -> documents.get(xishanDoc)).id()).isEqualTo(xishanDoc);
        notFound(() -> as("fzb", () -> documents.get(linxianDoc)));
    }

    @Test
    void theRegisteringOfficeSeesTheDocumentsOfItsBodies() {
        NormativeDocument d = draft("登记机关可见文件", false);
        // shencha works in the county justice bureau, above the fixture's registering office
        assertThat(as("shencha", () -> documents.get(d.id())).id()).isEqualTo(d.id());
        assertThat(listed("shencha", d.id())).isTrue();
        notFound(() -> as("shencha", () -> documents.get(xishanDoc)));
        assertThat(listed("shencha", xishanDoc)).isFalse();
        notFound(() -> as("donghu", () -> documents.get(d.id())));
    }

    @Test
    void aReviewerSeesWhatIsSubmittedToTheDeskFromAnotherUnitAndNothingElse() {
        NormativeDocument d = draft("送审可见文件", false);
        notFound(() -> as(fx.reviewer(), () -> documents.get(d.id())));
        LegalityReview ours = submit(d.id());
        LegalityReview theirs = as("xishan", () -> documents.submitForReview(xishanDoc));

        assertThat(as(fx.reviewer(), () -> reviews.get(ours.id())).id()).isEqualTo(ours.id());
        assertThat(as(fx.reviewer(), () -> reviews.queue())).extracting(LegalityReview::id).contains(ours.id())
                .doesNotContain(theirs.id());
        assertThat(as(fx.reviewer(), () -> reviews.list(null, null, new PageQuery(0, 100))).items())
                .extracting(LegalityReview::id).contains(ours.id()).doesNotContain(theirs.id());
        notFound(() -> as(fx.reviewer(), () -> reviews.get(theirs.id())));
        // the desk reads the text under review; the other township's stays hidden
        assertThat(as(fx.reviewer(), () -> documents.currentVersion(d.id())).id()).isEqualTo(d.currentVersionId());
        notFound(() -> as(fx.reviewer(), () -> documents.get(xishanDoc)));
        // the submitting town's drafter follows its request; the other township does not see it
        assertThat(as(fx.drafter(), () -> reviews.get(ours.id())).id()).isEqualTo(ours.id());
        notFound(() -> as("xishan", () -> reviews.get(ours.id())));
        notFound(() -> as("donghu", () -> reviews.get(ours.id())));
    }
}
