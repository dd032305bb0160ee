package org.fazhi.tickets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.shared.web.Allowed;
import org.fazhi.tickets.internal.TicketAccess;
import org.fazhi.tickets.internal.TicketProcedure;
import org.fazhi.tickets.internal.TicketProcedure.Step;
import org.fazhi.tickets.internal.TicketRecord;
import org.fazhi.tickets.internal.TicketSteps;
import org.fazhi.tickets.internal.TicketStore;
import org.fazhi.tickets.internal.TicketsRules;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and 12345 tickets, each step let through by {@code internal.TicketProcedure} and audited:
 * <ul>
 * <li>intake by a phone operator (the operator's unit), on the portal or through the Open311 API (the hotline's
 * dispatch unit, {@code fazhi.tickets.dispatch-unit}), with a receipt number and a query code;</li>
 * <li>classification and assignment (交办): the handling clock of the type's rule starts on the 督办台 (TK-01…03,
 * local handling periods, or PT-02 for 信访事项); transfer (转办) with a reason starts it again for the new unit;</li>
 * <li>pause and resume where TK-05 allows (a paused ticket is never overdue);</li>
 * <li>the reply, which meets the clock and starts the callback (回访, TK-04); the rating closes the ticket, or a
 * dissatisfied complainant's ticket goes back for re-handling once with a new clock;</li>
 * <li>督办/催办 of overdue tickets; media exposure (舆情) entries linked to a ticket.</li>
 * </ul>
 */
@Service
@Transactional
public class Tickets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECEIPT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final TicketStore store;
    private final TicketSteps steps;
    private final TicketAccess access;
    private final Deadlines deadlines;
    private final Units units;
    private final DataScope scope;
    private final AuditLog audit;
    private final String dispatchUnit;

    Tickets(TicketStore store, TicketSteps steps, TicketAccess access, Deadlines deadlines, Units units,
            DataScope scope, AuditLog audit, @Value("${fazhi.tickets.dispatch-unit:SFX}") String dispatchUnit) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.deadlines = deadlines;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.dispatchUnit = dispatchUnit;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    @Allowed.Staff
    public Ticket ticket(long id) {
        return access.require(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public PageResult<Ticket> list(TicketStatus status, PageQuery page) {
        return store.list(scope.visibleUnitIds(), status, page);
    }

    /** The most rows a list's spreadsheet holds. */
    public static final int EXPORT_LIMIT = 20_000;

    /**
     * Every ticket of the caller's scope (of one status, if given) for the list's spreadsheet, newest first,
     * the complainant masked as in every staff list (SECURITY.md DC-03) and the title redacted; the export is
     * audited with what it held.
     */
    @Transactional
    @Allowed.Staff
    public List<Ticket> export(TicketStatus status) {
        List<Ticket> all = new java.util.ArrayList<>();
        for (int p = 0; all.size() < EXPORT_LIMIT; p++) {
            List<Ticket> items = store.list(scope.visibleUnitIds(), status, new PageQuery(p, 200)).items();
            items.forEach(t -> all.add(forExport(t)));
            if (items.size() < 200) {
                break;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", "xlsx");
        details.put("status", status == null ? "" : status.name());
        details.put("rows", all.size());
        audit.action(Ticket.SUBJECT.name(), "list", "export", details);
        return all;
    }

    private static Ticket forExport(Ticket t) {
        return new Ticket(t.id(), t.receiptNo(), t.channel(), t.type(), PersonalData.redact(t.title()), null, null,
                t.complainantName(), t.complainantPhone(), null, null, t.intakeUnitId(), t.unitId(), t.status(),
                t.receivedOn(), t.assignedOn(), t.clockStart(), t.clockDeadlineId(), t.pausedOn(), null, t.repliedOn(),
                null, t.callbackDeadlineId(), t.satisfaction(), t.ratedOn(), t.reopenCount(), t.closedOn(),
                t.sourceSystem(), t.version());
    }

    /** The ticket's transfers, ratings and urgings, oldest first. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<TicketEvent> events(long id) {
        access.require(id);
        return store.events(id);
    }

    /** The media exposure entries of the caller's scope, or of one ticket. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<TicketExposure> exposures(Long ticketId) {
        if (ticketId != null) {
            access.require(ticketId);
        }
        return store.exposures(scope.visibleUnitIds(), ticketId);
    }

    /** The complainant's full identity for staff who need it (to call back), with the reason audited. */
    @Allowed.Drafters
    public ComplainantIdentity reveal(long id, TicketRevealRequest r) {
        access.require(id);
        if (r == null || r.reason() == null || r.reason().strip().length() < 2) {
            throw InvalidInputException.field("reason", "tickets.reveal.reason-required");
        }
        audit.action(Ticket.SUBJECT.name(), id, "reveal-complainant", Map.of("reason", r.reason().strip()));
        return store.identity(id);
    }

    // ----- intake -----

    /** A ticket taken by a phone operator of the hotline, held by the operator's unit until it is assigned. */
    @Allowed.Drafters
    public FiledTicket receive(TicketIntakeRequest r) {
        Long unit = scope.homeUnitId();
        if (unit == null) {
            throw InvalidInputException.field("type", "tickets.intake.no-unit");
        }
        return intake(r, TicketChannel.PHONE, unit, null, Actor.current().userId());
    }

    /** A ticket filed by the complainant on the portal, held by the hotline's dispatch unit. */
    public FiledTicket file(TicketIntakeRequest r) {
        return intake(r, TicketChannel.PORTAL, dispatchUnit().id(), null, null);
    }

    /**
     * A ticket sent through the Open311 API: by a signed-in service account ({@code system} is its name) or
     * anonymously from the portal (null), held by the dispatch unit.
     */
    public FiledTicket submit(TicketIntakeRequest r, String system) {
        return intake(r, TicketChannel.OPEN311, dispatchUnit().id(), system, Actor.current().userId());
    }

    private Unit dispatchUnit() {
        return units.findByCode(dispatchUnit).filter(Unit::active)
                .orElseThrow(() -> InvalidInputException.field("type", "tickets.intake.no-dispatch-unit"));
    }

    private FiledTicket intake(TicketIntakeRequest r, TicketChannel channel, long unit, String system, Long by) {
        LocalDate on = steps.now().toLocalDate();
        String receipt = newReceipt(on);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String[] identity = store.encrypt(r.complainantName().strip(), r.complainantPhone().strip(),
                blankToNull(r.complainantIdNo()), blankToNull(r.complainantAddress()));
        TicketRecord record = steps.save(TicketRecord.received(channel, r.type(), r.title().strip(),
                r.description().strip(), blankToNull(r.location()), identity, unit, on, receipt, hash(receipt, code),
                system, by, steps.now()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("receiptNo", receipt);
        details.put("channel", channel);
        details.put("type", r.type());
        details.put("unitId", unit);
        if (system != null) {
            details.put("system", system);
        }
        audit.created(Ticket.SUBJECT.name(), record.id(), details);
        return new FiledTicket(record.id(), receipt, code, on);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String newReceipt(LocalDate on) {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder sb = new StringBuilder("GD").append(on.getYear()).append('-');
            for (int i = 0; i < 8; i++) {
                sb.append(RECEIPT_LETTERS.charAt(RANDOM.nextInt(RECEIPT_LETTERS.length())));
            }
            if (!store.receiptTaken(sb.toString())) {
                return sb.toString();
            }
        }
        throw new IllegalStateException("no free receipt number");
    }

    static String hash(String receipt, String code) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((receipt + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String receiptNo) {
        return receiptNo == null ? "" : receiptNo.strip().toUpperCase(Locale.ROOT);
    }

    // ----- the public side -----

    /** The portal's look-up: by receipt number and query code; a wrong pair is simply not found. */
    @Transactional(readOnly = true)
    public TicketTracking track(String receiptNo, String code) {
        return tracking(byCode(receiptNo, code), true);
    }

    /** What the Open311 API says of a ticket by its receipt number: its status only, never the complainant. */
    @Transactional(readOnly = true)
    public TicketTracking status(String receiptNo) {
        if (receiptNo == null || receiptNo.isBlank() || receiptNo.length() > 30) {
            throw new NotFoundException("receipt", receiptNo);
        }
        return tracking(store.byReceipt(normalise(receiptNo))
                .orElseThrow(() -> new NotFoundException("receipt", receiptNo)), false);
    }

    /** The complainant rates the reply on the portal (回访), by receipt number and query code. */
    public TicketTracking rateOnPortal(String receiptNo, String code, TicketRatingRequest r) {
        Ticket t = byCode(receiptNo, code);
        TicketSteps.Taken step = steps.takeForComplainant(t.id(), rateStep(t.id(), r.satisfaction(), true));
        rated(step, r, true);
        return tracking(store.ticket(t.id()).orElseThrow(), true);
    }

    private Ticket byCode(String receiptNo, String code) {
        if (receiptNo == null || code == null || receiptNo.isBlank() || code.isBlank() || receiptNo.length() > 30
                || code.length() > 10) {
            throw new NotFoundException("receipt", receiptNo);
        }
        String no = normalise(receiptNo);
        return store.byReceipt(no, hash(no, code.strip())).orElseThrow(() -> new NotFoundException("receipt", receiptNo));
    }

    private TicketTracking tracking(Ticket t, boolean withReply) {
        TrackedDeadline clock = t.clockDeadlineId() == null ? null : deadlines.find(t.clockDeadlineId()).orElse(null);
        boolean running = clock != null && clock.status().isActive()
                && (t.status() == TicketStatus.HANDLING || t.status() == TicketStatus.PAUSED);
        return new TicketTracking(t.receiptNo(), t.type(), withReply ? PersonalData.redact(t.title()) : null,
                t.status(), units.name(t.unitId()), t.receivedOn(), running ? clock.dueDate() : null,
                clock != null && clock.status() == DeadlineStatus.PAUSED, t.repliedOn(),
                withReply && t.replyText() != null ? PersonalData.redact(t.replyText()) : null, t.satisfaction(),
                t.status() == TicketStatus.REPLIED, t.reopenCount());
    }

    // ----- the steps -----

    /** Classification and assignment (交办): the type's handling clock starts today for the unit. */
    @Allowed.Drafters
    public Ticket assign(long id, TicketAssignmentRequest r) {
        TicketSteps.Taken step = steps.take(id, Step.ASSIGN, r.version());
        Unit unit = handlingUnit(r.unitId(), "unitId");
        LocalDate today = step.facts().today();
        step.record().assigned(r.type(), unit.id(), today);
        TrackedDeadline clock = startClock(step.ticket(), r.type(), unit.id(), today);
        step.record().clock(clock.id(), today);
        return steps.complete(step, Map.of("type", r.type(), "unitId", unit.id(), "due", clock.dueDate().toString()));
    }

    /** 转办: another unit handles the ticket, with the reason; the clock starts again for that unit. */
    @Allowed.Drafters
    public Ticket transfer(long id, TicketTransferRequest r) {
        TicketSteps.Taken step = steps.take(id, Step.TRANSFER, r.version());
        Ticket t = step.ticket();
        Unit unit = handlingUnit(r.unitId(), "unitId");
        if (unit.id().longValue() == t.unitId()) {
            throw InvalidInputException.field("unitId", "tickets.transfer.same-unit");
        }
        LocalDate today = step.facts().today();
        String reason = r.reason().strip();
        if (t.clockDeadlineId() != null) {
            deadlines.cancel(t.clockDeadlineId(), "转办：" + reason);
        }
        store.transfer(id, t.unitId(), unit.id(), reason, today);
        step.record().transferred(unit.id());
        TrackedDeadline clock = startClock(t, t.type(), unit.id(), today);
        step.record().clock(clock.id(), today);
        return steps.complete(step, Map.of("fromUnitId", t.unitId(), "unitId", unit.id(), "reason", reason, "due",
                clock.dueDate().toString()));
    }

    /** The clock pauses from a day for a reason TK-05 allows (complaints only). */
    @Allowed.Drafters
    public Ticket pause(long id, TicketPauseRequest r) {
        TicketSteps.Taken step = steps.take(id, Step.PAUSE, r.version());
        Ticket t = step.ticket();
        LocalDate today = step.facts().today();
        if (r.on().isAfter(today) || r.on().isBefore(t.clockStart())) {
            throw InvalidInputException.field("on", "tickets.date.between", t.clockStart().toString(), today.toString());
        }
        if (step.facts().clockDue() != null && r.on().isAfter(step.facts().clockDue())) {
            throw InvalidInputException.field("on", "tickets.pause.after-due", step.facts().clockDue().toString());
        }
        String reason = r.reason().strip();
        deadlines.pause(t.clockDeadlineId(), r.on(), reason + "（" + TicketsRules.PAUSE + "）");
        step.record().paused(r.on(), reason);
        return steps.complete(step, Map.of("on", r.on().toString(), "reason", reason, "rule", TicketsRules.PAUSE));
    }

    /** The clock resumes on a day; the paused days move the due date. */
    @Allowed.Drafters
    public Ticket resume(long id, TicketResumeRequest r) {
        TicketSteps.Taken step = steps.take(id, Step.RESUME, r.version());
        Ticket t = step.ticket();
        LocalDate today = step.facts().today();
        if (r.on().isAfter(today) || r.on().isBefore(t.pausedOn())) {
            throw InvalidInputException.field("on", "tickets.date.between", t.pausedOn().toString(), today.toString());
        }
        TrackedDeadline clock = deadlines.resume(t.clockDeadlineId(), r.on());
        step.record().resumed();
        return steps.complete(step, Map.of("on", r.on().toString(), "due", clock.dueDate().toString()));
    }

    /** The answer to the complainant: it meets the clock and the callback (回访, TK-04) is due. */
    @Allowed.Drafters
    public Ticket reply(long id, TicketReplyRequest r) {
        TicketSteps.Taken step = steps.take(id, Step.REPLY, r.version());
        Ticket t = step.ticket();
        LocalDate today = step.facts().today();
        if (r.on().isAfter(today) || r.on().isBefore(t.clockStart())) {
            throw InvalidInputException.field("on", "tickets.date.between", t.clockStart().toString(), today.toString());
        }
        boolean late = false;
        if (t.clockDeadlineId() != null) {
            TrackedDeadline d = deadlines.find(t.clockDeadlineId()).orElseThrow();
            if (d.status().isActive()) {
                late = deadlines.meet(d.id(), r.on()).late();
            }
        }
        TrackedDeadline callback = deadlines.track(NewDeadline.of(Ticket.MODULE, Ticket.SUBJECT.name(),
                String.valueOf(id), title(t), TicketsRules.CALLBACK, r.on(), t.unitId())
                .withLabel("tickets.deadline.callback").withLink(link(id)));
        step.record().replied(r.text().strip(), r.on(), callback.id());
        return steps.complete(step, Map.of("on", r.on().toString(), "late", late, "callbackDue",
                callback.dueDate().toString()));
    }

    /**
     * The complainant's rating taken at the callback by staff: satisfied or basically satisfied closes the
     * ticket; dissatisfied sends it back for re-handling with a new clock, once (TK-04), and closes it after that.
     */
    @Allowed.Drafters
    public Ticket rate(long id, TicketRatingRequest r) {
        TicketSteps.Taken step = steps.take(id, rateStep(id, r.satisfaction(), false), r.version());
        return rated(step, r, false);
    }

    private Step rateStep(long id, Satisfaction s, boolean complainant) {
        if (s != Satisfaction.DISSATISFIED) {
            return Step.CLOSE;
        }
        Ticket t = complainant ? store.ticket(id).orElseThrow(() -> new NotFoundException(Ticket.SUBJECT.name(), id))
                : access.require(id);
        return t.reopenCount() == 0 ? Step.REOPEN : Step.CLOSE;
    }

    private Ticket rated(TicketSteps.Taken step, TicketRatingRequest r, boolean portal) {
        Ticket t = step.ticket();
        LocalDate today = step.facts().today();
        String note = blankToNull(r.note());
        if (t.callbackDeadlineId() != null) {
            deadlines.find(t.callbackDeadlineId()).filter(d -> d.status().isActive())
                    .ifPresent(d -> deadlines.meet(d.id(), today));
        }
        boolean reopen = step.step() == Step.REOPEN;
        store.rating(t.id(), r.satisfaction(), note, today, reopen, portal);
        step.record().rated(r.satisfaction(), today);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("satisfaction", r.satisfaction());
        details.put("by", portal ? "complainant" : "callback");
        if (reopen) {
            step.record().reopened();
            TrackedDeadline clock = startClock(t, t.type(), t.unitId(), today);
            step.record().clock(clock.id(), today);
            details.put("due", clock.dueDate().toString());
        } else {
            step.record().closed(today);
        }
        return steps.complete(step, details);
    }

    /** 督办/催办 of an overdue ticket by the 法治办 or a leader: recorded on the ticket and audited. */
    @Allowed.Supervisors
    public Ticket urge(long id, TicketUrgeRequest r) {
        TicketSteps.Taken step = steps.take(id, Step.URGE, null);
        store.urge(id, r.note().strip(), step.facts().today());
        return steps.complete(step, Map.of("note", r.note().strip(), "due", String.valueOf(step.facts().clockDue())));
    }

    /** A media exposure (舆情) entry linked to a ticket of the caller's scope. */
    @Allowed.Drafters
    public TicketExposure expose(long id, TicketExposureRequest r) {
        Ticket t = access.require(id);
        LocalDate today = steps.now().toLocalDate();
        if (r.reportedOn().isAfter(today) || r.reportedOn().isBefore(t.receivedOn().minusYears(1))) {
            throw InvalidInputException.field("reportedOn", "tickets.date.between",
                    t.receivedOn().minusYears(1).toString(), today.toString());
        }
        long exposureId = store.exposure(id, r.media().strip(), r.headline().strip(), blankToNull(r.url()),
                r.reportedOn(), blankToNull(r.note()));
        audit.action(Ticket.SUBJECT.name(), id, "exposure", Map.of("exposureId", exposureId, "media",
                r.media().strip(), "headline", r.headline().strip(), "reportedOn", r.reportedOn().toString()));
        return store.exposures(List.of(t.unitId()), id).stream().filter(e -> e.id() == exposureId).findFirst()
                .orElseThrow();
    }

    private Unit handlingUnit(Long unitId, String field) {
        Unit unit = units.find(unitId).filter(Unit::active)
                .orElseThrow(() -> InvalidInputException.field(field, "tickets.unit.unknown"));
        if (!scope.canSee(unit.id())
                && unit.path().indexOf("/" + dispatchUnit().id() + "/") < 0) {
            throw InvalidInputException.field(field, "tickets.unit.outside");
        }
        return unit;
    }

    private TrackedDeadline startClock(Ticket t, TicketType type, long unit, LocalDate from) {
        return deadlines.track(NewDeadline.of(Ticket.MODULE, Ticket.SUBJECT.name(), String.valueOf(t.id()), title(t),
                TicketsRules.handling(type), from, unit).withLabel("tickets.deadline.handling").withLink(link(t.id())));
    }

    private static String link(long id) {
        return "/console/tickets/" + id;
    }

    private static String title(Ticket t) {
        String s = t.receiptNo() + " " + PersonalData.redact(t.title().strip().replaceAll("\\s+", " "));
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** The procedure's step names (for pages and tests). */
    public static List<String> stepNames() {
        return TicketProcedure.PEOPLE_STEPS.stream().map(TicketProcedure::name).toList();
    }
}
