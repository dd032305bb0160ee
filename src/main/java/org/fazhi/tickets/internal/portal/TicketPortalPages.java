package org.fazhi.tickets.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.shared.web.FormInput;
import org.fazhi.tickets.FiledTicket;
import org.fazhi.tickets.Satisfaction;
import org.fazhi.tickets.TicketIntakeRequest;
import org.fazhi.tickets.TicketRatingRequest;
import org.fazhi.tickets.TicketType;
import org.fazhi.tickets.Tickets;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.tickets.internal.TicketLimits;
import org.fazhi.tickets.internal.TicketsRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Complaints and 12345 on the portal, without sign-in: the form (answered with a receipt number and a query
 * code shown once), the look-up by both, and the complainant's rating of the reply (回访). Limited per client
 * address; the code is never put in a URL; no name, phone or ID number is ever shown.
 */
@Controller
class TicketPortalPages {

    private final Tickets tickets;
    private final RulesCatalog rules;
    private final java.time.Clock clock;
    private final TicketLimits limits;
    private final Validator validator;
    private final MessageSource messages;
    private final FieldCipher cipher;

    /** What the receipt's query code is sealed for while it waits in the session for the receipt page. */
    static final String SEALED_CODE = "session.ticket_receipt.query_code";

    TicketPortalPages(Tickets tickets, RulesCatalog rules, java.time.Clock clock, TicketLimits limits,
            Validator validator, MessageSource messages, FieldCipher cipher) {
        this.cipher = cipher;
        this.tickets = tickets;
        this.rules = rules;
        this.clock = clock;
        this.limits = limits;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/tickets/new")
    String form(Model model) {
        return page(model, FormInput.empty(messages).put("type", TicketType.COMPLAINT.name()), null);
    }

    @PostMapping("/tickets/new")
    String file(@RequestParam Map<String, String> params, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>(params);
        typed.remove("_csrf");
        FormInput form = FormInput.of("file", typed, messages).labels(Map.of("type", "tickets.field.type", "title",
                "tickets.field.title", "description", "tickets.field.description", "location",
                "tickets.field.location", "complainantName", "tickets.field.name", "complainantPhone",
                "tickets.field.phone", "complainantIdNo", "tickets.field.id-no", "complainantAddress",
                "tickets.field.address"));
        TicketIntakeRequest r = form.valid(new TicketIntakeRequest(form.choice("type", TicketType.class),
                form.text("title"), form.text("description"), form.text("location"), form.text("complainantName"),
                form.text("complainantPhone"), form.text("complainantIdNo"), form.text("complainantAddress")),
                validator);
        if (!form.ok()) {
            response.setStatus(400);
            return page(model, form, null);
        }
        String client = request.getRemoteAddr();
        if (!limits.filings.tryAcquire(client)) {
            response.setStatus(429);
            return page(model, form, text("tickets.portal.too-many",
                    TicketLimits.minutes(limits.filings.retryAfterSeconds(client))));
        }
        try {
            FiledTicket f = tickets.file(r);
            // the flash waits in the session, which may be kept in the database: the code goes there sealed
            redirect.addFlashAttribute("receipt", withCode(f, cipher.encrypt(SEALED_CODE, f.queryCode())));
            return "redirect:/tickets/receipt";
        } catch (InvalidInputException e) {
            limits.filings.release(client);
            form.error(e);
            response.setStatus(400);
            return page(model, form, null);
        } catch (RuntimeException e) {
            limits.filings.release(client);
            throw e;
        }
    }

    /** The receipt and code, once, right after filing (a reload finds nothing and goes to the look-up). */
    @GetMapping("/tickets/receipt")
    String receipt(Model model) {
        if (!(model.getAttribute("receipt") instanceof FiledTicket sealed)) {
            return "redirect:/tickets/track";
        }
        model.addAttribute("receipt", withCode(sealed, cipher.decrypt(SEALED_CODE, sealed.queryCode())));
        return "tickets/portal/receipt";
    }

    private static FiledTicket withCode(FiledTicket f, String code) {
        return new FiledTicket(f.id(), f.receiptNo(), code, f.receivedOn());
    }

    @GetMapping("/tickets/track")
    String trackForm(Model model) {
        model.addAttribute("no", "");
        return "tickets/portal/track";
    }

    @PostMapping("/tickets/track")
    String track(@RequestParam(required = false) String no, @RequestParam(required = false) String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!lookup(no, code, model, request, response)) {
            return "tickets/portal/track";
        }
        try {
            model.addAttribute("t", tickets.track(no, code));
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("error", text("tickets.portal.not-found"));
        }
        return "tickets/portal/track";
    }

    @PostMapping("/tickets/track/rating")
    String rate(@RequestParam(required = false) String no, @RequestParam(required = false) String code,
            @RequestParam(required = false) String satisfaction, @RequestParam(required = false) String note,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!lookup(no, code, model, request, response)) {
            return "tickets/portal/track";
        }
        Satisfaction s = null;
        for (Satisfaction x : Satisfaction.values()) {
            if (x.name().equals(satisfaction)) {
                s = x;
            }
        }
        try {
            if (s == null || (note != null && note.length() > 1000)) {
                model.addAttribute("t", tickets.track(no, code));
                response.setStatus(400);
                model.addAttribute("ratingError", text(s == null ? "tickets.portal.rating-required"
                        : "tickets.portal.note-too-long"));
                return "tickets/portal/track";
            }
            model.addAttribute("t", tickets.rateOnPortal(no, code, new TicketRatingRequest(s, note, null)));
            model.addAttribute("done", text(s == Satisfaction.DISSATISFIED ? "tickets.portal.rated-dissatisfied"
                    : "tickets.portal.rated"));
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("error", text("tickets.portal.not-found"));
        } catch (RefusedException e) {
            response.setStatus(409);
            model.addAttribute("t", tickets.track(no, code));
            model.addAttribute("ratingError", text(e.messageKey(), e.args()));
        }
        return "tickets/portal/track";
    }

    private boolean lookup(String no, String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("no", no == null ? "" : no.strip().length() > 30 ? "" : no.strip());
        model.addAttribute("code", code == null || code.length() > 10 ? "" : code.strip());
        String client = request.getRemoteAddr();
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("tickets.portal.too-many",
                    TicketLimits.minutes(limits.lookups.retryAfterSeconds(client))));
            return false;
        }
        return true;
    }

    private String page(Model model, FormInput form, String error) {
        model.addAttribute("types", TicketType.values());
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        model.addAttribute("periods", java.util.Arrays.stream(TicketType.values())
                .map(t -> rules.period(TicketsRules.handling(t), RuleTerm.AMOUNT, today).amount()).toList());
        model.addAttribute("formError", error);
        form.addTo(model);
        return "tickets/portal/new";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
