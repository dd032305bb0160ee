package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.normdocs.CleanupCampaign;
import org.fazhi.normdocs.CleanupLine;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.Cleanups.CampaignRequest;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 清理 (/console/normdocs/cleanups): cleanup campaigns over every document in force of a unit
 * subtree or over chosen documents, a verdict per document with its reason, completing a campaign
 * (which changes validity everywhere); and 即将到期 (/console/normdocs/near-expiry), the documents in
 * force whose period ends within the catalog's notice period (LC-04).
 */
@Controller
@Allowed.ProcedureReaders
class CleanupPages {


    /** A line of a campaign with its document. */
    public record LineRow(CleanupLine line, DocumentViews.Row document) {
    }

    private final Cleanups cleanups;
    private final NormativeDocuments documents;
    private final DocumentViews views;
    private final DataScope scope;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    CleanupPages(Cleanups cleanups, NormativeDocuments documents, DocumentViews views, DataScope scope, Units units,
            Validator validator, MessageSource messages) {
        this.cleanups = cleanups;
        this.documents = documents;
        this.views = views;
        this.scope = scope;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/console/normdocs/cleanups")
    String list(Model model) {
        List<CleanupCampaign> campaigns = cleanups.campaigns();
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("unitNames", units.names(campaigns.stream().map(CleanupCampaign::unitId).toList()));
        return "normdocs/cleanups";
    }

    @GetMapping("/console/normdocs/cleanups/new")
    @Allowed.Drafters
    String newCampaign(Model model) {
        return form(model, FormInput.empty(messages).put("unitId", scope.homeUnitId()).put("kind", "PERIODIC"), List.of());
    }

    @PostMapping("/console/normdocs/cleanups")
    @Allowed.Drafters
    String start(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("campaign", params.toSingleValueMap(), messages);
        List<Long> chosen = new ArrayList<>();
        for (String v : params.getOrDefault("documentIds", List.of())) {
            if (v.matches("\\d{1,18}") && chosen.size() < 10_000) {
                chosen.add(Long.valueOf(v));
            }
        }
        CampaignRequest r = form.valid(new CampaignRequest(form.id("unitId"), form.text("name"),
                form.choice("kind", CleanupCampaign.CampaignKind.class), form.text("topic"), chosen), validator);
        if (form.ok()) {
            try {
                CleanupCampaign c = cleanups.start(r);
                redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.campaign-started", c.name()));
                return "redirect:/console/normdocs/cleanups/" + c.id();
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            } catch (NotFoundException e) {
                form.field("unitId", views.text("normdocs.form.unit-outside"));
            }
        }
        return form(model, form, chosen);
    }

    @GetMapping("/console/normdocs/cleanups/{id}")
    String campaign(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages));
    }

    @GetMapping("/console/normdocs/cleanups/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        CleanupCampaign c = cleanups.campaign(id);
        List<String> headers = views.labels(List.of("normdocs.col.title", "normdocs.col.body",
                "normdocs.col.document-number", "normdocs.col.registration-number", "normdocs.col.validity",
                "normdocs.cleanup.verdict", "normdocs.cleanup.reason"));
        List<List<?>> data = lines(id).stream().<List<?>>map(l -> java.util.Arrays.asList(
                l.document().document().title(), l.document().issuingBody(), l.document().document().documentNumber(),
                l.document().document().registrationNumber(), l.document().document().validity() == null ? ""
                        : views.text("normdocs.validity." + l.document().document().validity()),
                l.line().verdict() == null ? "" : views.text("normdocs.verdict." + l.line().verdict()),
                l.line().reason())).toList();
        return SpreadsheetDownload.of(c.name(), views.text("normdocs.cleanups.title"), headers, data);
    }

    @PostMapping("/console/normdocs/cleanups/{id}/verdicts")
    @Allowed.Drafters
    String verdict(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("verdict-" + params.getOrDefault("documentId", ""), params, messages);
        Long documentId = form.id("documentId");
        CleanupVerdict verdict = form.choice("verdict", CleanupVerdict.class);
        if (documentId == null) {
            throw new NotFoundException("cleanup-line", params.getOrDefault("documentId", ""));
        }
        if (verdict == null && form.ok()) {
            form.field("verdict", views.text("normdocs.cleanup.verdict-required"));
        }
        if (form.ok()) {
            try {
                cleanups.verdict(id, documentId, verdict, form.text("reason"));
                redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.verdict-saved"));
                return "redirect:/console/normdocs/cleanups/" + id + "#line-" + documentId;
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            }
        }
        return page(id, model, form);
    }

    @PostMapping("/console/normdocs/cleanups/{id}/completion")
    @Allowed.Drafters
    String complete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("complete", Map.of(), messages);
        try {
            CleanupCampaign c = cleanups.complete(id);
            redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.campaign-completed", c.name()));
            return "redirect:/console/normdocs/cleanups/" + id;
        } catch (RefusedException | InvalidInputException e) {
            form.error(e);
        }
        return page(id, model, form);
    }

    @GetMapping("/console/normdocs/near-expiry")
    String nearExpiry(Model model) {
        model.addAttribute("rows", views.rows(cleanups.nearExpiry()));
        model.addAttribute("today", views.today());
        return "normdocs/near-expiry";
    }

    @GetMapping("/console/normdocs/near-expiry/export")
    ResponseEntity<byte[]> exportNearExpiry() {
        List<String> headers = views.labels(List.of("normdocs.col.title", "normdocs.col.body",
                "normdocs.col.document-number", "normdocs.col.registration-number", "normdocs.col.effective-date",
                "normdocs.col.expiry-date"));
        List<List<?>> data = views.rows(cleanups.nearExpiry()).stream().<List<?>>map(r -> java.util.Arrays.asList(
                r.document().title(), r.issuingBody(), r.document().documentNumber(),
                r.document().registrationNumber(), r.document().effectiveDate(), r.document().expiryDate())).toList();
        return SpreadsheetDownload.of(views.text("normdocs.near-expiry.title"), views.text("normdocs.near-expiry.title"), headers,
                data);
    }

    private String page(long id, Model model, FormInput form) {
        CleanupCampaign c = cleanups.campaign(id);
        List<LineRow> lines = lines(id);
        model.addAttribute("c", c);
        model.addAttribute("unitName", units.name(c.unitId()));
        model.addAttribute("lines", lines);
        model.addAttribute("verdicts", CleanupVerdict.values());
        Map<CleanupVerdict, Long> counts = new HashMap<>();
        lines.forEach(l -> {
            if (l.line().verdict() != null) {
                counts.merge(l.line().verdict(), 1L, Long::sum);
            }
        });
        model.addAttribute("counts", counts);
        model.addAttribute("pending", lines.stream().filter(l -> l.line().verdict() == null).count());
        form.addTo(model);
        return "normdocs/cleanup";
    }

    private List<LineRow> lines(long id) {
        List<CleanupLine> lines = cleanups.lines(id);
        List<NormativeDocument> docs = lines.stream().map(l -> documents.get(l.documentId())).toList();
        List<DocumentViews.Row> rows = views.rows(docs);
        List<LineRow> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new LineRow(lines.get(i), rows.get(i)));
        }
        return out;
    }

    private String form(Model model, FormInput form, List<Long> chosen) {
        model.addAttribute("units", scope.visibleUnits());
        model.addAttribute("kinds", CleanupCampaign.CampaignKind.values());
        model.addAttribute("inForce", views.rows(documents.list(null, null, DocumentStatus.PUBLISHED, null, null,
                new PageQuery(0, 200)).items().stream().filter(d -> d.validity() != null && d.validity().inForce())
                .toList()));
        model.addAttribute("chosen", chosen);
        form.addTo(model);
        return "normdocs/cleanup-form";
    }
}
