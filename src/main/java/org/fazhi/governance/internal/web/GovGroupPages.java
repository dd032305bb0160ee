package org.fazhi.governance.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.governance.DutyStatementRequest;
import org.fazhi.governance.Evidence;
import org.fazhi.governance.GroupRequest;
import org.fazhi.governance.LeadingGroup;
import org.fazhi.governance.LeadingGroups;
import org.fazhi.governance.MemberRequest;
import org.fazhi.governance.MemberRole;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
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

/**
 * 领导小组 (/console/governance/groups): the leading groups of a year, setting one up, its roster (added to
 * and removed from, exported), and the principals' 述法 with the statement's file.
 */
@Controller
@RequestMapping("/console/governance/groups")
@Allowed.Staff
class GovGroupPages {

    private final LeadingGroups groups;
    private final GovViews views;
    private final Validator validator;
    private final MessageSource messages;

    GovGroupPages(LeadingGroups groups, GovViews views, Validator validator, MessageSource messages) {
        this.groups = groups;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        return page(y, model, FormInput.empty(messages).put("year", y).put("unitId", views.home())
                .put("name", views.text("governance.group.default-name")));
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("group", params, messages);
        GroupRequest r = form.valid(new GroupRequest(form.id("unitId"), form.integer("year"), form.text("name"),
                form.id("officeUnitId"), form.text("officeNote"), form.text("documentRef"), form.date("establishedOn")),
                validator);
        return FormAction.act(form, redirect, () -> {
            LeadingGroup g = groups.save(r);
            return new FormAction.Done(views.text("governance.flash.group-saved", g.name()),
                    "/console/governance/groups/" + g.id());
        }, () -> page(views.year(form.integer("year")), model, form));
    }

    @GetMapping("/{id}")
    String group(@PathVariable long id, Model model) {
        return detail(id, model, FormInput.empty(messages));
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        LeadingGroup g = groups.group(id);
        List<List<?>> rows = g.members().stream().<List<?>>map(m -> List.of(
                views.text("governance.member-role." + m.role().name()), m.name(), m.post(),
                m.principal() ? views.text("governance.yes") : "")).toList();
        return SpreadsheetDownload.of(views.text("governance.group.file", views.name(g.unitId()),
                String.valueOf(g.year())), views.text("governance.group.roster"), views.labels("governance.member.role",
                "governance.member.name", "governance.member.post", "governance.member.principal"), rows);
    }

    @PostMapping("/{id}/members")
    @Allowed.RuleOfLawOffice
    String addMember(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("member", params, messages);
        MemberRequest r = form.valid(new MemberRequest(form.choice("role", MemberRole.class), form.text("name"),
                form.text("post"), "true".equals(form.raw("principal"))), validator);
        return FormAction.act(form, redirect, "/console/governance/groups/" + id + "#roster",
                () -> views.text("governance.flash.member-added", groups.addMember(id, r).name()),
                () -> detail(id, model, form));
    }

    @PostMapping("/{id}/members/{memberId}/removal")
    @Allowed.RuleOfLawOffice
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        try {
            groups.removeMember(id, memberId);
            redirect.addFlashAttribute("flashSuccess", views.text("governance.flash.member-removed"));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", views.text(e.messageKey(), e.args()));
        }
        return "redirect:/console/governance/groups/" + id + "#roster";
    }

    @PostMapping("/{id}/statements")
    @Allowed.RuleOfLawOffice
    String statement(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        params.remove("file");
        FormInput form = FormInput.of("statement", params, messages);
        DutyStatementRequest r = form.valid(new DutyStatementRequest(form.id("memberId"), form.date("givenOn"),
                form.text("occasion"), form.text("summary")), validator);
        List<Evidence> files = GovViews.evidence(file == null ? List.of() : List.of(file));
        return FormAction.act(form, redirect, "/console/governance/groups/" + id + "#statements",
                () -> views.text("governance.flash.statement", groups.recordStatement(id, r,
                        files.isEmpty() ? null : files.get(0)).principal()),
                () -> detail(id, model, form));
    }

    private String page(int year, Model model, FormInput form) {
        List<LeadingGroup> list = groups.groups(year);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("groups", list);
        model.addAttribute("names", views.names(list.stream().map(LeadingGroup::unitId).toList()));
        model.addAttribute("units", views.units());
        form.addTo(model);
        return "governance/groups";
    }

    private String detail(long id, Model model, FormInput form) {
        LeadingGroup g = groups.group(id);
        model.addAttribute("g", g);
        model.addAttribute("unit", views.name(g.unitId()));
        model.addAttribute("office", g.officeUnitId() == null ? "" : views.name(g.officeUnitId()));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("statements", groups.statements(g.year()).stream().filter(s -> s.unitId() == g.unitId())
                .toList());
        form.addTo(model);
        return "governance/group";
    }
}
