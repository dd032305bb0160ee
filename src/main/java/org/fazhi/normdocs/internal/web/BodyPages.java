package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBodies.BodyRequest;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
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
 * 制定主体 (/console/normdocs/bodies): the list of bodies entitled to issue normative documents with
 * their document-number prefix and registering office; listing, delisting and relisting a body; and
 * the registering offices (统一登记机关) with their registration-number prefix.
 */
@Controller
@RequestMapping("/console/normdocs/bodies")
@Allowed.ProcedureReaders
class BodyPages {


    private final IssuingBodies bodies;
    private final DataScope scope;
    private final Units units;
    private final DocumentViews views;
    private final Validator validator;
    private final MessageSource messages;

    BodyPages(IssuingBodies bodies, DataScope scope, Units units, DocumentViews views, Validator validator,
            MessageSource messages) {
        this.bodies = bodies;
        this.scope = scope;
        this.units = units;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, FormInput.empty(messages));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        List<IssuingBody> rows = bodies.visible();
        Map<Long, String> names = names(rows);
        List<String> headers = views.labels(List.of("normdocs.body.name", "normdocs.body.unit", "normdocs.body.prefix",
                "normdocs.body.office", "normdocs.body.active", "normdocs.body.listed-on", "normdocs.body.delisted-on"));
        List<List<?>> data = rows.stream().<List<?>>map(b -> java.util.Arrays.asList(b.name(),
                names.getOrDefault(b.unitId(), ""), b.docNumberPrefix(), names.getOrDefault(b.registeringUnitId(), ""),
                b.active(), b.listedOn(), b.delistedOn())).toList();
        return SpreadsheetDownload.of(views.text("normdocs.bodies.title"), views.text("normdocs.bodies.title"), headers, data);
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("body", params, messages);
        BodyRequest r = form.valid(new BodyRequest(form.id("unitId"), form.text("name"), form.text("docNumberPrefix"),
                form.id("registeringUnitId")), validator);
        if (form.ok()) {
            try {
                IssuingBody b = bodies.add(r);
                redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.body-added", b.name()));
                return "redirect:/console/normdocs/bodies";
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            } catch (NotFoundException e) {
                form.field("unitId", views.text("normdocs.form.unit-outside"));
            }
        }
        return page(model, form);
    }

    @PostMapping("/{id}/delisting")
    @Allowed.RuleOfLawOffice
    String delist(@PathVariable long id, RedirectAttributes redirect) {
        IssuingBody b = bodies.delist(id);
        redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.body-delisted", b.name()));
        return "redirect:/console/normdocs/bodies";
    }

    @PostMapping("/{id}/relisting")
    @Allowed.RuleOfLawOffice
    String relist(@PathVariable long id, RedirectAttributes redirect) {
        IssuingBody b = bodies.relist(id);
        redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.body-relisted", b.name()));
        return "redirect:/console/normdocs/bodies";
    }

    @PostMapping("/offices")
    @Allowed.RuleOfLawOffice
    String office(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("office", params, messages);
        Long unitId = form.id("unitId");
        if (unitId == null && form.ok()) {
            form.field("unitId", views.text("normdocs.form.choose"));
        }
        if (form.ok()) {
            try {
                bodies.registerOffice(unitId, form.text("prefix"));
                redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.office-added"));
                return "redirect:/console/normdocs/bodies";
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            } catch (NotFoundException e) {
                form.field("unitId", views.text("normdocs.form.unit-outside"));
            }
        }
        return page(model, form);
    }

    private String page(Model model, FormInput form) {
        List<IssuingBody> rows = bodies.visible();
        Map<Long, String> offices = bodies.offices();
        model.addAttribute("rows", rows);
        model.addAttribute("names", names(rows));
        model.addAttribute("offices", offices);
        model.addAttribute("officeNames", units.names(offices.keySet()));
        model.addAttribute("units", scope.visibleUnits());
        model.addAttribute("active", rows.stream().filter(IssuingBody::active).count());
        form.addTo(model);
        return "normdocs/bodies";
    }

    private Map<Long, String> names(List<IssuingBody> rows) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        rows.forEach(b -> {
            ids.add(b.unitId());
            ids.add(b.registeringUnitId());
        });
        return units.names(ids);
    }
}
