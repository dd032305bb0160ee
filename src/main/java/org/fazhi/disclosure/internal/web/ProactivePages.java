package org.fazhi.disclosure.internal.web;

import jakarta.validation.Validator;
import java.util.Map;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disclosure.ProactiveCategory;
import org.fazhi.disclosure.ProactiveChange;
import org.fazhi.disclosure.ProactiveDisclosures;
import org.fazhi.disclosure.ProactiveItem;
import org.fazhi.disclosure.ProactiveItemRequest;
import org.fazhi.disclosure.ProactivePublishRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of proactive disclosure items (GI-05) in the console: the items of the units in scope with their
 * due day in words, registering an item and recording its publication (day and link).
 */
@Controller
@RequestMapping("/console/disclosure/proactive")
@Allowed.Staff
class ProactivePages {

    private static final Map<String, String> LABELS = Map.of("unitId", "disclosure.field.unit", "title",
            "disclosure.proactive.field.title", "category", "disclosure.proactive.field.category", "change",
            "disclosure.proactive.field.change", "formedOn", "disclosure.proactive.field.formed-on", "publishedOn",
            "disclosure.proactive.field.published-on", "link", "disclosure.proactive.field.link");

    private final ProactiveDisclosures proactive;
    private final Deadlines deadlines;
    private final Units units;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ProactivePages(ProactiveDisclosures proactive, Deadlines deadlines, Units units, DataScope scope,
            Validator validator, MessageSource messages, java.time.Clock clock) {
        this.proactive = proactive;
        this.deadlines = deadlines;
        this.units = units;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String register(Model model) {
        return page(model, FormInput.empty(messages).put("unitId", scope.homeUnitId())
                .put("change", ProactiveChange.FORMED.name()).put("formedOn", today()), null);
    }

    @PostMapping
    @Allowed.Drafters
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("add", params, messages).labels(LABELS);
        ProactiveItemRequest r = form.valid(new ProactiveItemRequest(form.id("unitId"), form.text("title"),
                form.choice("category", ProactiveCategory.class), form.choice("change", ProactiveChange.class),
                form.date("formedOn"), form.date("publishedOn"), form.text("link")), validator);
        return FormAction.act(form, redirect, () -> {
            ProactiveItem item = proactive.add(r);
            return new FormAction.Done(text("disclosure.proactive.flash.added", String.valueOf(item.dueOn())),
                    "/console/disclosure/proactive#item-" + item.id());
        }, () -> page(model, form, null));
    }

    @PostMapping("/{id}/publish")
    @Allowed.Drafters
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("publish-" + id, params, messages).labels(LABELS);
        ProactivePublishRequest r = form.valid(new ProactivePublishRequest(form.date("publishedOn"),
                form.text("link"), form.integer("version")), validator);
        return FormAction.act(form, redirect, () -> {
            ProactiveItem item = proactive.publish(id, r);
            return new FormAction.Done(text(Boolean.TRUE.equals(item.onTime()) ? "disclosure.proactive.flash.published"
                    : "disclosure.proactive.flash.published-late"), "/console/disclosure/proactive#item-" + id);
        }, () -> page(model, form, id));
    }

    private String page(Model model, FormInput form, Long failedItem) {
        var items = proactive.register();
        model.addAttribute("items", items);
        model.addAttribute("names", units.names(items.stream().map(ProactiveItem::unitId).toList()));
        model.addAttribute("clocks", items.stream().filter(i -> i.deadlineId() != null)
                .map(i -> deadlines.find(i.deadlineId()).orElse(null)).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toMap(TrackedDeadline::id, d -> d)));
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("categories", ProactiveCategory.values());
        model.addAttribute("changes", ProactiveChange.values());
        model.addAttribute("today", today());
        model.addAttribute("failedItem", failedItem);
        form.addTo(model);
        return "disclosure/proactive";
    }

    private String today() {
        return java.time.LocalDate.now(clock).toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
