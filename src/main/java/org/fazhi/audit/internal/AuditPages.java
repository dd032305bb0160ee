package org.fazhi.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditLabels;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.fazhi.audit.SignInFailures;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's console: search with filters, entries with their field-level before/after, chain
 * verification, CSV export, and failed sign-ins per account and per address. The service refuses
 * everyone but the audit administrator (403).
 */
@Controller
class AuditPages {

    static final String BASE = "/console/audit";
    static final String SIGN_INS = "/console/audit/sign-in-failures";
    private static final int REPORT_DAYS = 30;

    /** One entry as the table shows it. */
    record EntryView(long seq, String time, String actor, String unit, String ip, String entityType, String entityId,
            String action, boolean success, List<ChangeView> changes, String hash, String entityName,
            String actionName) {
    }

    record ChangeView(String field, String before, String after) {
    }

    private final AuditTrail trail;
    private final AuditLabels labels;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final DateTimeFormatter time;

    AuditPages(AuditTrail trail, AuditLabels labels, MessageSource messages, JsonMapper json, Clock clock) {
        this.trail = trail;
        this.labels = labels;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
    }

    @GetMapping(BASE)
    String events(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
            @RequestParam(required = false) Integer page, Model model, Locale locale) {
        model.addAttribute("units", trail.unitOptions());
        model.addAttribute("entityTypes", labels.entityTypes());
        model.addAttribute("actions", labels.actions());
        List<String> errors = new ArrayList<>();
        binding.getAllErrors().forEach(e -> errors.add(messages.getMessage(e, locale)));
        // The errors are shown as text; a value that could not be converted (unitId=abc) leaves the
        // binding without a target, so the page shows the filter as it was understood.
        filter = filter == null ? AuditFilter.NONE : filter;
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "filter");
        model.addAttribute("filter", filter);
        if (errors.isEmpty()) {
            try {
                PageResult<AuditEntry> found = trail.search(filter.toQuery(clock.getZone()), PageQuery.of(page, 50));
                Map<Long, String> names = trail.unitNames(found.items().stream().map(AuditEntry::actorUnitId)
                        .filter(Objects::nonNull).distinct().toList());
                model.addAttribute("page", found.map(e -> view(e, names)));
            } catch (InvalidInputException e) {
                e.fieldProblems().forEach(p -> errors.add(messages.getMessage(p.messageKey(), p.args(), locale)));
            }
        }
        model.addAttribute("errors", errors);
        String query = query(filter);
        model.addAttribute("pageUrl", BASE + "?" + query + (query.isEmpty() ? "" : "&"));
        model.addAttribute("exportUrl", BASE + "/export.csv" + (query.isEmpty() ? "" : "?" + query));
        return "audit/events";
    }

    @PostMapping(BASE + "/verify")
    String verify(RedirectAttributes redirect, Locale locale) {
        ChainVerification v = trail.verify();
        redirect.addFlashAttribute("verification", v);
        redirect.addFlashAttribute("verificationText", v.intact()
                ? messages.getMessage("audit.verify.intact", new Object[] {String.valueOf(v.checked())}, locale)
                : messages.getMessage("audit.verify.broken", new Object[] {String.valueOf(v.firstBrokenSeq()),
                        messages.getMessage("audit.verify.reason." + v.reason(), null, v.reason(), locale),
                        String.valueOf(v.checked())}, locale));
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/export.csv")
    void export(@Valid @ModelAttribute("filter") AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditApi.exportTo(trail, filter.toQuery(clock.getZone()), locale, response, clock);
    }

    @GetMapping(SIGN_INS)
    String signIns(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        String fromText = from == null || from.isBlank() ? today.minusDays(REPORT_DAYS - 1L).toString() : from.strip();
        String toText = to == null || to.isBlank() ? today.toString() : to.strip();
        model.addAttribute("from", fromText);
        model.addAttribute("to", toText);
        try {
            AuditQuery period = new AuditFilter(fromText, toText, null, null, null, null, null, null)
                    .toQuery(clock.getZone());
            SignInFailures report = trail.signInFailures(period.from(), period.to());
            model.addAttribute("report", report);
            model.addAttribute("time", time);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.fieldProblems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args(), locale)).toList());
        }
        return "audit/sign-ins";
    }

    private EntryView view(AuditEntry e, Map<Long, String> names) {
        String unit = e.actorUnitId() == null ? "" : names.getOrDefault(e.actorUnitId(), "#" + e.actorUnitId());
        List<ChangeView> changes = e.changes().stream()
                .map(c -> new ChangeView(c.field(), text(c.before()), text(c.after()))).toList();
        return new EntryView(e.seq(), time.format(e.occurredAt()), e.actorName(), unit, e.ip(), e.entityType(),
                e.entityId(), e.action(), e.outcome() == AuditEntry.Outcome.SUCCESS, changes,
                e.hash() == null ? "" : e.hash().substring(0, Math.min(12, e.hash().length())),
                labels.entity(e.entityType()), labels.action(e.action()));
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }

    /** The filter as a query string, for the pager and the export link. */
    private static String query(AuditFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "from", f.from());
        add(b, "to", f.to());
        add(b, "actor", f.actor());
        add(b, "unitId", f.unitId() == null ? null : f.unitId().toString());
        add(b, "entityType", f.entityType());
        add(b, "entityId", f.entityId());
        add(b, "action", f.action());
        add(b, "outcome", f.outcome());
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }
}
