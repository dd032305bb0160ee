package org.fazhi.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Two versions of a list compared item by item — added, removed, and changed field by field — the
 * same on the console, on the portal and in both APIs; the portal compares published versions only.
 */
@FazhiIT
class ListDiffIT extends ListsTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aDiffBetweenTwoVersionsShowsAddedRemovedAndChangedItemsFieldByField() {
        long unit = fx.dept();
        ListVersion v1 = draft(unit, 0, false);
        String kept = code("KEEP");
        String changed = code("CHG");
        String dropped = code("DROP");
        as(fx.keeper(), () -> {
            lists.addEntry(v1.id(), power(kept, "不变的事项"));
            lists.addEntry(v1.id(), power(changed, "将要变更的事项"));
            lists.addEntry(v1.id(), power(dropped, "将要取消的事项"));
        });
        publish(lawful(v1.id()).id(), today());
        ListVersion v2 = as(fx.keeper(), () -> lists.startAdjustment(new AdjustmentRequest(unit, ListKind.POWER,
                "第二版调整", false, "内部职责调整")));
        String added = code("NEW");
        as(fx.keeper(), () -> {
            List<ListEntry> entries = lists.allEntries(v2.id());
            long changedId = entries.stream().filter(e -> e.code().equals(changed)).findFirst().orElseThrow().itemId();
            long droppedId = entries.stream().filter(e -> e.code().equals(dropped)).findFirst().orElseThrow().itemId();
            lists.removeEntry(v2.id(), droppedId, null);
            lists.changeEntry(v2.id(), changedId, new EntryRequest(changed, "已变更的事项", PowerType.COERCION,
                    "《中华人民共和国行政强制法》", "第九条", fx.squad(), "立案、调查、决定", "未依法履职的追责", null, null,
                    null, null, null, null, null, null, null, null, null));
            lists.addEntry(v2.id(), power(added, "新增的事项"));
        });

        ListDiff d = as(fx.keeper(), () -> lists.compare(v1.listId(), v1.id(), v2.id()));
        assertThat(d.added()).extracting(ListEntry::code).containsExactly(added);
        assertThat(d.removed()).extracting(ListEntry::code).containsExactly(dropped);
        assertThat(d.unchanged()).isEqualTo(1);
        assertThat(d.changed()).singleElement().satisfies(c -> {
            assertThat(c.after().code()).isEqualTo(changed);
            assertThat(c.changes()).extracting(ListDiff.Change::field).containsExactly("name", "powerType",
                    "basisLaw", "basisArticle", "implementingUnitId");
            assertThat(c.changes().get(1).before()).isEqualTo("PENALTY");
            assertThat(c.changes().get(1).after()).isEqualTo("COERCION");
        });
        ListDiff byDefault = as(fx.keeper(), () -> lists.compare(v1.listId(), null, null));
        assertThat(byDefault.from().id()).isEqualTo(v1.id());
        assertThat(byDefault.to().id()).isEqualTo(v2.id());

        // the console page says the same, field by field, with the names of the units and types
        assertThat(mvc.get().uri("/console/lists/" + v1.listId() + "/compare?from=" + v1.id() + "&to=" + v2.id())
                .with(console(users, fx.keeper()))).hasStatusOk().bodyText().contains("新增的事项", "将要取消的事项",
                        "已变更的事项", "行政处罚", "行政强制", "执法大队" + fx.tag(), "第九条");
        assertThat(mvc.get().uri("/api/v1/lists/" + v1.listId() + "/compare?from=" + v1.id() + "&to=" + v2.id())
                .with(fx.basic(fx.keeper()))).hasStatusOk().bodyJson().extractingPath("$.changed[0].changes.length()")
                .isEqualTo(5);
        assertThat(mvc.get().uri("/console/lists/" + v1.listId() + "/compare/export?from=" + v1.id() + "&to=" + v2.id())
                .with(console(users, fx.keeper()))).hasStatusOk().hasContentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // the public compares published versions: once version 2 is published, the same diff
        assertThat(mvc.get().uri("/lists/" + v1.listId() + "/compare?from=" + v1.id() + "&to=" + v2.id()))
                .hasStatus(404);
        publish(lawful(v2.id()).id(), today().plusDays(1));
        assertThat(mvc.get().uri("/lists/" + v1.listId() + "/compare")).hasStatusOk().bodyText()
                .contains("新增的事项", "将要取消的事项", "已变更的事项", "行政强制");
        assertThat(mvc.get().uri("/api/v1/public/lists/" + v1.listId() + "/compare")).hasStatusOk().bodyJson()
                .extractingPath("$.added[0].code").isEqualTo(added);
        assertThat(mvc.get().uri("/lists/" + v1.listId())).hasStatusOk().bodyText()
                .as("today version 1 is still in force; version 2 takes effect tomorrow").contains("将要取消的事项");
    }
}
