package org.fazhi.lists.internal.web;

import java.io.IOException;
import java.util.Map;
import org.fazhi.lists.ListImport;
import org.fazhi.lists.ListImportReport;
import org.fazhi.lists.ListKind;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 现行清单导入 (/console/lists/import): the template of each kind, and loading a unit's existing list
 * (published before the platform) as its first version in force, with a row-by-row report; nothing is
 * stored unless every row is right, and the same sheet again changes nothing.
 */
@Controller
@RequestMapping("/console/lists/import")
@Allowed.Staff
class ListImportPages {

    private final ListImport imports;
    private final ListViews views;
    private final DataScope scope;
    private final MessageSource messages;

    ListImportPages(ListImport imports, ListViews views, DataScope scope, MessageSource messages) {
        this.imports = imports;
        this.views = views;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping
    @Allowed.RuleOfLawOffice
    String page(Model model) {
        return page(model, FormInput.empty(messages).put("unitId", scope.homeUnitId())
                .put("effectiveDate", views.today().toString()), null);
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String kind) {
        ListKind k = ListPages.kind(kind);
        if (k == null) {
            throw new NotFoundException("template", String.valueOf(kind));
        }
        return org.fazhi.shared.excel.SpreadsheetDownload.xlsx(views.text("lists.import.template-file",
                views.text("lists.kind." + k.name())) + ".xlsx", out -> imports.template(k, out));
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String run(@RequestParam Map<String, String> params,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        params.remove("file");
        FormInput form = FormInput.of("import", params, messages);
        Long unitId = form.id("unitId");
        ListKind kind = form.choice("kind", ListKind.class);
        java.time.LocalDate effective = form.date("effectiveDate");
        if (unitId == null) {
            form.field("unitId", views.text("lists.entry.required"));
        }
        if (kind == null) {
            form.field("kind", views.text("lists.entry.required"));
        }
        if (effective == null) {
            form.field("effectiveDate", views.text("lists.entry.required"));
        }
        if (!form.ok()) {
            return page(model, form, null);
        }
        try {
            ListImportReport report = imports.inForce(unitId, kind, effective, form.text("reason"),
                    ListUploads.open(file));
            if (report.ok()) {
                redirect.addFlashAttribute("flashSuccess", report.unchangedContent()
                        ? views.text("lists.flash.import-unchanged", String.valueOf(report.rows()))
                        : views.text("lists.flash.import-in-force", String.valueOf(report.rows())));
                return "redirect:/console/lists/versions/" + report.versionId();
            }
            return page(model, form, report);
        } catch (InvalidInputException | RefusedException e) {
            form.error(e);
        } catch (NotFoundException e) {
            form.field("unitId", views.text("lists.form.unit-outside"));
        }
        return page(model, form, null);
    }

    private String page(Model model, FormInput form, ListImportReport report) {
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("units", scope.visibleUnits());
        model.addAttribute("report", report);
        form.addTo(model);
        return "lists/import";
    }
}
