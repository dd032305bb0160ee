package org.fazhi.normdocs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.DraftingPlans;
import org.fazhi.normdocs.PlanItem;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.support.FazhiIT;
import org.fazhi.units.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only a listed, active issuing body (制定主体) of the drafting unit or above it starts a document;
 * the registering office numbers it with the body's 文号 prefix, each number once.
 */
@FazhiIT
class IssuingBodyIT extends NormdocsTestBase {

    @Autowired
    Units units;
    @Autowired
    DraftingPlans plans;

    @BeforeEach
    void standOnAWorkingDay() {
        on(LocalDate.of(2025, 6, 3));
    }

    private DraftRequest request(long bodyId, String title) {
        return new DraftRequest(bodyId, null, null, title + fx.tag(), false, "正文", "起草说明", "制定依据", "不涉及群众切身利益，对权利义务没有重大影响");
    }

    private long documentsOfTheTown() {
        return as(fx.drafter(), () -> documents.list(null, null, null, null, null,
                new org.fazhi.shared.PageQuery(0, 100))).total();
    }

    @Test
    void aBodyNotOnTheListCannotStartADocument() {
        long before = documentsOfTheTown();
        refused(() -> as(fx.drafter(), () -> documents.create(request(Long.MAX_VALUE - 7, "无主体文件"))),
                "body-not-listed");
        assertThat(documentsOfTheTown()).isEqualTo(before);
    }

    @Test
    void aDelistedBodyCannotStartADocumentUntilListedAgain() {
        IssuingBody body = fx.secondBody(ctx, "临时机构");
        IssuingBody delisted = as("fzb", () -> bodies.delist(body.id()));
        assertThat(delisted.active()).isFalse();
        assertThat(delisted.delistedOn()).isEqualTo(today());
        long before = documentsOfTheTown();
        refused(() -> as(fx.drafter(), () -> documents.create(request(body.id(), "已撤销主体文件"))), "body-not-listed");
        assertThat(documentsOfTheTown()).isEqualTo(before);
        assertThat(as(fx.drafter(), () -> bodies.forDrafting())).extracting(IssuingBody::id).doesNotContain(body.id());

        as("fzb", () -> bodies.relist(body.id()));
        assertThat(as(fx.drafter(), () -> documents.create(request(body.id(), "恢复主体文件"))).status())
                .isEqualTo(DocumentStatus.DRAFTING);
    }

    @Test
    void aUnitDraftsInTheNameOfItsOwnBodyOrOneAboveItOnly() {
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        IssuingBody neighbours = as("fzb", () -> bodies.add(new IssuingBodies.BodyRequest(donghu,
                "东湖镇人民政府" + fx.tag(), "东" + fx.tag() + "发", fx.office())));
        IssuingBody county = as("fzb", () -> bodies.add(new IssuingBodies.BodyRequest(fx.county(),
                "示范县人民政府" + fx.tag(), "示" + fx.tag() + "发", fx.office())));

        refused(() -> as(fx.drafter(), () -> documents.create(request(neighbours.id(), "他人名义文件"))),
                "body-not-of-unit");
        NormativeDocument forTheCounty = as(fx.drafter(), () -> documents.create(request(county.id(), "代县政府起草")));
        assertThat(forTheCounty.unitId()).isEqualTo(fx.town());
        assertThat(as(fx.drafter(), () -> bodies.forDrafting())).extracting(IssuingBody::id)
                .contains(fx.body().id(), county.id()).doesNotContain(neighbours.id());
        // donghu drafts under its own body, not under the test town's
        assertThat(as("donghu", () -> documents.create(request(neighbours.id(), "东湖镇文件"))).unitId())
                .isEqualTo(donghu);
        refused(() -> as("donghu", () -> documents.create(request(fx.body().id(), "冒用主体文件"))), "body-not-of-unit");
    }

    @Test
    void aDocumentStartedFromTheDraftingPlanIsLinkedToItsItem() {
        PlanItem item = as("fzb", () -> plans.add(new DraftingPlans.PlanItemRequest(fx.town(), 2025,
                "农村人居环境整治办法", fx.body().id(), fx.town(), 3, "年度重点工作")));
        assertThat(as(fx.drafter(), () -> plans.ofYear(2025))).extracting(PlanItem::id).contains(item.id());
        notFound(() -> as("donghu", () -> plans.get(item.id())));

        NormativeDocument d = as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null,
                item.id(), "计划内文件" + fx.tag(), false, "正文", "起草说明", "制定依据", "不涉及群众切身利益，对权利义务没有重大影响")));
        assertThat(d.planItemId()).isEqualTo(item.id());

        long before = documentsOfTheTown();
        invalid(() -> as(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, Long.MAX_VALUE - 3,
                "未知计划文件" + fx.tag(), false, "正文", null, null, "不涉及群众切身利益，对权利义务没有重大影响"))), "planItemId", "normdocs.plan.unknown");
        IssuingBody other = fx.secondBody(ctx, "计划外主体");
        invalid(() -> as(fx.drafter(), () -> documents.create(new DraftRequest(other.id(), null, item.id(),
                "主体不符文件" + fx.tag(), false, "正文", null, null, "不涉及群众切身利益，对权利义务没有重大影响"))), "planItemId", "normdocs.plan.other-body");
        assertThat(documentsOfTheTown()).isEqualTo(before);
        refused(() -> as("fzb", () -> plans.add(new DraftingPlans.PlanItemRequest(fx.town(), 2025, "越权计划",
                Long.MAX_VALUE - 5, fx.town(), null, null))), "body-not-listed");
    }

    @Test
    void listingABodyNeedsARegisteringOfficeAndAUniqueName() {
        invalid(() -> as("fzb", () -> bodies.add(new IssuingBodies.BodyRequest(fx.town(), "无登记机关主体" + fx.tag(),
                "无" + fx.tag(), fx.town()))), "registeringUnitId", "normdocs.body.no-office");
        invalid(() -> as("fzb", () -> bodies.add(new IssuingBodies.BodyRequest(fx.town(), fx.body().name(),
                "重" + fx.tag(), fx.office()))), "name", "normdocs.body.duplicate");
        invalid(() -> as("fzb", () -> bodies.registerOffice(fx.town(), "lower")), "prefix",
                "normdocs.office.prefix.pattern");
        invalid(() -> as("fzb", () -> bodies.registerOffice(fx.office(), "ZZ" + fx.tag())), "unitId",
                "normdocs.office.exists");
    }

    @Test
    void theDocumentNumberCarriesTheBodysPrefixAndIsUsedOnce() {
        NormativeDocument first = draft("文号一", false);
        lawful(first.id());
        deliberate(first.id());
        NormativeDocument second = draft("文号二", false);
        lawful(second.id());
        deliberate(second.id());
        String prefix = fx.body().docNumberPrefix();

        invalid(() -> as("fzb", () -> documents.register(first.id(), prefix + "2025年3号")), "documentNumber",
                "normdocs.document-number.format");
        invalid(() -> as("fzb", () -> documents.register(first.id(), "示政发〔2025〕3号")), "documentNumber",
                "normdocs.document-number.prefix");
        invalid(() -> as("fzb", () -> documents.register(first.id(), prefix + "〔2025〕0号")), "documentNumber",
                "normdocs.document-number.format");
        assertThat(reload(first.id()).registrationNumber()).as("nothing registered").isNull();

        String number = prefix + "〔2025〕3号";
        NormativeDocument registered = as("fzb", () -> documents.register(first.id(), " " + number + " "));
        assertThat(registered.documentNumber()).isEqualTo(number);
        invalid(() -> as("fzb", () -> documents.register(second.id(), number)), "documentNumber",
                "normdocs.document-number.taken");
        NormativeDocument after = reload(second.id());
        assertThat(after.status()).isEqualTo(DocumentStatus.DELIBERATED);
        assertThat(after.registrationNumber()).isNull();
    }

    @Test
    void onlyTheRegisteringOfficeRegisters() {
        NormativeDocument d = draft("登记权限文件", false);
        lawful(d.id());
        deliberate(d.id());
        // the town's desk reviewer reads the document it reviewed, but does not register for the county
        assertThat(as(fx.reviewer(), () -> documents.get(d.id())).id()).isEqualTo(d.id());
        refused(() -> as(fx.reviewer(), () -> documents.register(d.id(), nextNumber(fx.body()))),
                "not-registering-office");
        // the county justice bureau's reviewer sees the office below it, and registers
        NormativeDocument registered = as("shencha", () -> documents.register(d.id(), nextNumber(fx.body())));
        assertThat(registered.status()).isEqualTo(DocumentStatus.REGISTERED);
        assertThat(registered.registrationNumber()).startsWith(fx.officePrefix() + "2025");
    }
}
