package org.fazhi.tickets.internal.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.ProblemTypes;
import org.fazhi.tickets.FiledTicket;
import org.fazhi.tickets.Open311SubmitRequest;
import org.fazhi.tickets.TicketIntakeRequest;
import org.fazhi.tickets.TicketStatus;
import org.fazhi.tickets.TicketTracking;
import org.fazhi.tickets.TicketType;
import org.fazhi.tickets.Tickets;
import org.fazhi.tickets.internal.TicketLimits;
import org.fazhi.units.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open311-style API (GeoReport v2 shape, JSON) through which other systems and the portal send tickets:
 * the services (one per {@link TicketType}), a new service request, and a request's status by its
 * {@code service_request_id} (the receipt number). Also under the {@code .json} suffix forms. A request is
 * posted by a service account (a system's account with a scoped token: recorded as the sending system, not
 * limited) or by anyone else as the public, limited per client address; no response carries the
 * complainant's name, phone, ID number or address. Errors are RFC 9457 problems.
 */
@RestController
@RequestMapping(path = "/api/v1/open311", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "open311", description = "Open311 GeoReport v2 风格的工单接口 (tickets)")
class Open311Api {

    /** A service of GeoReport v2: one per ticket type. */
    record Open311Service(@JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName, @JsonProperty("description") String description,
            @JsonProperty("metadata") boolean metadata, @JsonProperty("type") String type,
            @JsonProperty("keywords") String keywords, @JsonProperty("group") String group) {
    }

    /** A service request's status; never the complainant's identity. */
    record Open311Status(@JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("status") String status, @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime) {
    }

    /** The answer to a new service request: its id (the receipt number), a notice, and the query code for the portal. */
    record Open311Receipt(@JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId,
            @JsonProperty("query_code") String queryCode) {
    }

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Tickets tickets;
    private final TicketLimits limits;
    private final UserAccounts accounts;
    private final MessageSource messages;

    Open311Api(Tickets tickets, TicketLimits limits, UserAccounts accounts, MessageSource messages) {
        this.tickets = tickets;
        this.limits = limits;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping({"/services", "/services.json"})
    @Operation(summary = "The services (ticket types) a request may name")
    List<Open311Service> services() {
        return Arrays.stream(TicketType.values()).map(t -> new Open311Service(t.serviceCode(),
                text("tickets.type." + t.name()), text("tickets.open311.description." + t.name()), false, "realtime",
                text("tickets.open311.keywords." + t.name()), text("tickets.open311.group"))).toList();
    }

    @PostMapping(path = {"/requests", "/requests.json"}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A new service request (service account, or anonymous and limited per address)")
    ResponseEntity<?> submit(@Valid @RequestBody Open311SubmitRequest r, HttpServletRequest request) {
        TicketType type = TicketType.ofServiceCode(r.serviceCode().strip().toLowerCase(Locale.ROOT));
        if (type == null) {
            throw InvalidInputException.field("service_code", "tickets.open311.unknown-service", r.serviceCode());
        }
        // a service account is recorded as the sending system and not limited; anyone else posts as the public
        Actor actor = Actor.current();
        String system = actor.userId() != null && serviceAccount(actor) ? actor.username() : null;
        String client = request.getRemoteAddr();
        boolean anonymous = system == null;
        if (anonymous && !limits.filings.tryAcquire(client)) {
            return tooMany(limits.filings.retryAfterSeconds(client));
        }
        try {
            String description = r.description().strip();
            String title = description.length() > 40 ? description.substring(0, 40) + "…" : description;
            String name = ((r.lastName() == null ? "" : r.lastName().strip()) + r.firstName().strip()).strip();
            FiledTicket f = tickets.submit(new TicketIntakeRequest(type, title, description, r.addressString(), name,
                    r.phone(), null, null), system);
            return ResponseEntity.created(URI.create("/api/v1/open311/requests/" + f.receiptNo()))
                    .body(List.of(new Open311Receipt(f.receiptNo(), text("tickets.open311.notice"), null,
                            f.queryCode())));
        } catch (RuntimeException e) {
            if (anonymous) {
                limits.filings.release(client);
            }
            throw e;
        }
    }

    @GetMapping({"/requests/{id}", "/requests/{id}.json"})
    @Operation(summary = "A service request's status by its service_request_id (no personal data)")
    List<Open311Status> request(@PathVariable String id) {
        String no = id.endsWith(".json") ? id.substring(0, id.length() - 5) : id;
        if (no.length() > 30) {
            throw new NotFoundException("receipt", "");
        }
        TicketTracking t = tickets.status(no);
        boolean open = t.status() != TicketStatus.CLOSED;
        OffsetDateTime requested = t.receivedOn().atTime(LocalTime.MIDNIGHT).atZone(BEIJING).toOffsetDateTime();
        OffsetDateTime updated = (t.repliedOn() != null ? t.repliedOn() : t.receivedOn()).atTime(LocalTime.MIDNIGHT)
                .atZone(BEIJING).toOffsetDateTime();
        OffsetDateTime expected = t.due() == null ? null
                : t.due().atTime(LocalTime.of(23, 59, 59)).atZone(BEIJING).toOffsetDateTime();
        return List.of(new Open311Status(t.receiptNo(), open ? "open" : "closed",
                text("tickets.open311.status." + t.status().name()), t.type().serviceCode(),
                text("tickets.type." + t.type().name()), t.unitName(), requested, updated, expected));
    }

    private boolean serviceAccount(Actor actor) {
        try {
            return accounts.get(actor.userId()).serviceAccount();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ResponseEntity<ProblemDetail> tooMany(long retry) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                text("tickets.portal.too-many", TicketLimits.minutes(retry)));
        p.setType(ProblemTypes.of("rate-limited"));
        p.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                String.valueOf(retry)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
