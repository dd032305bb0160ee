package org.fazhi.tickets.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.tickets.ComplainantIdentity;
import org.fazhi.tickets.FiledTicket;
import org.fazhi.tickets.Ticket;
import org.fazhi.tickets.TicketAssignmentRequest;
import org.fazhi.tickets.TicketEvent;
import org.fazhi.tickets.TicketExposure;
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
import org.fazhi.tickets.TicketUrgeRequest;
import org.fazhi.tickets.Tickets;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints and 12345 tickets as JSON for staff: the tickets of the caller's scope (complainant masked), a
 * phone operator's intake, the steps of the procedure, the guide, the history, media exposure entries and the
 * complainant's identity revealed with a reason. Another unit's ticket answers 404; a step the procedure
 * refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Validated
@Allowed.Staff
@Tag(name = "tickets", description = "投诉与12345热线工单 (tickets)")
class TicketsApi {

    private final Tickets tickets;
    private final TicketGuide guide;

    TicketsApi(Tickets tickets, TicketGuide guide) {
        this.tickets = tickets;
        this.guide = guide;
    }

    @GetMapping
    @Operation(summary = "Tickets in the caller's scope (complainant masked), newest first")
    PageResult<Ticket> list(@RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return tickets.list(status, PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "A ticket taken by a phone operator; it waits in the operator's unit to be assigned")
    ResponseEntity<FiledTicket> receive(@Valid @RequestBody TicketIntakeRequest r) {
        FiledTicket f = tickets.receive(r);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + f.id())).body(f);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ticket (complainant masked; 404 outside the caller's scope)")
    Ticket get(@PathVariable @Positive long id) {
        return tickets.ticket(id);
    }

    @GetMapping("/{id}/guide")
    @Operation(summary = "The next step, and for each step whether the caller may take it now or why not")
    Guide<TicketStatus> guide(@PathVariable @Positive long id) {
        return guide.of(id);
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "Transfers, ratings and urgings of the ticket, oldest first")
    List<TicketEvent> events(@PathVariable @Positive long id) {
        return tickets.events(id);
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "The complainant's full identity, with the reason (audited)")
    ComplainantIdentity reveal(@PathVariable @Positive long id, @Valid @RequestBody TicketRevealRequest r) {
        return tickets.reveal(id, r);
    }

    @PostMapping("/{id}/assignment")
    @Operation(summary = "Classify and assign (交办): the type's handling clock starts for the unit")
    Ticket assign(@PathVariable @Positive long id, @Valid @RequestBody TicketAssignmentRequest r) {
        return tickets.assign(id, r);
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Transfer (转办) to another unit with the reason; the clock starts again for it")
    Ticket transfer(@PathVariable @Positive long id, @Valid @RequestBody TicketTransferRequest r) {
        return tickets.transfer(id, r);
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause the clock where TK-05 allows (complaints needing tests or verification)")
    Ticket pause(@PathVariable @Positive long id, @Valid @RequestBody TicketPauseRequest r) {
        return tickets.pause(id, r);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume the clock; the paused days move the due date")
    Ticket resume(@PathVariable @Positive long id, @Valid @RequestBody TicketResumeRequest r) {
        return tickets.resume(id, r);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "The answer to the complainant; the callback (回访) is due in 3 working days (TK-04)")
    Ticket reply(@PathVariable @Positive long id, @Valid @RequestBody TicketReplyRequest r) {
        return tickets.reply(id, r);
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "The complainant's rating at the callback: closes, or re-handling once when dissatisfied")
    Ticket rate(@PathVariable @Positive long id, @Valid @RequestBody TicketRatingRequest r) {
        return tickets.rate(id, r);
    }

    @PostMapping("/{id}/urge")
    @Operation(summary = "督办/催办 of an overdue ticket (法治办, leaders)")
    Ticket urge(@PathVariable @Positive long id, @Valid @RequestBody TicketUrgeRequest r) {
        return tickets.urge(id, r);
    }

    @GetMapping("/exposures")
    @Operation(summary = "Media exposure (舆情) entries of the caller's scope with their tickets")
    List<TicketExposure> exposures() {
        return tickets.exposures(null);
    }

    @PostMapping("/{id}/exposures")
    @Operation(summary = "Link a media exposure (舆情) entry to the ticket")
    ResponseEntity<TicketExposure> expose(@PathVariable @Positive long id, @Valid @RequestBody TicketExposureRequest r) {
        TicketExposure e = tickets.expose(id, r);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/exposures")).body(e);
    }
}
