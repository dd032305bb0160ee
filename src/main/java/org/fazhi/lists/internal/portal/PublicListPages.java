package org.fazhi.lists.internal.portal;

import java.util.Map;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.PublicLists;
import org.fazhi.lists.internal.web.ListViews;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public lists on the portal: every published list by unit and kind (/lists), one list with the
 * version in force (or an earlier published one), its items searched a page at a time and its history
 * (/lists/{id}), and two published versions compared item by item (/lists/{id}/compare).
 */
@Controller
class PublicListPages {

    private static final int PAGE = 50;

    private final PublicLists lists;
    private final ListViews views;

    PublicListPages(PublicLists lists, ListViews views) {
        this.lists = lists;
        this.views = views;
    }

    @GetMapping("/lists")
    String index(@RequestParam(required = false) String kind, Model model) {
        ListKind k = kind(kind);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("lists", lists.lists(k));
        return "lists/portal/index";
    }

    @GetMapping("/lists/{id}")
    String list(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        PublicLists.PublicList l = lists.list(id);
        PublicLists.PublicVersion shown = version == null ? (l.inForce() != null ? l.inForce() : l.history().get(0))
                : l.history().stream().filter(v -> v.id() == version).findFirst()
                        .orElseThrow(() -> new NotFoundException("list-version", version));
        String needle = q == null || q.isBlank() ? null : q.length() > 100 ? q.substring(0, 100) : q.strip();
        int p = page == null || page < 0 || page > 100_000 ? 0 : page;
        PageResult<ListEntry> entries = lists.entries(shown.id(), needle, new PageQuery(p, PAGE));
        Map<Long, String> names = views.unitNames(entries.items());
        model.addAttribute("l", l);
        model.addAttribute("shown", shown);
        model.addAttribute("q", needle);
        model.addAttribute("entries", entries);
        model.addAttribute("headings", views.headings(l.kind()));
        model.addAttribute("rows", entries.items().stream().map(e -> new Row(e, views.cells(l.kind(), e, names)))
                .toList());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/lists/" + id)
                .queryParamIfPresent("version", java.util.Optional.ofNullable(version))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(needle)).build().encode().toUriString()
                + (version == null && needle == null ? "?" : "&"));
        return "lists/portal/list";
    }

    @GetMapping("/lists/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to, Model model) {
        PublicLists.PublicList l = lists.list(id);
        PublicLists.PublicDiff d = lists.compare(id, from, to);
        java.util.List<ListEntry> all = new java.util.ArrayList<>(d.added());
        all.addAll(d.removed());
        d.changed().forEach(c -> {
            all.add(c.before());
            all.add(c.after());
        });
        Map<Long, String> names = views.unitNames(all);
        model.addAttribute("l", l);
        model.addAttribute("d", d);
        model.addAttribute("changes", views.changes(d.changed(), names));
        return "lists/portal/compare";
    }

    /** An item with its cells as the page shows them. */
    record Row(ListEntry entry, java.util.List<String> cells) {
    }

    private static ListKind kind(String kind) {
        if (kind == null) {
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
