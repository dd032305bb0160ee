package org.fazhi.lists.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.fazhi.lists.CertificationStatus;
import org.fazhi.lists.EntryRequest;
import org.fazhi.lists.ListConsultationRequest;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListImport;
import org.fazhi.lists.ListImportReport;
import org.fazhi.lists.ListOverview;
import org.fazhi.lists.ListOverviews;
import org.fazhi.lists.ListPublicationRequest;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListWithdrawalRequest;
import org.fazhi.lists.Lists;
import org.fazhi.lists.PowerType;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.PageQuery;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A version of a list (/console/lists/versions/{id}): the guide, its items (searched, a page at a
 * time, exported), adding, changing and removing an item, importing the whole list from Excel,
 * putting it out for public comment and closing the window, submitting it for legality review, revising it, publishing it with
 * its effective date, and withdrawing it. Which steps the page offers comes from the guide.
 */
@Controller
@RequestMapping("/console/lists/versions/{id}")
@Allowed.Staff
class VersionPages {

    private static final int PAGE = 50;

    private final Lists lists;
    private final ListOverviews overviews;
    private final ListImport imports;
    private final ListViews views;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    VersionPages(Lists lists, ListOverviews overviews, ListImport imports, ListViews views, Units units,
            Validator validator, MessageSource messages) {
        this.lists = lists;
        this.overviews = overviews;
        this.imports = imports;
        this.views = views;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String version(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        return page(id, q, page, model, FormInput.empty(messages), null);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        ListVersion v = lists.version(id);
        List<ListEntry> entries = lists.allEntries(id);
        String name = views.text("lists.version.file", units.name(v.unitId()), views.text("lists.kind." + v.kind().name()),
                String.valueOf(v.versionNo()));
        return SpreadsheetDownload.of(name, views.text("lists.kind." + v.kind().name()), views.headings(v.kind()),
                views.rows(v.kind(), entries));
    }

    // ----- items -----

    @GetMapping("/entries/new")
    @Allowed.Drafters
    String newEntry(@PathVariable long id, Model model) {
        ListVersion v = lists.version(id);
        return entryForm(v, null, model, FormInput.empty(messages).put("version", v.version()));
    }

    @PostMapping("/entries")
    @Allowed.Drafters
    String addEntry(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        ListVersion v = lists.version(id);
        FormInput form = FormInput.of("entry", params, messages);
        EntryRequest r = entry(form);
        return FormAction.act(form, redirect, "/console/lists/versions/" + id + "#items", () -> {
            ListEntry e = lists.addEntry(id, r);
            return views.text("lists.flash.entry-added", e.code());
        }, () -> entryForm(v, null, model, form));
    }

    @GetMapping("/entries/{itemId}/edit")
    @Allowed.Drafters
    String editEntry(@PathVariable long id, @PathVariable long itemId, Model model) {
        ListVersion v = lists.version(id);
        ListEntry e = lists.allEntries(id).stream().filter(x -> x.itemId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("list-entry", itemId));
        FormInput form = FormInput.empty(messages).put("code", e.code()).put("name", e.name())
                .put("powerType", e.powerType() == null ? "" : e.powerType().name()).put("basisLaw", e.basisLaw())
                .put("basisArticle", e.basisArticle()).put("implementingUnitId", e.implementingUnitId())
                .put("responsibilities", e.responsibilities()).put("accountability", e.accountability())
                .put("certStatus", e.certStatus() == null ? "" : e.certStatus().name()).put("certIssuer", e.certIssuer())
                .put("notificationCommitment", e.notificationCommitment()).put("replacement", e.replacement())
                .put("windowAcceptance", e.windowAcceptance()).put("fullyOnline", e.fullyOnline())
                .put("oneTrip", e.oneTrip()).put("highFrequency", e.highFrequency())
                .put("timeLimitDays", e.timeLimitDays()).put("companyStartup", e.companyStartup())
                .put("version", v.version());
        return entryForm(v, e, model, form);
    }

    @PostMapping("/entries/{itemId}")
    @Allowed.Drafters
    String changeEntry(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        ListVersion v = lists.version(id);
        FormInput form = FormInput.of("entry", params, messages);
        EntryRequest r = entry(form);
        ListEntry before = lists.allEntries(id).stream().filter(x -> x.itemId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("list-entry", itemId));
        return FormAction.act(form, redirect, "/console/lists/versions/" + id + "#items", () -> {
            ListEntry e = lists.changeEntry(id, itemId, r);
            return views.text("lists.flash.entry-changed", e.code());
        }, () -> entryForm(v, before, model, form));
    }

    @PostMapping("/entries/{itemId}/removal")
    @Allowed.Drafters
    String removeEntry(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("removal", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/lists/versions/" + id + "#items", () -> {
            lists.removeEntry(id, itemId, version);
            return views.text("lists.flash.entry-removed");
        }, () -> page(id, null, null, model, form, null));
    }

    @PostMapping("/import")
    @Allowed.Drafters
    String importSheet(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        FormInput form = FormInput.empty(messages);
        try {
            ListImportReport report = imports.intoDraft(id, ListUploads.open(file));
            if (report.ok()) {
                redirect.addFlashAttribute("flashSuccess", views.text("lists.flash.imported",
                        String.valueOf(report.rows()), String.valueOf(report.added()), String.valueOf(report.changed()),
                        String.valueOf(report.removed()), String.valueOf(report.unchanged())));
                return "redirect:/console/lists/versions/" + id + "#items";
            }
            return page(id, null, null, model, form, report);
        } catch (InvalidInputException e) {
            model.addAttribute("importError", views.text(e.messageKey(), e.args()));
        } catch (RefusedException e) {
            model.addAttribute("importError", views.text(e.messageKey(), e.args()));
        }
        return page(id, null, null, model, form, null);
    }

    // ----- steps -----

    @PostMapping("/consultation")
    @Allowed.Drafters
    String openConsultation(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("consultation", params, messages);
        ListConsultationRequest r = form.valid(new ListConsultationRequest(form.date("closesOn"),
                form.text("shortenedReason"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/lists/versions/" + id + "#consultation", () -> {
            var c = lists.openConsultation(id, r);
            return views.text("lists.flash.consultation-opened", c.closesOn());
        }, () -> page(id, null, null, model, form, null));
    }

    @PostMapping("/consultation/closure")
    @Allowed.Drafters
    String closeConsultation(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("closure", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/lists/versions/" + id + "#consultation", () -> {
            lists.closeConsultation(id, version);
            return views.text("lists.flash.consultation-closed");
        }, () -> page(id, null, null, model, form, null));
    }

    @PostMapping("/review-submission")
    @Allowed.Drafters
    String submit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("submission", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/lists/versions/" + id + "#review", () -> {
            lists.submitForReview(id, version);
            return views.text("lists.flash.submitted");
        }, () -> page(id, null, null, model, form, null));
    }

    @PostMapping("/revision")
    @Allowed.Drafters
    String revise(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("revision", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/lists/versions/" + id, () -> {
            lists.revise(id, version);
            return views.text("lists.flash.revised");
        }, () -> page(id, null, null, model, form, null));
    }

    @PostMapping("/publication")
    @Allowed.Drafters
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("publication", params, messages);
        ListPublicationRequest r = form.valid(new ListPublicationRequest(form.date("effectiveDate"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/lists/versions/" + id, () -> {
            ListVersion v = lists.publish(id, r);
            return views.text("lists.flash.published", v.effectiveDate());
        }, () -> page(id, null, null, model, form, null));
    }

    @PostMapping("/withdrawal")
    @Allowed.Drafters
    String withdraw(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("withdrawal", params, messages);
        ListWithdrawalRequest r = form.valid(new ListWithdrawalRequest(form.text("reason"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/lists/versions/" + id, () -> {
            lists.withdraw(id, r);
            return views.text("lists.flash.withdrawn");
        }, () -> page(id, null, null, model, form, null));
    }

    // ----- the page -----

    private String page(long id, String q, Integer page, Model model, FormInput form, ListImportReport report) {
        int p = page == null || page < 0 || page > 100_000 ? 0 : page;
        String needle = q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
        ListOverview o = overviews.of(id, needle, new PageQuery(p, PAGE));
        ListVersion v = o.version();
        model.addAttribute("o", o);
        model.addAttribute("v", v);
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("headings", views.headings(v.kind()));
        Map<Long, String> names = views.unitNames(o.entries().items());
        model.addAttribute("rows", o.entries().items().stream().map(e -> new Row(e, views.cells(v.kind(), e, names)))
                .toList());
        model.addAttribute("previous", o.versions().stream().filter(x -> x.versionNo() < v.versionNo()).findFirst()
                .orElse(null));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/console/lists/versions/" + id)
                .queryParamIfPresent("q", java.util.Optional.ofNullable(o.q())).build().encode().toUriString()
                + (o.q() == null ? "?" : "&"));
        model.addAttribute("report", report);
        if (form.raw("effectiveDate").isEmpty()) {
            form.put("effectiveDate", o.today().plusDays(1).toString());
        }
        if (form.raw("closesOn").isEmpty()) {
            form.put("closesOn", o.earliestCloseIfOpenedToday().toString());
        }
        form.addTo(model);
        return "lists/version";
    }

    /** An item with its cells as the page shows them. */
    record Row(ListEntry entry, List<String> cells) {
    }

    private String entryForm(ListVersion v, ListEntry entry, Model model, FormInput form) {
        model.addAttribute("v", v);
        model.addAttribute("entry", entry);
        model.addAttribute("powerTypes", PowerType.values());
        model.addAttribute("certStatuses", CertificationStatus.values());
        model.addAttribute("units", units.visible().stream()
                .filter(u -> u.id() == v.unitId() || u.path().contains("/" + v.unitId() + "/")).toList());
        form.addTo(model);
        return "lists/entry-form";
    }

    private EntryRequest entry(FormInput form) {
        return form.valid(new EntryRequest(form.text("code"), form.text("name"),
                form.choice("powerType", PowerType.class), form.text("basisLaw"), form.text("basisArticle"),
                form.id("implementingUnitId"), form.text("responsibilities"), form.text("accountability"),
                form.choice("certStatus", CertificationStatus.class), form.text("certIssuer"),
                checked(form, "notificationCommitment"), form.text("replacement"), checked(form, "windowAcceptance"),
                checked(form, "fullyOnline"), checked(form, "oneTrip"), checked(form, "highFrequency"),
                form.integer("timeLimitDays"), checked(form, "companyStartup"), form.integer("version")), validator);
    }

    private static Boolean checked(FormInput form, String field) {
        return "true".equals(form.raw(field));
    }
}
