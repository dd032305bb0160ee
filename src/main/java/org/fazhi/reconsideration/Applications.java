package org.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.reconsideration.internal.ApplicationPeriod;
import org.fazhi.reconsideration.internal.BodyStore;
import org.fazhi.reconsideration.internal.CaseClocks;
import org.fazhi.reconsideration.internal.CaseProcedure.Step;
import org.fazhi.reconsideration.internal.CaseRecord;
import org.fazhi.reconsideration.internal.CaseSteps;
import org.fazhi.reconsideration.internal.CaseStore;
import org.fazhi.reconsideration.internal.Receipts;
import org.fazhi.reconsideration.internal.ReconsiderationRules;
import org.fazhi.reconsideration.internal.StoredTexts;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application and its acceptance review (行政复议法第三章), step by step, each let through by
 * {@code internal.CaseProcedure} and audited in the same transaction:
 * <ul>
 * <li>an application is received (portal, post, counter, oral, through the penalising agency) with a
 * receipt number and verification code; its period is checked (RC-01, RC-10, RC-20/21) and 复议前置
 * identified (RC-03); the review clock (RC-02, 5 working days) starts;</li>
 * <li>one 补正 notice within the review period stops that clock and starts the applicant's (RC-11);
 * the materials received restart the review from that day; none in time: 视为放弃;</li>
 * <li>acceptance within the period (in time only) with the procedure, refusal within the period with
 * the reason, withdrawal; a period that ends without a refusal is a deemed acceptance — taken by the
 * daily deadline scan, or recorded as such when staff accept late.</li>
 * </ul>
 */
@Service
@Transactional
public class Applications {

    /** An application received, with the verification code shown once to whoever submitted it. */
    public record Submitted(ReconsiderationCase application, String verificationCode) {
    }

    private final CaseSteps steps;
    private final CaseStore cases;
    private final BodyStore bodies;
    private final ApplicationPeriod period;
    private final CaseClocks clocks;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final Units units;
    private final StoredTexts texts;
    private final AuditLog audit;

    Applications(CaseSteps steps, CaseStore cases, BodyStore bodies, ApplicationPeriod period, CaseClocks clocks,
            RulesCatalog rules, DataScope scope, Units units, StoredTexts texts, AuditLog audit) {
        this.steps = steps;
        this.cases = cases;
        this.bodies = bodies;
        this.period = period;
        this.clocks = clocks;
        this.rules = rules;
        this.scope = scope;
        this.units = units;
        this.texts = texts;
        this.audit = audit;
    }

    /** An application entered by the body's staff (post, counter, oral, through the penalising agency). */
    @Allowed.CaseHandlers
    public Submitted enter(ApplicationRequest r) {
        if (r.channel() == Channel.PORTAL) {
            throw InvalidInputException.field("channel", "reconsideration.channel.portal-is-public");
        }
        ReconsiderationBody body = body(r.bodyId());
        if (!scope.canSee(body.handlingUnitId())) {
            throw InvalidInputException.field("bodyId", "reconsideration.body.not-yours");
        }
        return receive(r, body);
    }

    /** An application from the portal: received today (called by {@link PublicApplications}). */
    Submitted receiveFromPortal(ApplicationRequest r) {
        return receive(r, body(r.bodyId()));
    }

    private Submitted receive(ApplicationRequest r, ReconsiderationBody body) {
        LocalDate today = steps.now().toLocalDate();
        check(r, body, today);
        LocalDate filedOn = r.channel() == Channel.VIA_AGENCY ? r.agencyReceivedOn() : r.receivedOn();
        boolean informed = r.informedOfRight() == null || r.informedOfRight();
        ApplicationPeriod.Check window = period.check(new ApplicationPeriod.Facts(r.knowledgeDate(), r.actDate(),
                informed, r.rightKnownDate(), r.specialPeriodDays(), r.obstacleFrom(), r.obstacleTo(),
                r.realProperty(), filedOn));
        PreconditionBasis precondition = precondition(r);
        String receipt;
        do {
            receipt = Receipts.number(today);
        } while (cases.receiptTaken(receipt));
        String code = Receipts.code();
        CaseRecord record = CaseRecord.received(new CaseRecord.Application(body.id(), body.handlingUnitId(),
                r.channel().name(), r.applicantType().name(), r.applicantName().strip(), r.idType().name(),
                r.idNo().strip(), r.phone().strip(), blank(r.address()), blank(r.agentName()), r.respondentUnitId(),
                r.actType().name(), r.actDescription().strip(), r.actDate(), r.knowledgeDate(), r.onTheSpot(),
                r.warningOrCriticism(), r.amount(), r.realProperty(), informed, informed ? null : r.rightKnownDate(),
                r.specialPeriodDays(), blank(r.specialPeriodLaw()), r.obstacleFrom(), r.obstacleTo(),
                r.requests().strip(), r.factsAndReasons().strip(), blank(r.normdocTitle()), r.receivedOn(),
                r.agencyReceivedOn()), receipt, Receipts.hash(receipt, code), window.due(), window.ok(),
                window.ruleId(), precondition == null ? null : precondition.name(), Actor.current().userId(),
                steps.now());
        steps.save(record);
        ReconsiderationCase c = cases.find(record.id()).orElseThrow();
        record.acceptanceClock(clocks.start(c, ReconsiderationRules.ACCEPTANCE_REVIEW, r.receivedOn(),
                body.handlingUnitId()));
        steps.save(record);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("receiptNo", receipt);
        details.put("bodyId", body.id());
        details.put("channel", r.channel());
        details.put("receivedOn", r.receivedOn());
        details.put("respondentUnitId", r.respondentUnitId());
        details.put("actType", r.actType());
        details.put("windowDue", window.due());
        details.put("windowOk", window.ok());
        details.put("windowRule", window.ruleId());
        details.put("precondition", precondition == null ? "" : precondition.name());
        audit.created(ReconsiderationCase.SUBJECT.name(), record.id(), details);
        return new Submitted(cases.find(record.id()).orElseThrow(), code);
    }

    // ----- 补正 -----

    /** One 补正 notice within the review period: the review clock stops, the applicant's 10 working days run. */
    @Allowed.CaseHandlers
    public ReconsiderationCase requestCorrection(long id, CorrectionNoticeRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.REQUEST_CORRECTION, r.version());
        ReconsiderationCase c = step.c();
        LocalDate due = step.facts().reviewDue();
        if (r.notifiedOn().isBefore(c.receivedOn()) || r.notifiedOn().isAfter(step.today())) {
            throw InvalidInputException.field("notifiedOn", "reconsideration.date.between", c.receivedOn(),
                    step.today());
        }
        if (due != null && r.notifiedOn().isAfter(due)) {
            throw InvalidInputException.field("notifiedOn", "reconsideration.correction.notice-late", due,
                    ReconsiderationRules.ACCEPTANCE_REVIEW);
        }
        clocks.cancel(c.clocks().acceptance(), texts.stored("reconsideration.clock.correction-requested"));
        long clock = clocks.start(c, ReconsiderationRules.CORRECTION_PERIOD, r.notifiedOn(), c.unitId());
        step.record().correctionRequested(r.items().strip(), r.notifiedOn(), clock);
        return steps.complete(step, Map.of("items", r.items().strip(), "notifiedOn", r.notifiedOn(),
                "correctionDue", clocks.get(clock).dueDate()));
    }

    /** The 补正材料 received (entered by staff): the review restarts from that day. */
    @Allowed.CaseHandlers
    public ReconsiderationCase receiveCorrection(long id, CorrectionReceiptRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.RECEIVE_CORRECTION, r.version());
        return correctionReceived(step, r.receivedOn(), blank(r.note()));
    }

    /** The 补正材料 submitted by the applicant on the portal today (called by {@link PublicApplications}). */
    ReconsiderationCase receiveCorrectionFromApplicant(long id, String note) {
        CaseSteps.Taken step = steps.takeAsApplicant(id, Step.RECEIVE_CORRECTION);
        return correctionReceived(step, step.today(), note);
    }

    private ReconsiderationCase correctionReceived(CaseSteps.Taken step, LocalDate on, String note) {
        ReconsiderationCase c = step.c();
        if (on.isBefore(c.correction().notifiedOn()) || on.isAfter(step.today())) {
            throw InvalidInputException.field("receivedOn", "reconsideration.date.between",
                    c.correction().notifiedOn(), step.today());
        }
        clocks.meet(c.clocks().correction(), on);
        long review = clocks.start(c, ReconsiderationRules.ACCEPTANCE_REVIEW, on, c.unitId());
        step.record().correctionReceived(on, note, review);
        return steps.complete(step, Map.of("receivedOn", on, "reviewDue", clocks.get(review).dueDate()));
    }

    /** A justified reason to supply later (行政复议法第三十一条第二款): a new 补正 period from today, once. */
    @Allowed.CaseHandlers
    public ReconsiderationCase extendCorrection(long id, CorrectionExtensionRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.EXTEND_CORRECTION, r.version());
        ReconsiderationCase c = step.c();
        clocks.cancel(c.clocks().correction(), r.reason().strip());
        long clock = clocks.start(c, ReconsiderationRules.CORRECTION_PERIOD, step.today(), c.unitId());
        step.record().correctionExtended(clock);
        return steps.complete(step, Map.of("reason", r.reason().strip(), "correctionDue", clocks.get(clock).dueDate()));
    }

    /**
     * The system's step when the 补正 period ended without the materials: 视为放弃. Taken by the daily
     * deadline scan; refused by the procedure while the period runs.
     */
    public void correctionLapsed(long id) {
        if (!steps.systemMay(id, Step.CORRECTION_LAPSED)) {
            return;
        }
        CaseSteps.Taken step = steps.takeAsSystem(id, Step.CORRECTION_LAPSED);
        clocks.cancel(step.c().clocks().correction(), texts.stored("reconsideration.clock.abandoned"));
        step.record().abandoned(step.today());
        steps.complete(step, Map.of("correctionDue", step.facts().correction().dueDate(), "abandoned", true));
    }

    // ----- acceptance review -----

    /**
     * 受理 with the procedure. Taken after the review period ended without a refusal, it records the
     * deemed acceptance of 行政复议法第三十条第三款, as of the period's last day.
     */
    @Allowed.CaseHandlers
    public ReconsiderationCase accept(long id, AcceptanceRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.ACCEPT, r.version());
        ReconsiderationCase c = step.c();
        LocalDate from = c.correction().receivedOn() != null ? c.correction().receivedOn() : c.receivedOn();
        if (r.acceptedOn().isBefore(from) || r.acceptedOn().isAfter(step.today())) {
            throw InvalidInputException.field("acceptedOn", "reconsideration.date.between", from, step.today());
        }
        if (r.procedure() == ProcedureKind.SIMPLIFIED && !simplifiedEligible(c, step.today()) && !r.partiesAgree()) {
            throw InvalidInputException.field("procedure", "reconsideration.simplified.not-eligible",
                    rules.threshold(ReconsiderationRules.SIMPLIFIED_AMOUNT, step.today()).toPlainString(),
                    ReconsiderationRules.SIMPLIFIED_COPY);
        }
        LocalDate due = step.facts().reviewDue();
        boolean deemed = due != null && r.acceptedOn().isAfter(due);
        LocalDate on = deemed ? due : r.acceptedOn();
        return accepted(step, on, deemed, r.procedure(), r.partiesAgree());
    }

    /**
     * The system's step when the review period ended without a refusal: 视为受理 as of its last day.
     * Taken by the daily deadline scan; refused by the procedure while the period runs.
     */
    public void deemAccepted(long id) {
        if (!steps.systemMay(id, Step.DEEM_ACCEPTED)) {
            return;
        }
        CaseSteps.Taken step = steps.takeAsSystem(id, Step.DEEM_ACCEPTED);
        accepted(step, step.facts().reviewDue(), true, ProcedureKind.ORDINARY, false);
    }

    private ReconsiderationCase accepted(CaseSteps.Taken step, LocalDate on, boolean deemed, ProcedureKind procedure,
            boolean partiesAgree) {
        ReconsiderationCase c = step.c();
        clocks.meet(c.clocks().acceptance(), deemed ? step.today() : on);
        boolean simplified = procedure == ProcedureKind.SIMPLIFIED;
        long copy = clocks.start(c, simplified ? ReconsiderationRules.SIMPLIFIED_COPY : ReconsiderationRules.ORDINARY_COPY,
                on, c.unitId());
        long decision = clocks.start(c, simplified ? ReconsiderationRules.SIMPLIFIED_DECISION
                : ReconsiderationRules.ORDINARY_DECISION, on, c.unitId());
        step.record().accepted(on, deemed, procedure.name(), copy, decision);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("acceptedOn", on);
        details.put("deemedAcceptance", deemed);
        details.put("procedure", procedure);
        details.put("partiesAgree", partiesAgree);
        details.put("copyDue", clocks.get(copy).dueDate());
        details.put("decisionDue", clocks.get(decision).dueDate());
        return steps.complete(step, details);
    }

    /** 不予受理 within the review period, with the reason (and the competent body, if not this one). */
    @Allowed.CaseHandlers
    public ReconsiderationCase refuse(long id, RefusalRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.REFUSE, r.version());
        ReconsiderationCase c = step.c();
        LocalDate from = c.correction().receivedOn() != null ? c.correction().receivedOn() : c.receivedOn();
        LocalDate due = step.facts().reviewDue();
        LocalDate last = due == null || due.isAfter(step.today()) ? step.today() : due;
        if (r.refusedOn().isBefore(from) || r.refusedOn().isAfter(last)) {
            throw InvalidInputException.field("refusedOn", "reconsideration.date.between", from, last);
        }
        clocks.meet(c.clocks().acceptance(), r.refusedOn());
        step.record().refused(r.refusedOn(), r.reason().strip(), blank(r.competentBody()));
        return steps.complete(step, Map.of("refusedOn", r.refusedOn(), "reason", r.reason().strip(),
                "competentBody", blank(r.competentBody()) == null ? "" : r.competentBody().strip()));
    }

    /** The applicant withdrew before acceptance: the clocks stop. */
    @Allowed.CaseHandlers
    public ReconsiderationCase withdraw(long id, ApplicationWithdrawalRequest r) {
        CaseSteps.Taken step = steps.take(id, Step.WITHDRAW, r.version());
        ReconsiderationCase c = step.c();
        if (r.withdrawnOn().isBefore(c.receivedOn()) || r.withdrawnOn().isAfter(step.today())) {
            throw InvalidInputException.field("withdrawnOn", "reconsideration.date.between", c.receivedOn(),
                    step.today());
        }
        String why = r.reason().strip();
        clocks.cancel(c.clocks().acceptance(), why);
        clocks.cancel(c.clocks().correction(), why);
        step.record().withdrawn(r.withdrawnOn(), why);
        return steps.complete(step, Map.of("withdrawnOn", r.withdrawnOn(), "reason", why));
    }

    // ----- checks -----

    /**
     * 行政复议法第五十三条: on-the-spot act, a warning or 通报批评, an amount of at most RC-22 yuan, or an
     * information-disclosure case (any case also when all parties agree).
     */
    boolean simplifiedEligible(ReconsiderationCase c, LocalDate today) {
        ReconsiderationCase.Act a = c.act();
        return a.onTheSpot() || a.warningOrCriticism() || a.type() == ActType.INFORMATION_DISCLOSURE
                || (a.amount() != null
                        && a.amount().compareTo(rules.threshold(ReconsiderationRules.SIMPLIFIED_AMOUNT, today)) <= 0);
    }

    private static PreconditionBasis precondition(ApplicationRequest r) {
        if (r.actType() == ActType.PENALTY && r.onTheSpot()) {
            return PreconditionBasis.ON_THE_SPOT_PENALTY;
        }
        return switch (r.actType()) {
            case NATURAL_RESOURCE_RIGHTS -> PreconditionBasis.NATURAL_RESOURCE_RIGHTS;
            case INACTION -> PreconditionBasis.INACTION;
            case INFORMATION_DISCLOSURE -> PreconditionBasis.DISCLOSURE_REFUSED;
            default -> blank(r.preconditionByOtherLaw()) != null ? PreconditionBasis.OTHER_LAW : null;
        };
    }

    private void check(ApplicationRequest r, ReconsiderationBody body, LocalDate today) {
        if (r.receivedOn().isAfter(today)) {
            throw InvalidInputException.field("receivedOn", "reconsideration.date.future");
        }
        LocalDate filedOn = r.receivedOn();
        if (r.channel() == Channel.VIA_AGENCY) {
            if (r.agencyReceivedOn() == null || r.agencyReceivedOn().isAfter(r.receivedOn())) {
                throw InvalidInputException.field("agencyReceivedOn", "reconsideration.agency-date.required");
            }
            filedOn = r.agencyReceivedOn();
        } else if (r.agencyReceivedOn() != null) {
            throw InvalidInputException.field("agencyReceivedOn", "reconsideration.agency-date.only-via-agency");
        }
        if (r.knowledgeDate().isAfter(filedOn)) {
            throw InvalidInputException.field("knowledgeDate", "reconsideration.knowledge.after-filing");
        }
        if (r.actDate() != null && r.actDate().isAfter(r.knowledgeDate())) {
            throw InvalidInputException.field("actDate", "reconsideration.act-date.after-knowledge");
        }
        boolean informed = r.informedOfRight() == null || r.informedOfRight();
        if (informed && r.rightKnownDate() != null) {
            throw InvalidInputException.field("rightKnownDate", "reconsideration.right-known.only-uninformed");
        }
        if (r.rightKnownDate() != null
                && (r.rightKnownDate().isBefore(r.knowledgeDate()) || r.rightKnownDate().isAfter(filedOn))) {
            throw InvalidInputException.field("rightKnownDate", "reconsideration.date.between", r.knowledgeDate(),
                    filedOn);
        }
        if ((r.specialPeriodDays() == null) != (blank(r.specialPeriodLaw()) == null)) {
            throw InvalidInputException.field("specialPeriodLaw", "reconsideration.special-period.law-required");
        }
        if ((r.obstacleFrom() == null) != (r.obstacleTo() == null)) {
            throw InvalidInputException.field("obstacleTo", "reconsideration.obstacle.both");
        }
        if (r.obstacleFrom() != null && (r.obstacleFrom().isAfter(r.obstacleTo())
                || r.obstacleFrom().isBefore(r.knowledgeDate()) || r.obstacleTo().isAfter(filedOn))) {
            throw InvalidInputException.field("obstacleFrom", "reconsideration.date.between", r.knowledgeDate(),
                    filedOn);
        }
        Unit respondent = units.find(r.respondentUnitId()).filter(Unit::active)
                .orElseThrow(() -> InvalidInputException.field("respondentUnitId", "reconsideration.respondent.unknown"));
        if (respondent.id() == body.unitId() || !respondent.path().contains("/" + body.unitId() + "/")) {
            throw InvalidInputException.field("respondentUnitId", "reconsideration.respondent.not-in-jurisdiction");
        }
    }

    private ReconsiderationBody body(Long id) {
        return bodies.find(id).filter(ReconsiderationBody::active)
                .orElseThrow(() -> InvalidInputException.field("bodyId", "reconsideration.body.unknown"));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
