package org.fazhi.enforcement.internal.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementCases;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.Officers;
import org.fazhi.enforcement.OpeningRequest;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.PowerItem;
import org.fazhi.enforcement.SummaryRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cases of the agencies in the user's scope: the list with filters, opening a case (普通程序) and a
 * decision on the spot (简易程序), and the case's page.
 */
@Controller
@RequestMapping("/console/enforcement")
@Allowed.Staff
class CasePages {

    /** The opening form's fields by their labels, for the error summary. */
    private static final Map<String, String> OPEN_LABELS = Map.ofEntries(
            Map.entry("agencyId", "enforcement.col.agency"), Map.entry("powerItemId", "enforcement.col.power-item"),
            Map.entry("cause", "enforcement.col.cause"), Map.entry("openedOn", "enforcement.col.opened"),
            Map.entry("occurredOn", "enforcement.col.occurred"), Map.entry("partyKind", "enforcement.col.party-kind"),
            Map.entry("partyName", "enforcement.col.party"), Map.entry("partyIdNo", "enforcement.col.party-id"),
            Map.entry("partyContact", "enforcement.col.party-contact"),
            Map.entry("partyAddress", "enforcement.col.party-address"), Map.entry("facts", "enforcement.col.facts"),
            Map.entry("officerIds", "enforcement.col.officers"),
            Map.entry("auxiliaryIds", "enforcement.col.auxiliaries"));

    private final EnforcementCases cases;
    private final Agencies agencies;
    private final Officers officers;
    private final CaseViews views;
    private final Validator validator;
    private final MessageSource messages;

    CasePages(EnforcementCases cases, Agencies agencies, Officers officers, CaseViews views, Validator validator,
            MessageSource messages) {
        this.cases = cases;
        this.agencies = agencies;
        this.officers = officers;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) ActionKind kind, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        PageResult<EnforcementCase> result = cases.list(agencyId, status, kind, year, q, PageQuery.of(page, 20));
        List<Agency> visible = agencies.list();
        Map<Long, String> names = new LinkedHashMap<>();
        visible.forEach(a -> names.put(a.id(), a.name()));
        model.addAttribute("result", result);
        model.addAttribute("more", result.total() > result.page() * (long) result.size() + result.items().size());
        model.addAttribute("agencies", visible);
        model.addAttribute("agencyNames", names);
        model.addAttribute("filter", Map.of("agencyId", agencyId == null ? "" : agencyId.toString(), "status",
                status == null ? "" : status.name(), "kind", kind == null ? "" : kind.name(), "year",
                year == null ? "" : year.toString(), "q", q == null ? "" : q));
        model.addAttribute("enums", Enums.INSTANCE);
        return "enforcement/cases";
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, Model model) {
        return views.detail(id, model, FormInput.empty(messages));
    }

    @GetMapping("/cases/new")
    @Allowed.EnforcementOfficers
    String newCase(Model model) {
        FormInput form = EnforcementForms.LABELS.form("open", Map.of("openedOn", views.today().toString(), "partyKind",
                PartyKind.ORGANISATION.name()), messages).labels(OPEN_LABELS);
        return openForm(model, form, List.of(), List.of());
    }

    @PostMapping("/cases")
    @Allowed.EnforcementOfficers
    String open(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("open", params.toSingleValueMap(), messages).labels(OPEN_LABELS);
        List<Long> officerIds = ids(form, params, "officerIds");
        List<Long> auxiliaryIds = ids(form, params, "auxiliaryIds");
        PartyKind partyKind = form.choice("partyKind", PartyKind.class);
        OpeningRequest r = form.valid(new OpeningRequest(form.id("agencyId"), form.id("powerItemId"),
                form.text("cause"), form.date("occurredOn"), partyKind, form.text("partyName"), form.text("partyIdNo"),
                form.text("partyContact"), form.text("partyAddress"), "on".equals(form.raw("partyMinor")),
                form.text("facts"), "on".equals(form.raw("majorPublicInterest")), "on".equals(form.raw("complex")),
                form.date("openedOn"), officerIds, auxiliaryIds, form.text("openingNote")), validator);
        return FormAction.act(form, redirect, () -> {
            EnforcementCase c = cases.open(r);
            return new FormAction.Done(views.text("enforcement.flash.opened", c.caseNo()),
                    "/console/enforcement/cases/" + c.id());
        }, () -> openForm(model, form, officerIds, auxiliaryIds));
    }

    @GetMapping("/cases/summary/new")
    @Allowed.EnforcementOfficers
    String newSummary(Model model) {
        FormInput form = EnforcementForms.LABELS.form("summary", Map.of("decidedOn", views.today().toString(), "partyKind",
                PartyKind.NATURAL_PERSON.name(), "penaltyType", PenaltyType.FINE.name()), messages);
        return summaryForm(model, form, List.of(), List.of());
    }

    @PostMapping("/cases/summary")
    @Allowed.EnforcementOfficers
    String summary(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("summary", params.toSingleValueMap(), messages);
        List<Long> officerIds = ids(form, params, "officerIds");
        List<Long> auxiliaryIds = ids(form, params, "auxiliaryIds");
        BigDecimal amount = amount(form, "amount");
        SummaryRequest r = form.valid(new SummaryRequest(form.id("agencyId"), form.id("powerItemId"),
                form.text("cause"), form.choice("partyKind", PartyKind.class), form.text("partyName"),
                form.text("partyIdNo"), form.text("partyContact"), form.text("partyAddress"),
                "on".equals(form.raw("partyMinor")), form.text("facts"), form.text("violationCode"),
                form.choice("penaltyType", PenaltyType.class), amount, form.date("decidedOn"), form.text("place"),
                form.text("decisionText"), officerIds, auxiliaryIds), validator);
        return FormAction.act(form, redirect, () -> {
            EnforcementCase c = cases.openSummary(r);
            return new FormAction.Done(views.text("enforcement.flash.summary", c.caseNo(), c.decisionNo()),
                    "/console/enforcement/cases/" + c.id());
        }, () -> summaryForm(model, form, officerIds, auxiliaryIds));
    }

    private String openForm(Model model, FormInput form, List<Long> officerIds, List<Long> auxiliaryIds) {
        choices(model, officerIds, auxiliaryIds);
        form.addTo(model);
        return "enforcement/case-new";
    }

    private String summaryForm(Model model, FormInput form, List<Long> officerIds, List<Long> auxiliaryIds) {
        choices(model, officerIds, auxiliaryIds);
        form.addTo(model);
        return "enforcement/summary-new";
    }

    /** The agencies the user may open cases for, with their power items and rosters. */
    private void choices(Model model, List<Long> officerIds, List<Long> auxiliaryIds) {
        List<Agency> active = agencies.list().stream().filter(Agency::active).toList();
        Map<Long, List<PowerItem>> items = new LinkedHashMap<>();
        Map<Long, List<Officer>> certified = new LinkedHashMap<>();
        Map<Long, List<Officer>> auxiliary = new LinkedHashMap<>();
        for (Agency a : active) {
            items.put(a.id(), agencies.powerItems(a.id()));
            List<Officer> roster = officers.ofAgency(a.id());
            certified.put(a.id(), roster.stream().filter(o -> o.kind() == OfficerKind.OFFICER).toList());
            auxiliary.put(a.id(), roster.stream().filter(o -> o.kind() == OfficerKind.AUXILIARY).toList());
        }
        model.addAttribute("agencies", active);
        model.addAttribute("items", items);
        model.addAttribute("certified", certified);
        model.addAttribute("auxiliary", auxiliary);
        model.addAttribute("chosenOfficers", officerIds);
        model.addAttribute("chosenAuxiliaries", auxiliaryIds);
        model.addAttribute("today", views.today());
        model.addAttribute("summaryPenalties", List.of(PenaltyType.WARNING, PenaltyType.FINE));
        model.addAttribute("enums", Enums.INSTANCE);
    }

    /** The ids ticked in a multi-valued field; a malformed one is a field error. */
    List<Long> ids(FormInput form, MultiValueMap<String, String> params, String field) {
        List<Long> ids = new ArrayList<>();
        for (String v : params.getOrDefault(field, List.of())) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!v.strip().matches("\\d{1,18}")) {
                form.field(field, views.text("problem.type-mismatch"));
                continue;
            }
            ids.add(Long.valueOf(v.strip()));
        }
        return ids;
    }

    /** A decimal amount, or null when blank; not a number is a field error. */
    BigDecimal amount(FormInput form, String field) {
        String v = form.raw(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            form.field(field, views.text("problem.type-mismatch"));
            return null;
        }
    }
}
