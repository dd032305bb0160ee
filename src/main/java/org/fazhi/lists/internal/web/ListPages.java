package org.fazhi.lists.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.lists.AdjustmentRequest;
import org.fazhi.lists.ItemList;
import org.fazhi.lists.ListDiff;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.Lists;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 清单管理 (/console/lists): the lists of the units in the user's scope with the version in force and
 * the adjustment on its way, starting an adjustment, one list's versions, and any two of its versions
 * compared item by item.
 */
@Controller
@RequestMapping("/console/lists")
@Allowed.Staff
class ListPages {

    private final Lists lists;
    private final ListViews views;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;

    ListPages(Lists lists, ListViews views, DataScope scope, Validator validator, MessageSource messages) {
        this.lists = lists;
        this.views = views;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String index(@RequestParam(required = false) String kind, Model model) {
        ListKind k = kind(kind);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("rows", lists.lists(k));
        return "lists/lists";
    }

    @GetMapping("/new")
    @Allowed.Drafters
    String newAdjustment(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String kind,
            Model model) {
        FormInput form = FormInput.empty(messages).put("unitId", unitId == null ? scope.homeUnitId() : unitId)
                .put("kind", kind(kind) == null ? "" : kind(kind).name()).put("participationRequired", "true");
        return newForm(model, form);
    }

    @PostMapping
    @Allowed.Drafters
    String start(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("adjustment", params, messages);
        String participation = form.raw("participationRequired");
        AdjustmentRequest r = form.valid(new AdjustmentRequest(form.id("unitId"), form.choice("kind", ListKind.class),
                form.text("reason"), participation.isEmpty() ? null : Boolean.valueOf("true".equals(participation)),
                form.text("noParticipationReason")), validator);
        return FormAction.act(form, redirect, () -> {
            ListVersion v = lists.startAdjustment(r);
            return new FormAction.Done(views.text("lists.flash.started", String.valueOf(v.versionNo())),
                    "/console/lists/versions/" + v.id());
        }, () -> newForm(model, form));
    }

    @GetMapping("/{id}")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("row", lists.row(id));
        model.addAttribute("versions", lists.versions(id));
        return "lists/list";
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to, Model model) {
        Lists.ListRow row = lists.row(id);
        ItemList l = row.list();
        ListDiff d = lists.compare(id, from, to);
        Map<Long, String> names = views.unitNames(d);
        model.addAttribute("row", row);
        model.addAttribute("list", l);
        model.addAttribute("versions", lists.versions(id));
        model.addAttribute("d", d);
        model.addAttribute("names", names);
        model.addAttribute("changes", views.changes(d.changed(), names));
        model.addAttribute("headings", views.headings(l.kind()));
        model.addAttribute("base", "/console/lists/" + id);
        return "lists/compare";
    }

    @GetMapping("/{id}/compare/export")
    ResponseEntity<byte[]> exportComparison(@PathVariable long id, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to) {
        ItemList l = lists.list(id);
        ListDiff d = lists.compare(id, from, to);
        Map<Long, String> names = views.unitNames(d);
        List<String> headers = views.labels("lists.diff.col.kind", "lists.field.code", "lists.field.name",
                "lists.diff.col.changes");
        List<List<?>> rows = new java.util.ArrayList<>();
        d.added().forEach(e -> rows.add(List.of(views.text("lists.diff.added"), e.code(), e.name(), "")));
        d.removed().forEach(e -> rows.add(List.of(views.text("lists.diff.removed"), e.code(), e.name(), "")));
        views.changes(d.changed(), names).forEach(c -> rows.add(List.of(views.text("lists.diff.changed"),
                c.after().code(), c.after().name(), String.join("；", c.changes().stream()
                        .map(ch -> ch.field() + "：" + ch.before() + " → " + ch.after()).toList()))));
        String name = views.text("lists.diff.file", views.text("lists.kind." + l.kind().name()),
                String.valueOf(d.from().versionNo()), String.valueOf(d.to().versionNo()));
        return SpreadsheetDownload.of(name, views.text("lists.diff.sheet"), headers, rows);
    }

    private String newForm(Model model, FormInput form) {
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("units", scope.visibleUnits());
        form.addTo(model);
        return "lists/new";
    }

    static ListKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (ListKind k : ListKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
