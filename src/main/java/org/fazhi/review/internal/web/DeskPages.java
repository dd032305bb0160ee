package org.fazhi.review.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.review.ReviewDesks;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
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
 * 审核机构 (/console/review/desks): which unit's legal office reviews for which deciding unit (e.g.
 * the county justice bureau for the county government and its departments); a unit without an
 * assignment reviews for itself.
 */
@Controller
@RequestMapping("/console/review/desks")
@Allowed.Overseers
class DeskPages {

    /** A deciding unit and the desk that reviews for it. */
    public record DeskRow(Unit unit, Long deskUnitId, String deskUnitName, boolean own) {
    }

    private final ReviewDesks desks;
    private final DataScope scope;
    private final ReviewViews views;
    private final MessageSource messages;

    DeskPages(ReviewDesks desks, DataScope scope, ReviewViews views, MessageSource messages) {
        this.desks = desks;
        this.scope = scope;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, FormInput.empty(messages));
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String assign(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("assign", params, messages);
        Long deciding = form.id("decidingUnitId");
        Long desk = form.id("deskUnitId");
        if (deciding == null) {
            form.field("decidingUnitId", text("review.form.unit-required"));
        }
        if (desk == null) {
            form.field("deskUnitId", text("review.form.unit-required"));
        }
        if (form.ok()) {
            try {
                if (deciding.equals(desk)) {
                    desks.unassign(deciding);
                } else {
                    desks.assign(deciding, desk);
                }
                redirect.addFlashAttribute("flashSuccess", text("review.flash.desk-saved"));
                return "redirect:/console/review/desks";
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            } catch (NotFoundException e) {
                form.field("deskUnitId", text("review.form.unit-outside"));
            }
        }
        return page(model, form);
    }

    @PostMapping("/{decidingUnitId}/removal")
    @Allowed.RuleOfLawOffice
    String remove(@PathVariable long decidingUnitId, RedirectAttributes redirect) {
        desks.unassign(decidingUnitId);
        redirect.addFlashAttribute("flashSuccess", text("review.flash.desk-saved"));
        return "redirect:/console/review/desks";
    }

    private String page(Model model, FormInput form) {
        Map<Long, Long> assignments = desks.assignments();
        List<Unit> units = scope.visibleUnits();
        Map<Long, String> names = views.unitNames(new ArrayList<>(assignments.values()));
        List<DeskRow> rows = units.stream().map(u -> {
            Long desk = assignments.get(u.id());
            return new DeskRow(u, desk == null ? u.id() : desk, desk == null ? u.name() : names.getOrDefault(desk, ""),
                    desk == null);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("units", units);
        form.addTo(model);
        return "review/desks";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
