package org.fazhi.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * The yearly decision catalog (MD-01): published only after the party committee's approval is
 * recorded; once published changed only by amendments with their reason and approval, each a new
 * version; items only of units under the catalog's unit; another unit's catalog is 404.
 */
@FazhiIT
class CatalogIT extends DecisionsTestBase {

    @Test
    void aCatalogIsPublishedOnlyAfterThePartyCommitteesApprovalIsRecorded() {
        on(LocalDate.of(2026, 2, 3));
        DecisionCatalog c = as(fx.keeper(), () -> catalogs.create(new CatalogRequest(fx.government(), 2026,
                "2026年度重大行政决策事项目录")));
        assertThat(c.status()).isEqualTo(CatalogStatus.DRAFTING);
        refused(() -> as(fx.keeper(), () -> catalogs.recordApproval(c.id(), approval(LocalDate.of(2026, 2, 2)))),
                "catalog-empty");
        CatalogItem item = as(fx.keeper(), () -> catalogs.addItem(c.id(), fx.item("城区停车收费标准调整")));
        assertThat(item.itemNo()).isEqualTo(1);
        refused(() -> as(fx.keeper(), () -> catalogs.publish(c.id())), "not-approved");
        invalid(() -> as(fx.keeper(), () -> catalogs.recordApproval(c.id(), approval(LocalDate.of(2026, 2, 4)))),
                "approvedOn");

        DecisionCatalog approved = as(fx.keeper(), () -> catalogs.recordApproval(c.id(),
                approval(LocalDate.of(2026, 2, 2))));
        assertThat(approved.status()).isEqualTo(CatalogStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("中共测试县委");
        refused(() -> as(fx.keeper(), () -> catalogs.addItem(c.id(), fx.item("后加事项"))), "catalog-approved");

        DecisionCatalog published = as(fx.keeper(), () -> catalogs.publish(c.id()));
        assertThat(published.status()).isEqualTo(CatalogStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(catalogs.published()).extracting(DecisionCatalog::id).contains(c.id());
        refused(() -> as(fx.keeper(), () -> catalogs.addItem(c.id(), fx.item("公布后事项"))), "catalog-published");
        refused(() -> as(fx.keeper(), () -> catalogs.removeItem(c.id(), item.id())), "catalog-published");
        assertThat(auditActions(DecisionCatalog.SUBJECT.name(), c.id())).contains("record-approval", "publish");
    }

    @Test
    void aPublishedCatalogChangesOnlyByAmendmentsEachAVersionWithItsReasonAndApproval() {
        on(LocalDate.of(2029, 3, 2));
        DecisionCatalog c = fx.publishedCatalog(ctx, 2029, "公共自行车系统建设", "老旧小区改造计划");
        assertThat(c.versionNo()).isEqualTo(1);
        List<CatalogItem> items = as(fx.keeper(), () -> catalogs.items(c.id()));

        CatalogAmendment added = as(fx.keeper(), () -> catalogs.amend(c.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.ADD, null, fx.item("城区学校布局调整"), "县委决定年中增列",
                approval(LocalDate.of(2029, 3, 1)))));
        assertThat(added.versionNo()).isEqualTo(2);
        CatalogAmendment changed = as(fx.keeper(), () -> catalogs.amend(c.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.CHANGE, items.get(0).id(), new CatalogItemRequest("公共自行车系统扩容",
                        fx.sponsor(), 3, List.of(DecisionCriterion.PUBLIC_PROJECT), null), "建设规模调整",
                approval(LocalDate.of(2029, 3, 2)))));
        assertThat(changed.before()).contains("公共自行车系统建设").contains("Q2");
        assertThat(changed.after()).contains("公共自行车系统扩容").contains("Q3");
        CatalogAmendment removed = as(fx.keeper(), () -> catalogs.amend(c.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.REMOVE, items.get(1).id(), null, "列入市级统筹，本级不再决策",
                approval(LocalDate.of(2029, 3, 2)))));
        assertThat(removed.versionNo()).isEqualTo(4);

        CatalogOverview o = as(fx.keeper(), () -> catalogs.overview(c.id()));
        assertThat(o.catalog().versionNo()).isEqualTo(4);
        assertThat(o.amendments()).extracting(CatalogAmendment::versionNo).containsExactly(2, 3, 4);
        assertThat(o.amendments()).extracting(CatalogAmendment::reason).containsExactly("县委决定年中增列", "建设规模调整",
                "列入市级统筹，本级不再决策");
        assertThat(o.items()).filteredOn(i -> i.title().equals("老旧小区改造计划")).singleElement()
                .satisfies(i -> assertThat(i.listed()).isFalse()).satisfies(i -> assertThat(i.removedInVersion())
                        .isEqualTo(4));
        assertThat(o.items()).filteredOn(i -> i.title().equals("城区学校布局调整")).singleElement()
                .satisfies(i -> assertThat(i.addedInVersion()).isEqualTo(2));

        invalid(() -> as(fx.keeper(), () -> catalogs.amend(c.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.REMOVE, items.get(1).id(), null, "再次删除",
                approval(LocalDate.of(2029, 3, 2))))), "itemId");
        invalid(() -> as(fx.keeper(), () -> catalogs.amend(c.id(), new AmendmentRequest(
                CatalogAmendment.AmendmentKind.ADD, null, fx.item("未来同意"), "原因",
                approval(LocalDate.of(2029, 3, 9))))), "approvedOn");
        assertThat(as(fx.keeper(), () -> catalogs.overview(c.id())).catalog().versionNo()).isEqualTo(4);
    }

    @Test
    void itemsAreSponsoredUnderTheCatalogsUnitAndAnotherUnitsCatalogIsNotFound() {
        on(LocalDate.of(2026, 1, 5));
        DecisionCatalog c = as(fx.keeper(), () -> catalogs.create(new CatalogRequest(fx.government(), 2027,
                "2027年度目录")));
        invalid(() -> as(fx.keeper(), () -> catalogs.addItem(c.id(), new CatalogItemRequest("外单位承办事项",
                fx.other(), 1, List.of(DecisionCriterion.PLAN), null))), "sponsorUnitId");
        invalid(() -> as(fx.keeper(), () -> catalogs.create(new CatalogRequest(fx.government(), 2027, "重复"))),
                "year");
        invalid(() -> as(fx.outsider(), () -> catalogs.create(new CatalogRequest(fx.government(), 2028, "越权"))),
                "unitId");
        notFound(() -> as(fx.outsider(), () -> catalogs.overview(c.id())));
        notFound(() -> as(fx.outsider(), () -> catalogs.addItem(c.id(), fx.item("越权事项"))));
        assertThat(as(fx.outsider(), () -> catalogs.list())).extracting(DecisionCatalog::id).doesNotContain(c.id());
        notFound(() -> as(fx.reviewer(), () -> catalogs.guide(c.id())));
        notFound(() -> catalogs.publicCatalog(c.id()));
    }

    private static ApprovalRequest approval(LocalDate on) {
        return new ApprovalRequest("中共测试县委", "县委常委会第3次会议", on);
    }
}
