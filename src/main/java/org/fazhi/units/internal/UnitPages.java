package org.fazhi.units.internal;

import org.fazhi.shared.web.FormErrors;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 单位管理: the visible unit tree, a unit, creating a child unit, editing, import and export. */
@Controller
@RequestMapping("/console/units")
class UnitPages {

    /** The labels of the form's fields, for the error summary. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of("code", "unit.field.code", "name",
            "unit.field.name", "kind", "unit.field.kind", "level", "unit.field.level", "sortOrder", "unit.field.order",
            "active", "unit.field.active");

    /** A unit in the tree with its depth below the top of the visible tree. */
    record TreeRow(Unit unit, int depth) {
    }

    private final Units units;
    private final UnitImport importer;
    private final UnitExport export;
    private final MessageSource messages;

    UnitPages(Units units, UnitImport importer, UnitExport export, MessageSource messages) {
        this.units = units;
        this.importer = importer;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping
    String tree(Model model) {
        List<Unit> tree = units.visibleTree();
        int top = tree.stream().mapToInt(Unit::depth).min().orElse(0);
        model.addAttribute("rows", tree.stream().map(u -> new TreeRow(u, u.depth() - top)).toList());
        return "units/units";
    }

    @GetMapping("/{id}")
    String unit(@PathVariable long id, Model model) {
        Unit unit = units.get(id);
        List<Unit> path = units.pathOf(id);
        model.addAttribute("unit", unit);
        model.addAttribute("path", path);
        model.addAttribute("children", units.children(id));
        model.addAttribute("parent", path.stream().filter(p -> p.id().equals(unit.parentId())).findFirst()
                .orElse(null));
        return "units/unit";
    }

    @GetMapping("/new")
    @Allowed.ConfigKeepers
    String newUnit(@RequestParam long parentId, Model model) {
        Unit parent = units.get(parentId);
        UnitForm form = new UnitForm();
        form.setLevel(parent.level());
        model.addAttribute("form", form);
        return form(model, parent, null, new FormErrors(messages));
    }

    @PostMapping
    @Allowed.ConfigKeepers
    String create(@RequestParam long parentId, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Unit parent = units.get(parentId);
        if (binding.hasErrors()) {
            return form(model, parent, null, FormErrors.of(messages, binding));
        }
        try {
            Unit created = units.create(form.draft(parentId));
            redirect.addFlashAttribute("flashSuccess", text("unit.created", created.name()));
            return "redirect:/console/units/" + created.id();
        } catch (InvalidInputException e) {
            return form(model, parent, null, new FormErrors(messages).add(e));
        }
    }

    @GetMapping("/{id}/edit")
    @Allowed.ConfigKeepers
    String edit(@PathVariable long id, Model model) {
        Unit unit = units.get(id);
        model.addAttribute("form", UnitForm.of(unit));
        return form(model, null, unit, new FormErrors(messages));
    }

    @PostMapping("/{id}")
    @Allowed.ConfigKeepers
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Unit unit = units.get(id);
        if (binding.hasErrors()) {
            return form(model, null, unit, FormErrors.of(messages, binding));
        }
        try {
            Unit updated = units.update(id, form.draft(unit.parentId()));
            redirect.addFlashAttribute("flashSuccess", text("unit.updated", updated.name()));
            return "redirect:/console/units/" + id;
        } catch (InvalidInputException e) {
            return form(model, null, unit, new FormErrors(messages).add(e));
        }
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> exportUnits() {
        return SpreadsheetDownload.xlsx(text("unit.export.file") + ".xlsx", export::units);
    }

    @GetMapping("/import")
    @Allowed.ConfigKeepers
    String importPage() {
        return "units/unit-import";
    }

    @GetMapping("/import/template")
    @Allowed.ConfigKeepers
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx(text("unit.import.template-file") + ".xlsx", importer::template);
    }

    @PostMapping("/import")
    @Allowed.ConfigKeepers
    String importUnits(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            ImportReport report = importer.run(ImportUploads.open(file));
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", text(e.messageKey(), e.args()));
        }
        return "units/unit-import";
    }

    private String form(Model model, Unit parent, Unit unit, FormErrors errors) {
        model.addAttribute("parent", parent);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("levels", UnitLevel.values());
        errors.labels(LABELS).addTo(model);
        return "units/unit-form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
