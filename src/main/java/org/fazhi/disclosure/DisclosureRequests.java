package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.files.FileStore;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.disclosure.internal.AttachmentStore;
import org.fazhi.disclosure.internal.DisclosureAccess;
import org.fazhi.disclosure.internal.DisclosureRules;
import org.fazhi.disclosure.internal.RequestProcedure.Step;
import org.fazhi.disclosure.internal.ReplyLetter;
import org.fazhi.disclosure.internal.RequestRecord;
import org.fazhi.disclosure.internal.RequestSteps;
import org.fazhi.disclosure.internal.RequestStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for government information and their clocks, each step let through by
 * {@code internal.RequestProcedure} and audited:
 * <ul>
 * <li>received (portal, post, counter) with a receipt number and verification code; the reply is due in
 * 20 working days (GI-01) on the 督办台;</li>
 * <li>the one-time 补正 notice within 7 working days of receipt (GI-02): the running clock is cancelled and
 * a new one starts on the day the 补正 is received;</li>
 * <li>third-party consultation (GI-03): the reply clock is paused from the day the letter goes out and
 * resumes when the consultation ends (a paused request is never overdue); the third party's 15 working
 * days are tracked too;</li>
 * <li>the extension of up to 20 working days, approved and recorded before the first limit ends (GI-01);</li>
 * <li>the reply with its reason (GI-04), which meets the clock.</li>
 * </ul>
 */
@Service
@Transactional
public class DisclosureRequests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECEIPT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.util.Set<org.fazhi.units.UnitKind> AGENCY_KINDS = java.util.EnumSet.of(
            org.fazhi.units.UnitKind.GOVERNMENT, org.fazhi.units.UnitKind.DEPARTMENT, org.fazhi.units.UnitKind.TOWNSHIP,
            org.fazhi.units.UnitKind.ENFORCEMENT_AGENCY);
    /** The most files a request or a 补正 comes with on the portal. */
    public static final int MAX_FILES = 5;
    /** The longest 补正 text the requester writes on the portal. */
    public static final int MAX_ANSWER = 2000;

    private final RequestStore store;
    private final RequestSteps steps;
    private final DisclosureAccess access;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final Units units;
    private final DataScope scope;
    private final AuditLog audit;
    private final ReplyLetter letters;
    private final FieldCipher cipher;
    private final AttachmentStore attachments;
    private final FileStore files;

    DisclosureRequests(RequestStore store, RequestSteps steps, DisclosureAccess access, Deadlines deadlines,
            WorkingCalendar calendar, Units units, DataScope scope, AuditLog audit, ReplyLetter letters,
            FieldCipher cipher, AttachmentStore attachments, FileStore files) {
        this.letters = letters;
        this.cipher = cipher;
        this.attachments = attachments;
        this.files = files;
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    @Allowed.Staff
    public DisclosureRequest request(long id) {
        return access.require(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public PageResult<DisclosureRequest> list(RequestStatus status, PageQuery page) {
        return store.list(scope.visibleUnitIds(), status, page);
    }

    /** The requester's full identity for staff who need it (to post the reply, to call back), with the reason audited. */
    @Allowed.Drafters
    public RequesterIdentity reveal(long id, RevealRequest r) {
        access.require(id);
        if (r == null || r.reason() == null || r.reason().strip().length() < 2) {
            throw InvalidInputException.field("reason", "disclosure.reveal.reason-required");
        }
        audit.action(DisclosureRequest.SUBJECT.name(), id, "reveal-requester", Map.of("reason", r.reason().strip()));
        return store.identity(id);
    }

    /** The reply letter of a replied request, addressed to the requester by name (audited: it holds personal data). */
    @Allowed.Drafters
    public byte[] letter(long id, java.util.Locale locale) {
        DisclosureRequest r = access.require(id);
        if (!r.replied()) {
            throw new org.fazhi.shared.RefusedException("not-replied", "disclosure.refused.not-replied");
        }
        audit.action(DisclosureRequest.SUBJECT.name(), id, "letter", Map.of("format", "docx"));
        return letters.write(r, store.identity(id), units.name(r.unitId()), locale);
    }

    // ----- intake -----

    /** A request entered by staff of the unit (by post or at the counter; a portal request is {@link #file}). */
    @Allowed.Drafters
    public FiledRequest receive(IntakeRequest r) {
        if (r.channel() == Channel.PORTAL) {
            throw InvalidInputException.field("channel", "disclosure.intake.portal-channel");
        }
        if (!scope.canSee(r.unitId())) {
            throw InvalidInputException.field("unitId", "disclosure.intake.unit-outside-scope");
        }
        LocalDate today = steps.now().toLocalDate();
        LocalDate on = r.receivedOn() == null ? today : r.receivedOn();
        if (on.isAfter(today)) {
            throw InvalidInputException.field("receivedOn", "disclosure.date.future");
        }
        if (on.isBefore(calendar.firstCoveredDate()) || on.isBefore(today.minusYears(1))) {
            throw InvalidInputException.field("receivedOn", "disclosure.date.too-old");
        }
        return intake(r, on, Actor.current().userId());
    }

    /** A request filed by the public on the portal; received on the day it is filed (条例第三十一条). */
    public FiledRequest file(IntakeRequest r) {
        return file(r, java.util.List.of());
    }

    /**
     * A request filed on the portal with its files (at most {@link #MAX_FILES}; none stored if any is refused);
     * received on the day it is filed (条例第三十一条).
     */
    public FiledRequest file(IntakeRequest r, java.util.List<Upload> uploads) {
        Unit unit = units.find(r.unitId()).filter(Unit::active).filter(u -> AGENCY_KINDS.contains(u.kind()))
                .orElseThrow(() -> InvalidInputException.field("unitId", "disclosure.intake.unit-unknown"));
        if (uploads.size() > MAX_FILES) {
            throw InvalidInputException.field("files", "disclosure.portal.too-many-files", MAX_FILES);
        }
        IntakeRequest portal = new IntakeRequest(unit.id(), Channel.PORTAL, r.requesterType(), r.requesterName(),
                r.requesterIdNo(), r.requesterContact(), r.requesterAddress(), r.content(), null, r.deliveryForm());
        FiledRequest filed = intake(portal, steps.now().toLocalDate(), null);
        for (Upload u : uploads) {
            attach(filed.id(), unit.id(), u, AttachmentKind.REQUEST);
        }
        return filed;
    }

    /** The administrative organs a request can be addressed to on the portal: governments, departments, townships, agencies. */
    @Transactional(readOnly = true)
    public java.util.List<Unit> agencies() {
        return store.topUnitIds().stream().flatMap(id -> units.activeSubtree(id).stream())
                .filter(u -> AGENCY_KINDS.contains(u.kind())).toList();
    }

    private void attach(long requestId, long unitId, Upload u, AttachmentKind kind) {
        org.fazhi.files.StoredFile file = files.store(u.content(), u.name(), u.contentType(), unitId);
        long id = attachments.insert(requestId, file.id(), kind, file.originalName(), file.size(), steps.now());
        audit.created("disclosure-attachment", id, Map.of("requestId", requestId, "fileId", file.id(), "kind", kind));
    }

    /** A file of a request, for staff who may see the request (404 otherwise, and for another request's file). */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public RequestAttachment attachment(long id, long attachmentId) {
        access.require(id);
        return attachments.of(id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("disclosure-attachment", attachmentId));
    }

    /** The files of a request, for staff who may see it. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public java.util.List<RequestAttachment> attachments(long id) {
        access.require(id);
        return attachments.of(id);
    }

    private FiledRequest intake(IntakeRequest r, LocalDate on, Long by) {
        if (r.requesterType() == RequesterType.NATURAL_PERSON
                && (r.requesterIdNo() == null || r.requesterIdNo().isBlank())) {
            throw InvalidInputException.field("requesterIdNo", "disclosure.intake.id-required");
        }
        String receipt = newReceipt(on);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        RequestRecord received = RequestRecord.received(r, on, receipt, hash(receipt, code), by, steps.now());
        received.seal(cipher);
        RequestRecord record = steps.save(received);
        long id = record.id();
        TrackedDeadline reply = trackReply(record, r.unitId(), on, r.content());
        record.replyClock(reply.id(), on);
        steps.save(record);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("receiptNo", receipt);
        details.put("unitId", r.unitId());
        details.put("channel", r.channel());
        details.put("requesterType", r.requesterType());
        details.put("receivedOn", on.toString());
        if (r.deliveryForm() != null) {
            details.put("deliveryForm", r.deliveryForm());
        }
        audit.created(DisclosureRequest.SUBJECT.name(), id, details);
        return new FiledRequest(id, receipt, code, on, reply.dueDate());
    }

    private TrackedDeadline trackReply(RequestRecord record, long unitId, LocalDate from, String content) {
        return deadlines.track(NewDeadline.of(DisclosureRequest.MODULE, DisclosureRequest.SUBJECT.name(),
                String.valueOf(record.id()), title(content), DisclosureRules.REPLY, from, unitId)
                .withLabel("disclosure.deadline.reply").withLink("/console/disclosure/requests/" + record.id()));
    }

    private static String title(String content) {
        String t = content.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    private String newReceipt(LocalDate on) {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder sb = new StringBuilder("YSQ").append(on.getYear()).append('-');
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

    /** The portal's tracking: by receipt number and verification code; a wrong pair is simply not found. */
    @Transactional(readOnly = true)
    public RequestTracking track(String receiptNo, String code) {
        return tracking(verified(receiptNo, code).orElseThrow(() -> new NotFoundException("receipt", receiptNo)));
    }

    /**
     * The requester answers the 补正 notice on the portal (GI-02), with text, files or both: the 补正 is received
     * today and the reply limit of GI-01 runs again in full from today. Empty when the receipt number and code do
     * not match (told apart from nothing else).
     */
    public java.util.Optional<RequestTracking> answerCorrection(String receiptNo, String code, String answer,
            java.util.List<Upload> uploads) {
        java.util.Optional<DisclosureRequest> found = verified(receiptNo, code);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        if (text != null && text.length() > MAX_ANSWER) {
            throw InvalidInputException.field("answer", "disclosure.portal.answer-too-long", MAX_ANSWER);
        }
        if (text == null && uploads.isEmpty()) {
            throw InvalidInputException.field("answer", "disclosure.portal.answer-empty");
        }
        if (uploads.size() > MAX_FILES) {
            throw InvalidInputException.field("files", "disclosure.portal.too-many-files", MAX_FILES);
        }
        RequestSteps.Taken step = steps.takeAsRequester(found.get(), Step.ANSWER_CORRECTION);
        DisclosureRequest x = step.request();
        LocalDate today = step.facts().today();
        TrackedDeadline reply = trackReply(step.record(), x.unitId(), today, x.content());
        step.record().replyClock(reply.id(), today);
        step.record().correctionAnswered(today, text);
        for (Upload u : uploads) {
            attach(x.id(), x.unitId(), u, AttachmentKind.CORRECTION);
        }
        DisclosureRequest after = steps.complete(step, Map.of("receivedOn", today.toString(), "replyDue",
                reply.dueDate().toString(), "files", uploads.size(), "by", "requester"));
        return java.util.Optional.of(tracking(after));
    }

    /** The reply letter, for the requester on the portal once replied (audited); empty when the pair does not match. */
    public java.util.Optional<byte[]> requesterLetter(String receiptNo, String code, java.util.Locale locale) {
        java.util.Optional<DisclosureRequest> found = verified(receiptNo, code);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        DisclosureRequest r = found.get();
        if (!r.replied()) {
            throw new org.fazhi.shared.RefusedException("not-replied", "disclosure.refused.not-replied");
        }
        audit.action(DisclosureRequest.SUBJECT.name(), r.id(), "letter", Map.of("format", "docx", "by", "requester"));
        return java.util.Optional.of(letters.write(r, store.identity(r.id()), units.name(r.unitId()), locale));
    }

    private java.util.Optional<DisclosureRequest> verified(String receiptNo, String code) {
        if (receiptNo == null || code == null || receiptNo.isBlank() || code.isBlank() || receiptNo.length() > 30
                || code.length() > 10) {
            return java.util.Optional.empty();
        }
        String no = receiptNo.strip().toUpperCase(java.util.Locale.ROOT);
        return store.byReceipt(no, hash(no, code.strip()));
    }

    private RequestTracking tracking(DisclosureRequest r) {
        TrackedDeadline reply = r.replyDeadlineId() == null || r.replied() ? null
                : deadlines.find(r.replyDeadlineId()).filter(d -> d.status().isActive()).orElse(null);
        boolean paused = reply != null && reply.status() == DeadlineStatus.PAUSED;
        Integer left = null;
        if (reply != null) {
            LocalDate today = steps.now().toLocalDate();
            left = reply.dueDate().isBefore(today) ? -calendar.workingDaysBetween(reply.dueDate(), today)
                    : calendar.workingDaysBetween(today, reply.dueDate());
        }
        return new RequestTracking(r.receiptNo(), units.name(r.unitId()), r.receivedOn(), r.status(),
                reply == null ? null : reply.dueDate(), paused, left, r.extendedOn() != null,
                r.correctionAskedOn() == null ? null : org.fazhi.shared.privacy.PersonalData.redact(r.correctionNote()),
                r.correctionAskedOn(), r.correctionReceivedOn(), r.replyType(), r.replyReason(), r.repliedOn(),
                r.deliveryForm());
    }

    // ----- the steps -----

    /** The one-time 补正 notice (GI-02), within 7 working days of receipt; the reply clock stops until the 补正. */
    @Allowed.Drafters
    public DisclosureRequest askCorrection(long id, CorrectionNoticeRequest r) {
        RequestSteps.Taken step = steps.take(id, Step.ASK_CORRECTION, r.version());
        DisclosureRequest x = step.request();
        LocalDate today = step.facts().today();
        if (r.sentOn().isAfter(today) || r.sentOn().isBefore(x.receivedOn())) {
            throw InvalidInputException.field("sentOn", "disclosure.date.between", x.receivedOn().toString(),
                    today.toString());
        }
        LocalDate limit = calendar.dueByRule(DisclosureRules.CORRECTION, RuleTerm.AMOUNT, x.receivedOn(), x.unitId(),
                java.util.List.of()).due();
        if (r.sentOn().isAfter(limit)) {
            throw InvalidInputException.field("sentOn", "disclosure.correction.too-late", limit.toString());
        }
        TrackedDeadline notice = deadlines.track(NewDeadline.of(DisclosureRequest.MODULE,
                DisclosureRequest.SUBJECT.name(), String.valueOf(id), title(x.content()), DisclosureRules.CORRECTION,
                x.receivedOn(), x.unitId()).withLabel("disclosure.deadline.correction")
                .withLink("/console/disclosure/requests/" + id));
        deadlines.meet(notice.id(), r.sentOn());
        if (x.replyDeadlineId() != null) {
            deadlines.cancel(x.replyDeadlineId(), "补正通知已发出，答复期限自收到补正之日起重新计算（GI-02）");
        }
        step.record().correctionClock(notice.id());
        step.record().correctionAsked(r.sentOn(), r.note().strip());
        return steps.complete(step, Map.of("sentOn", r.sentOn().toString(), "note", r.note().strip()));
    }

    /** The 补正 arrived: the reply limit of GI-01 runs again in full from that day (GI-02). */
    @Allowed.Drafters
    public DisclosureRequest receiveCorrection(long id, DateStepRequest r) {
        RequestSteps.Taken step = steps.take(id, Step.RECEIVE_CORRECTION, r.version());
        DisclosureRequest x = step.request();
        LocalDate today = step.facts().today();
        if (r.on().isAfter(today) || r.on().isBefore(x.correctionAskedOn())) {
            throw InvalidInputException.field("on", "disclosure.date.between", x.correctionAskedOn().toString(),
                    today.toString());
        }
        TrackedDeadline reply = trackReply(step.record(), x.unitId(), r.on(), x.content());
        step.record().replyClock(reply.id(), r.on());
        step.record().correctionReceived(r.on());
        return steps.complete(step, Map.of("receivedOn", r.on().toString(), "replyDue", reply.dueDate().toString()));
    }

    /** Consultation of a third party or another agency (GI-03): the reply clock pauses from the day the letter goes out. */
    @Allowed.Drafters
    public DisclosureRequest consult(long id, ConsultationRequest r) {
        RequestSteps.Taken step = steps.take(id, Step.CONSULT, r.version());
        DisclosureRequest x = step.request();
        LocalDate today = step.facts().today();
        if (r.sentOn().isAfter(today) || r.sentOn().isBefore(x.clockStart())) {
            throw InvalidInputException.field("sentOn", "disclosure.date.between", x.clockStart().toString(),
                    today.toString());
        }
        if (step.facts().replyDue() != null && r.sentOn().isAfter(step.facts().replyDue())) {
            throw InvalidInputException.field("sentOn", "disclosure.consult.after-due",
                    step.facts().replyDue().toString());
        }
        deadlines.pause(x.replyDeadlineId(), r.sentOn(), "征求第三方意见：" + r.party().strip() + "（GI-03，所需时间不计入答复期限）");
        TrackedDeadline opinion = deadlines.track(NewDeadline.of(DisclosureRequest.MODULE,
                DisclosureRequest.SUBJECT.name(), String.valueOf(id), title(x.content()), DisclosureRules.CONSULTATION,
                r.sentOn(), x.unitId()).withLabel("disclosure.deadline.consultation")
                .withLink("/console/disclosure/requests/" + id));
        step.record().consulting(r.party().strip(), r.sentOn(), opinion.id());
        return steps.complete(step, Map.of("party", r.party().strip(), "sentOn", r.sentOn().toString()));
    }

    /** The consultation ends (opinion received, or the 15 working days passed in silence): the clock resumes. */
    @Allowed.Drafters
    public DisclosureRequest endConsultation(long id, DateStepRequest r) {
        RequestSteps.Taken step = steps.take(id, Step.END_CONSULTATION, r.version());
        DisclosureRequest x = step.request();
        LocalDate today = step.facts().today();
        if (r.on().isAfter(today) || r.on().isBefore(x.consultStartedOn())) {
            throw InvalidInputException.field("on", "disclosure.date.between", x.consultStartedOn().toString(),
                    today.toString());
        }
        TrackedDeadline reply = deadlines.resume(x.replyDeadlineId(), r.on());
        if (x.consultDeadlineId() != null) {
            deadlines.find(x.consultDeadlineId()).filter(d -> d.status().isActive())
                    .ifPresent(d -> deadlines.meet(d.id(), r.on()));
        }
        step.record().consulted(r.on());
        return steps.complete(step, Map.of("endedOn", r.on().toString(), "replyDue", reply.dueDate().toString()));
    }

    /** The approved extension of GI-01 (up to 20 working days), recorded before the first limit ends. */
    @Allowed.Drafters
    public DisclosureRequest extend(long id, ExtensionRequest r) {
        RequestSteps.Taken step = steps.take(id, Step.EXTEND, r.version());
        DisclosureRequest x = step.request();
        TrackedDeadline d = deadlines.extend(x.replyDeadlineId(),
                r.reason().strip() + "（经" + r.approver().strip() + "同意）");
        step.record().extended(step.facts().today(), r.reason().strip(), r.approver().strip());
        return steps.complete(step, Map.of("reason", r.reason().strip(), "approver", r.approver().strip(), "replyDue",
                d.dueDate().toString()));
    }

    /** The reply (GI-04) with its reason, sent on a day: the clock is met. */
    @Allowed.Drafters
    public DisclosureRequest reply(long id, ReplyRequest r) {
        RequestSteps.Taken step = steps.take(id, Step.REPLY, r.version());
        DisclosureRequest x = step.request();
        LocalDate today = step.facts().today();
        boolean awaiting = x.status() == RequestStatus.AWAITING_CORRECTION;
        if (awaiting != r.reason().needsPendingCorrection()) {
            throw InvalidInputException.field("reason", awaiting ? "disclosure.reply.only-not-corrected"
                    : "disclosure.reply.no-pending-correction");
        }
        if (r.reason().needsCorrectionAsked() && x.correctionReceivedOn() == null) {
            throw InvalidInputException.field("reason", "disclosure.reply.still-unclear-without-correction");
        }
        LocalDate earliest = awaiting ? x.correctionAskedOn() : x.clockStart();
        if (r.repliedOn().isAfter(today) || r.repliedOn().isBefore(earliest)) {
            throw InvalidInputException.field("repliedOn", "disclosure.date.between", earliest.toString(),
                    today.toString());
        }
        boolean late = false;
        if (x.replyDeadlineId() != null) {
            TrackedDeadline d = deadlines.find(x.replyDeadlineId()).orElseThrow();
            if (d.status().isActive()) {
                late = deadlines.meet(d.id(), r.repliedOn()).late();
            }
        }
        step.record().replied(r.reason(), r.note().strip(), r.repliedOn());
        return steps.complete(step, Map.of("reason", r.reason(), "replyType", r.reason().type(), "repliedOn",
                r.repliedOn().toString(), "late", late));
    }
}
