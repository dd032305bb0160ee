package org.fazhi.tickets.internal.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.tickets.ComplainantIdentity;
import org.fazhi.tickets.FiledTicket;
import org.fazhi.tickets.Satisfaction;
import org.fazhi.tickets.Ticket;
import org.fazhi.tickets.TicketAssignmentRequest;
import org.fazhi.tickets.TicketExposureRequest;
import org.fazhi.tickets.TicketGuide;
import org.fazhi.tickets.TicketIntakeRequest;
import org.fazhi.tickets.TicketPauseRequest;
import org.fazhi.tickets.TicketRatingRequest;
import org.fazhi.tickets.TicketReplyRequest;
import org.fazhi.tickets.TicketResumeRequest;
import org.fazhi.tickets.TicketRevealRequest;
import org.fazhi.tickets.TicketStatus;
import org.fazhi.tickets.TicketTransferRequest;
import org.fazhi.tickets.TicketType;
import org.fazhi.tickets.TicketUrgeRequest;
import org.fazhi.tickets.Tickets;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Tickets in the console (/console/tickets/...): the tickets of the caller's scope with a phone operator's
 * intake form, a ticket's page with the guide and the step forms (assign, transfer, pause, resume, reply, the
 * callback's rating, 督办, a 舆情 entry, the complainant's identity with a reason), and the 舆情 list.
 */
@Controller
@RequestMapping("/console/tickets")
@Allowed.Staff
class TicketPages {

    /** The guide in words: the next step and, per step, allowed or why not. */
    record GuideView(String next, Map<String, String> refused) {

        public boolean allowed(String step) {
            return refused.containsKey(step) && refused.get(step).isEmpty();
        }
    }

    private final Tickets tickets;
    private final TicketGuide guide;
    private final Deadlines deadlines;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    TicketPages(Tickets tickets, TicketGuide guide, Deadlines deadlines, Units units, Validator validator,
            MessageSource messages, Clock clock) {
        this.tickets = tickets;
        this.guide = guide;
        this.deadlines = deadlines;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) Integer page,
            Model model) {
        return listPage(status, page, model, FormInput.empty(messages).put("type", TicketType.COMPLAINT.name()));
    }

    @PostMapping
    @Allowed.Drafters
    String receive(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("intake", params, messages).labels(Map.of("type", "tickets.field.type", "title",
                "tickets.field.title", "description", "tickets.field.description", "location",
                "tickets.field.location", "complainantName", "tickets.field.name", "complainantPhone",
                "tickets.field.phone", "complainantIdNo", "tickets.field.id-no", "complainantAddress",
                "tickets.field.address"));
        TicketIntakeRequest r = form.valid(new TicketIntakeRequest(form.choice("type", TicketType.class),
                form.text("title"), form.text("description"), form.text("location"), form.text("complainantName"),
                form.text("complainantPhone"), form.text("complainantIdNo"), form.text("complainantAddress")),
                validator);
        return FormAction.act(form, redirect, () -> {
            FiledTicket f = tickets.receive(r);
            return new FormAction.Done(text("tickets.flash.received", f.receiptNo(), f.queryCode()),
                    "/console/tickets/" + f.id());
        }, () -> listPage(null, null, model, form));
    }

    /**
     * The list as a spreadsheet (all tickets of the caller's scope, of the status filtered on): the complainant
     * masked as on the list (SECURITY.md DC-03), the export audited by the service.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) TicketStatus status) {
        List<Ticket> all = tickets.export(status);
        Map<Long, String> names = units.names(all.stream().map(Ticket::unitId).distinct().toList());
        List<String> columns = java.util.stream.Stream.of("tickets.field.receipt", "tickets.field.type",
                "tickets.field.title", "tickets.field.complainant", "tickets.field.phone", "tickets.field.unit",
                "tickets.field.channel", "tickets.field.received-on", "tickets.field.status", "tickets.field.replied-on",
                "tickets.field.satisfaction", "tickets.field.reopened", "tickets.field.closed-on").map(this::text)
                .toList();
        List<List<?>> rows = all.stream().<List<?>>map(t -> java.util.Arrays.asList(t.receiptNo(),
                text("tickets.type." + t.type().name()), t.title(), t.complainantName(), t.complainantPhone(),
                names.get(t.unitId()), text("tickets.channel." + t.channel().name()), t.receivedOn(),
                text("tickets.status." + t.status().name()), t.repliedOn(),
                t.satisfaction() == null ? "" : text("tickets.satisfaction." + t.satisfaction().name()),
                t.reopenCount(), t.closedOn())).toList();
        return SpreadsheetDownload.of(text("tickets.list.title"), text("tickets.list.title"), columns, rows);
    }

    @GetMapping("/exposures")
    String exposures(Model model) {
        var list = tickets.exposures(null);
        model.addAttribute("exposures", list);
        model.addAttribute("names", units.names(list.stream().map(e -> e.unitId()).toList()));
        return "tickets/exposures";
    }

    @GetMapping("/{id}")
    String ticket(@PathVariable long id, Model model) {
        return ticketPage(id, model, FormInput.empty(messages).put("on", today()), null);
    }

    @PostMapping("/{id}/assignment")
    @Allowed.Drafters
    String assign(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("assign", params, messages).labels(Map.of("type", "tickets.field.type",
                "unitId", "tickets.field.unit"));
        TicketAssignmentRequest r = form.valid(new TicketAssignmentRequest(form.choice("type", TicketType.class),
                form.id("unitId"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> tickets.assign(id, r), "tickets.flash.assigned");
    }

    @PostMapping("/{id}/transfer")
    @Allowed.Drafters
    String transfer(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("transfer", params, messages).labels(Map.of("unitId", "tickets.field.unit",
                "reason", "tickets.field.transfer-reason"));
        TicketTransferRequest r = form.valid(new TicketTransferRequest(form.id("unitId"), form.text("reason"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> tickets.transfer(id, r), "tickets.flash.transferred");
    }

    @PostMapping("/{id}/pause")
    @Allowed.Drafters
    String pause(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("pause", params, messages).labels(Map.of("reason",
                "tickets.field.pause-reason", "on", "tickets.field.on"));
        TicketPauseRequest r = form.valid(new TicketPauseRequest(form.text("reason"), form.date("on"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> tickets.pause(id, r), "tickets.flash.paused");
    }

    @PostMapping("/{id}/resume")
    @Allowed.Drafters
    String resume(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("resume", params, messages).labels(Map.of("on", "tickets.field.on"));
        TicketResumeRequest r = form.valid(new TicketResumeRequest(form.date("on"), form.integer("version")),
                validator);
        return step(id, form, redirect, model, () -> tickets.resume(id, r), "tickets.flash.resumed");
    }

    @PostMapping("/{id}/reply")
    @Allowed.Drafters
    String reply(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("reply", params, messages).labels(Map.of("text", "tickets.field.reply",
                "on", "tickets.field.on"));
        TicketReplyRequest r = form.valid(new TicketReplyRequest(form.text("text"), form.date("on"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> tickets.reply(id, r), "tickets.flash.replied");
    }

    @PostMapping("/{id}/rating")
    @Allowed.Drafters
    String rate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("rating", params, messages).labels(Map.of("satisfaction",
                "tickets.field.satisfaction", "note", "tickets.field.rating-note"));
        TicketRatingRequest r = form.valid(new TicketRatingRequest(form.choice("satisfaction", Satisfaction.class),
                form.text("note"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> tickets.rate(id, r), "tickets.flash.rated");
    }

    @PostMapping("/{id}/urge")
    @Allowed.Supervisors
    String urge(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("urge", params, messages).labels(Map.of("note", "tickets.field.urge-note"));
        TicketUrgeRequest r = form.valid(new TicketUrgeRequest(form.text("note")), validator);
        return step(id, form, redirect, model, () -> tickets.urge(id, r), "tickets.flash.urged");
    }

    @PostMapping("/{id}/exposures")
    @Allowed.Drafters
    String expose(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("exposure", params, messages).labels(Map.of("media", "tickets.field.media",
                "headline", "tickets.field.headline", "url", "tickets.field.url", "reportedOn",
                "tickets.field.reported-on", "note", "tickets.field.exposure-note"));
        TicketExposureRequest r = form.valid(new TicketExposureRequest(form.text("media"), form.text("headline"),
                form.text("url"), form.date("reportedOn"), form.text("note")), validator);
        return FormAction.act(form, redirect, "/console/tickets/" + id, () -> {
            tickets.expose(id, r);
            return text("tickets.flash.exposure");
        }, () -> ticketPage(id, model, form, null));
    }

    @PostMapping("/{id}/reveal")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        FormInput form = FormInput.of("reveal", params, messages).labels(Map.of("reason",
                "tickets.reveal.reason"));
        TicketRevealRequest r = form.valid(new TicketRevealRequest(form.text("reason")), validator);
        ComplainantIdentity who = null;
        if (form.ok()) {
            try {
                who = tickets.reveal(id, r);
            } catch (org.fazhi.shared.InvalidInputException e) {
                form.error(e);
            }
        }
        return ticketPage(id, model, form.ok() ? FormInput.empty(messages).put("on", today()) : form, who);
    }

    private String step(long id, FormInput form, RedirectAttributes redirect, Model model, Supplier<Ticket> work,
            String flash) {
        return FormAction.act(form, redirect, "/console/tickets/" + id, () -> {
            work.get();
            return text(flash);
        }, () -> ticketPage(id, model, form, null));
    }

    private String listPage(TicketStatus status, Integer page, Model model, FormInput form) {
        var result = tickets.list(status, PageQuery.of(page, 50));
        model.addAttribute("page", result);
        model.addAttribute("status", status);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("names", units.names(result.items().stream().map(Ticket::unitId).toList()));
        form.addTo(model);
        return "tickets/list";
    }

    private String ticketPage(long id, Model model, FormInput form, ComplainantIdentity identity) {
        Ticket t = tickets.ticket(id);
        model.addAttribute("t", t);
        model.addAttribute("guide", guide(guide.of(id)));
        model.addAttribute("unitName", units.name(t.unitId()));
        model.addAttribute("intakeUnitName", units.name(t.intakeUnitId()));
        model.addAttribute("clock", t.clockDeadlineId() == null ? null
                : deadlines.find(t.clockDeadlineId()).orElse(null));
        model.addAttribute("events", tickets.events(id));
        model.addAttribute("exposures", tickets.exposures(id));
        model.addAttribute("types", TicketType.values());
        model.addAttribute("ratings", Satisfaction.values());
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("identity", identity);
        model.addAttribute("today", today());
        form.addTo(model);
        return "tickets/ticket";
    }

    private GuideView guide(Guide<?> g) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            refused.put(s.step(), s.allowed() ? "" : text(s.messageKey(), s.args().toArray()));
        }
        return new GuideView(text(g.nextKey(), g.nextArgs().toArray()), refused);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
