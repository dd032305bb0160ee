package org.fazhi.reconsideration;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.reconsideration.internal.CaseAttachmentStore;
import org.fazhi.reconsideration.internal.BodyStore;
import org.fazhi.reconsideration.internal.CaseClocks;
import org.fazhi.reconsideration.internal.CaseSteps;
import org.fazhi.reconsideration.internal.CaseStore;
import org.fazhi.reconsideration.internal.HearingStore;
import org.fazhi.reconsideration.internal.Receipts;
import org.fazhi.reconsideration.internal.SuspensionStore;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconsideration on the public portal, without sign-in: the bodies and the agencies under each that
 * an application may be against; applying (identity, the act, requests, facts, attachments) with a
 * receipt number and a verification code shown once; following the application by receipt and code;
 * and supplying the 补正 asked for. Nothing else of a case is public.
 */
@Service
@Transactional
public class PublicApplications {

    /** One file a citizen uploads with the application or the 补正. */
    public record Upload(AttachmentKind kind, InputStream content, String name, String contentType) {
    }

    /** What the applicant takes away: the receipt number and the code (shown once). */
    public record Receipt(String receiptNo, String verificationCode, java.time.LocalDate receivedOn, String bodyName)
            implements java.io.Serializable {
    }

    /** The kinds of unit an application may name as respondent. */
    static final Set<UnitKind> RESPONDENT_KINDS = EnumSet.of(UnitKind.GOVERNMENT, UnitKind.DEPARTMENT,
            UnitKind.TOWNSHIP, UnitKind.ENFORCEMENT_AGENCY);
    static final Set<AttachmentKind> PUBLIC_KINDS = EnumSet.of(AttachmentKind.APPLICATION, AttachmentKind.IDENTITY,
            AttachmentKind.EVIDENCE, AttachmentKind.CORRECTION);
    static final int MAX_FILES = 5;

    private final Applications applications;
    private final CaseStore cases;
    private final BodyStore bodies;
    private final HearingStore hearings;
    private final SuspensionStore suspensions;
    private final CaseAttachmentStore attachments;
    private final CaseClocks clocks;
    private final CaseSteps steps;
    private final FileStore files;
    private final Units units;
    private final AuditLog audit;

    PublicApplications(Applications applications, CaseStore cases, BodyStore bodies, HearingStore hearings,
            SuspensionStore suspensions, CaseAttachmentStore attachments, CaseClocks clocks, CaseSteps steps,
            FileStore files, Units units, AuditLog audit) {
        this.applications = applications;
        this.cases = cases;
        this.bodies = bodies;
        this.hearings = hearings;
        this.suspensions = suspensions;
        this.attachments = attachments;
        this.clocks = clocks;
        this.steps = steps;
        this.files = files;
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReconsiderationBody> bodies() {
        return bodies.all().stream().filter(ReconsiderationBody::active).toList();
    }

    /** The agencies under a body an application may be against (its own unit excluded). */
    @Transactional(readOnly = true)
    public List<Unit> respondents(long bodyId) {
        ReconsiderationBody body = bodies.find(bodyId).filter(ReconsiderationBody::active)
                .orElseThrow(() -> InvalidInputException.field("bodyId", "reconsideration.body.unknown"));
        return units.activeSubtree(body.unitId()).stream()
                .filter(u -> u.id() != body.unitId() && RESPONDENT_KINDS.contains(u.kind())).toList();
    }

    /** Receives an application submitted on the portal today, with its files (none stored if any is refused). */
    public Receipt apply(PublicApplicationRequest r, List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw InvalidInputException.field("files", "reconsideration.portal.too-many-files", MAX_FILES);
        }
        Applications.Submitted s = applications.receiveFromPortal(r.received(steps.now().toLocalDate()));
        ReconsiderationCase c = s.application();
        for (Upload u : uploads) {
            store(c, u, PUBLIC_KINDS.contains(u.kind()) ? u.kind() : AttachmentKind.EVIDENCE);
        }
        return new Receipt(c.receiptNo(), s.verificationCode(), c.receivedOn(),
                bodies.find(c.bodyId()).map(ReconsiderationBody::name).orElse(""));
    }

    /** The application of a receipt number, if the code is right (empty otherwise: nothing is told apart). */
    @Transactional(readOnly = true)
    public Optional<PublicStatus> track(String receiptNo, String code) {
        return verified(receiptNo, code).map(this::status);
    }

    /** The applicant supplies the 补正 asked for: the acceptance review starts again today. */
    public Optional<PublicStatus> correct(String receiptNo, String code, String note, List<Upload> uploads) {
        Optional<ReconsiderationCase> c = verified(receiptNo, code);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (uploads.size() > MAX_FILES) {
            throw InvalidInputException.field("files", "reconsideration.portal.too-many-files", MAX_FILES);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 2000) {
            throw InvalidInputException.field("note", "reconsideration.portal.note-too-long", 2000);
        }
        if (text == null && uploads.isEmpty()) {
            throw InvalidInputException.field("note", "reconsideration.portal.correction-empty");
        }
        ReconsiderationCase after = applications.receiveCorrectionFromApplicant(c.get().id(), text);
        for (Upload u : uploads) {
            store(after, u, AttachmentKind.CORRECTION);
        }
        return Optional.of(status(cases.find(after.id()).orElseThrow()));
    }

    private void store(ReconsiderationCase c, Upload u, AttachmentKind kind) {
        StoredFile file = files.store(u.content(), u.name(), u.contentType(), c.unitId());
        long id = attachments.insert(c.id(), file.id(), kind, file.originalName(), file.size(), true, null,
                steps.now());
        audit.created("reconsideration-attachment", id, Map.of("caseId", c.id(), "fileId", file.id(), "kind", kind,
                "fromPublic", true));
    }

    private Optional<ReconsiderationCase> verified(String receiptNo, String code) {
        String no = Receipts.normalise(receiptNo);
        if (no.isEmpty() || no.length() > 24 || code == null || code.isBlank() || code.length() > 16) {
            return Optional.empty();
        }
        return cases.verificationHash(no).filter(h -> Receipts.matches(no, code, h)).flatMap(h -> cases.byReceipt(no));
    }

    private PublicStatus status(ReconsiderationCase c) {
        List<PublicStatus.Event> events = new ArrayList<>();
        events.add(event(c.receivedOn(), "received"));
        if (c.correction().notifiedOn() != null) {
            events.add(event(c.correction().notifiedOn(), "correction-requested"));
        }
        if (c.correction().receivedOn() != null) {
            events.add(event(c.correction().receivedOn(), "correction-received"));
        }
        if (c.acceptance().acceptedOn() != null) {
            events.add(event(c.acceptance().acceptedOn(), c.acceptance().deemed() ? "deemed-accepted" : "accepted"));
        }
        if (c.acceptance().refusedOn() != null) {
            events.add(event(c.acceptance().refusedOn(), "refused"));
        }
        if (c.acceptance().withdrawnOn() != null) {
            events.add(event(c.acceptance().withdrawnOn(), "withdrawn"));
        }
        hearings.ofCase(c.id()).stream().filter(h -> h.kind() == HearingKind.HEARING)
                .forEach(h -> events.add(new PublicStatus.Event(h.noticeSentOn(), "reconsideration.public.event.hearing",
                        List.of(h.date(), h.place()))));
        suspensions.ofCase(c.id()).forEach(s -> {
            events.add(new PublicStatus.Event(s.from(), "reconsideration.public.event.suspended",
                    List.of(new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "reconsideration.suspension-ground." + s.ground().name()))));
            if (s.to() != null && c.status() != CaseStatus.TERMINATED) {
                events.add(event(s.to().plusDays(1), "resumed"));
            }
        });
        if (c.decision().decidedOn() != null) {
            events.add(event(c.decision().decidedOn(), "decided"));
        }
        if (c.resolution().kind() == ResolutionKind.MEDIATION) {
            events.add(event(c.resolution().on(), "mediated"));
        }
        if (c.termination().on() != null) {
            events.add(event(c.termination().on(), "terminated"));
        }
        if (c.status() == CaseStatus.ABANDONED) {
            events.add(event(c.closedOn(), "abandoned"));
        }
        events.sort(java.util.Comparator.comparing(PublicStatus.Event::on));
        var decision = c.accepted() && !c.status().closed() ? clocks.get(c.clocks().decision()) : null;
        var correction = c.status() == CaseStatus.AWAITING_CORRECTION ? clocks.get(c.clocks().correction()) : null;
        return new PublicStatus(c.receiptNo(), bodies.find(c.bodyId()).map(ReconsiderationBody::name).orElse(""),
                units.name(c.respondentUnitId()), c.receivedOn(), c.status(), c.procedure(), events,
                c.status() == CaseStatus.AWAITING_CORRECTION ? c.correction().items() : null,
                correction == null ? null : correction.dueDate(), decision == null ? null : decision.dueDate(),
                decision != null && decision.status() == DeadlineStatus.PAUSED, c.decision().outcome(),
                c.decision().decisionNo(), c.closedOn(), c.acceptance().refusalReason(), c.acceptance().competentBody());
    }

    private static PublicStatus.Event event(java.time.LocalDate on, String what) {
        return new PublicStatus.Event(on, "reconsideration.public.event." + what, List.of());
    }
}
