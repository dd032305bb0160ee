package org.fazhi.decisions.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.decisions.CatalogItem;
import org.fazhi.decisions.DecisionCatalogs;
import org.fazhi.decisions.DecisionRequest;
import org.fazhi.decisions.DecisionStatus;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.MajorDecisions;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
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
 * 重大行政决策 (/console/decisions): the decisions the user's units sponsor or decide (with the Excel
 * export), starting one from an item listed on a published catalog, and each decision's page.
 */
@Controller
@RequestMapping("/console/decisions")
@Allowed.ProcedureReaders
class DecisionPages {

    private final MajorDecisions decisions;
    private final DecisionCatalogs catalogs;
    private final DecisionViews views;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    DecisionPages(MajorDecisions decisions, DecisionCatalogs catalogs, DecisionViews views, Units units,
            Validator validator, MessageSource messages) {
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.views = views;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, Model model) {
        return list(status, model, FormInput.empty(messages));
    }

    private String list(String status, Model model, FormInput form) {
        DecisionStatus s = parse(status);
        List<MajorDecision> rows = decisions.list(s);
        List<CatalogItem> startable = catalogs.startable();
        model.addAttribute("rows", rows);
        model.addAttribute("status", s);
        model.addAttribute("statuses", DecisionStatus.values());
        model.addAttribute("startable", startable);
        model.addAttribute("units", units.names(rows.stream().flatMap(d -> java.util.stream.Stream.of(d.unitId(),
                d.decidingUnitId())).distinct().toList()));
        model.addAttribute("sponsors", units.names(startable.stream().map(CatalogItem::sponsorUnitId).distinct()
                .toList()));
        model.addAttribute("attributeNames", DecisionViews.ATTRIBUTES);
        form.addTo(model);
        return "decisions/decisions";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status) {
        List<MajorDecision> rows = decisions.list(parse(status));
        Map<Long, String> names = units.names(rows.stream().flatMap(d -> java.util.stream.Stream.of(d.unitId(),
                d.decidingUnitId())).distinct().toList());
        List<String> headers = List.of("decisionsweb.col.title", "decisionsweb.col.sponsor", "decisionsweb.col.deciding",
                "decisionsweb.col.status", "decisionsweb.col.decided-on", "decisionsweb.col.published-on",
                "decisionsweb.col.document-number").stream().map(k -> views.text(k)).toList();
        List<List<?>> cells = rows.stream().<List<?>>map(d -> java.util.Arrays.asList(d.title(),
                names.getOrDefault(d.unitId(), ""), names.getOrDefault(d.decidingUnitId(), ""),
                views.text("decisions.status." + d.status().name()), d.decidedOn(), d.publicationDate(),
                d.documentNumber())).toList();
        return SpreadsheetDownload.of(views.text("decisionsweb.export.file"), views.text("decisionsweb.list.title"),
                headers, cells);
    }

    @PostMapping
    @Allowed.Drafters
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("create", params, messages);
        DecisionRequest r = form.valid(new DecisionRequest(form.id("catalogItemId"), form.text("title"),
                flag(form, "affectsPublic"), flag(form, "majorPublicInterest"), flag(form, "livelihood"),
                flag(form, "technical"), flag(form, "stabilityRisk"), form.text("interestedParties"),
                form.text("body"), form.text("explanation")), validator);
        return FormAction.act(form, redirect, () -> {
            MajorDecision d = decisions.create(r);
            return new FormAction.Done(views.text("decisionsweb.flash.created", d.title()),
                    "/console/decisions/" + d.id());
        }, () -> list(null, model, form));
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        return views.detail(id, model, FormInput.empty(messages));
    }

    static Boolean flag(FormInput form, String field) {
        return "true".equals(form.raw(field)) || "on".equals(form.raw(field));
    }

    private static DecisionStatus parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (DecisionStatus s : DecisionStatus.values()) {
            if (s.name().equals(raw.strip())) {
                return s;
            }
        }
        return null;
    }
}
