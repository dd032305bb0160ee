package org.fazhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.files.FileStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.shared.web.Allowed;
import org.fazhi.suggestions.internal.SuggestionAccess;
import org.fazhi.suggestions.internal.SuggestionProcedure.Step;
import org.fazhi.suggestions.internal.SuggestionRecord;
import org.fazhi.suggestions.internal.SuggestionSteps;
import org.fazhi.suggestions.internal.SuggestionsStore;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPC suggestions and CPPCC proposals, each step let through by {@code internal.SuggestionProcedure} and
 * audited:
 * <ul>
 * <li>registered by the coordinating unit's 法治办 (number, session, proposers, contact stored encrypted);</li>
 * <li>交办 to a lead unit with co-units: the answer is due 3 months after 交办 (NP-01 / NP-02), or 6 for a
 * wide-ranging or difficult one, on the 督办台;</li>
 * <li>each co-unit's opinion to the lead unit, once a round (no limit: the catalog sets none);</li>
 * <li>the longer limit recorded before the first ends (NP-01 difficult; NP-02 explained beforehand);</li>
 * <li>the answer with its category (A/B/C) and document, which meets the clock;</li>
 * <li>the feedback form: 满意 / 基本满意 closes it (办结); 不满意 sends it back for re-handling with a new
 * clock of the same rule from the day it came back, counted as a round of its own;</li>
 * <li>the answer published on the portal (公开答复).</li>
 * </ul>
 */
@Service
@Transactional
public class Suggestions {

    private final SuggestionsStore store;
    private final SuggestionSteps steps;
    private final SuggestionAccess access;
    private final SuggestionGuide guide;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final FileStore files;
    private final Units units;
    private final DataScope scope;
    private final AuditLog audit;

    Suggestions(SuggestionsStore store, SuggestionSteps steps, SuggestionAccess access, SuggestionGuide guide,
            Deadlines deadlines, WorkingCalendar calendar, FileStore files, Units units, DataScope scope,
            AuditLog audit) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.guide = guide;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.files = files;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    // ----- reading -----

    @Transactional(readOnly = true)
    @Allowed.Staff
    public Suggestion suggestion(long id) {
        return access.require(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public PageResult<Suggestion> list(SuggestionStatus status, Integer year, PageQuery page) {
        return store.list(scope.visibleUnitIds(), status, year, page);
    }

    /** The most rows a list's spreadsheet holds. */
    public static final int EXPORT_LIMIT = 20_000;

    /**
     * Every suggestion of the caller's scope (of one status, if given) for the list's spreadsheet, newest first:
     * the proposers in their public role, the title redacted, never the contact or the text (SECURITY.md DC-03);
     * the export is audited with what it held.
     */
    @Transactional
    @Allowed.Staff
    public List<Suggestion> export(SuggestionStatus status) {
        List<Suggestion> all = new ArrayList<>();
        for (int p = 0; all.size() < EXPORT_LIMIT; p++) {
            List<Suggestion> items = store.list(scope.visibleUnitIds(), status, null, new PageQuery(p, 200)).items();
            items.forEach(s -> all.add(forExport(s)));
            if (items.size() < 200) {
                break;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", "xlsx");
        details.put("status", status == null ? "" : status.name());
        details.put("rows", all.size());
        audit.action(Suggestion.SUBJECT.name(), "list", "export", details);
        return all;
    }

    private static Suggestion forExport(Suggestion s) {
        return new Suggestion(s.id(), s.kind(), s.number(), s.sessionName(), s.sessionYear(), s.proposers(), null,
                PersonalData.redact(s.title()), null, s.receivedOn(), s.concernsNormdocs(), s.coordinatorUnitId(),
                s.leadUnitId(), s.assignedOn(), s.difficult(), s.extendedOn(), null, s.status(), s.round(),
                s.answerDeadlineId(), s.publishedOn(), s.version());
    }

    /** Everything the suggestion's page shows, in one transaction. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public SuggestionOverview overview(long id) {
        Suggestion s = access.require(id);
        List<CoUnitOpinion> opinions = new ArrayList<>();
        List<Long> coUnits = store.coUnits(id);
        for (int round = 1; round <= s.round(); round++) {
            Map<Long, Object[]> given = store.opinions(id, round);
            for (Long unit : coUnits) {
                Object[] o = given.get(unit);
                opinions.add(new CoUnitOpinion(unit, units.name(unit), round, o == null ? null : (String) o[0],
                        o == null ? null : (LocalDate) o[1]));
            }
        }
        TrackedDeadline clock = s.answerDeadlineId() == null ? null : deadlines.find(s.answerDeadlineId()).orElse(null);
        List<HandlingRound> rounds = store.rounds(id);
        Map<Long, String> fileKeys = new LinkedHashMap<>();
        for (HandlingRound r : rounds) {
            if (r.answerFileId() != null) {
                fileKeys.put(r.answerFileId(), files.get(r.answerFileId()).key());
            }
        }
        return new SuggestionOverview(s, units.name(s.coordinatorUnitId()),
                s.leadUnitId() == null ? null : units.name(s.leadUnitId()), opinions, rounds, fileKeys, clock,
                guide.of(id));
    }

    /** The proposers' contact in full, for staff who must reach them (the feedback form), with the reason audited. */
    @Allowed.Drafters
    public ProposerContact reveal(long id, RevealRequest r) {
        access.require(id);
        if (r == null || r.reason() == null || r.reason().strip().length() < 2) {
            throw InvalidInputException.field("reason", "suggestions.reveal.reason-required");
        }
        audit.action(Suggestion.SUBJECT.name(), id, "reveal-contact", Map.of("reason", r.reason().strip()));
        return store.contact(id);
    }

    // ----- registration and 交办 -----

    /** A suggestion or proposal registered by the coordinating unit (its 法治办 or 政府办). */
    @Allowed.RuleOfLawOffice
    public Suggestion register(RegisterRequest r) {
        if (!scope.canSee(r.coordinatorUnitId())) {
            throw InvalidInputException.field("coordinatorUnitId", "suggestions.unit.outside-scope");
        }
        LocalDate today = steps.now().toLocalDate();
        if (r.receivedOn().isAfter(today)) {
            throw InvalidInputException.field("receivedOn", "suggestions.date.future");
        }
        if (r.receivedOn().isBefore(calendar.firstCoveredDate()) || r.receivedOn().isBefore(today.minusYears(2))) {
            throw InvalidInputException.field("receivedOn", "suggestions.date.too-old");
        }
        if (store.numberTaken(r.kind(), r.sessionName().strip(), r.number().strip())) {
            throw InvalidInputException.field("number", "suggestions.number.taken", r.number().strip());
        }
        SuggestionRecord record = steps.save(SuggestionRecord.registered(r, store.encrypt(r.contact()),
                Actor.current().userId(), steps.now()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", r.kind());
        details.put("number", r.number().strip());
        details.put("sessionName", r.sessionName().strip());
        details.put("title", r.title().strip());
        details.put("coordinatorUnitId", r.coordinatorUnitId());
        details.put("receivedOn", r.receivedOn().toString());
        audit.created(Suggestion.SUBJECT.name(), record.id(), details);
        return store.find(record.id()).orElseThrow();
    }

    /** 交办 to the lead unit with its co-units; the answer clock of NP-01 / NP-02 starts on the day. */
    @Allowed.Drafters
    public Suggestion assign(long id, AssignRequest r) {
        SuggestionSteps.Taken step = steps.take(id, Step.ASSIGN, r.version());
        Suggestion s = step.suggestion();
        LocalDate today = step.facts().today();
        Unit lead = units.find(r.leadUnitId()).filter(Unit::active)
                .orElseThrow(() -> InvalidInputException.field("leadUnitId", "suggestions.unit.unknown"));
        if (!scope.canSee(lead.id())) {
            throw InvalidInputException.field("leadUnitId", "suggestions.unit.outside-scope");
        }
        LinkedHashSet<Long> coUnits = new LinkedHashSet<>(r.coUnitIds() == null ? List.of() : r.coUnitIds());
        for (Long unit : coUnits) {
            if (unit.equals(lead.id())) {
                throw InvalidInputException.field("coUnitIds", "suggestions.co-unit.is-lead");
            }
            if (units.find(unit).filter(Unit::active).isEmpty() || !scope.canSee(unit)) {
                throw InvalidInputException.field("coUnitIds", "suggestions.unit.outside-scope");
            }
        }
        if (r.assignedOn().isAfter(today) || r.assignedOn().isBefore(s.receivedOn())) {
            throw InvalidInputException.field("assignedOn", "suggestions.date.between", s.receivedOn().toString(),
                    today.toString());
        }
        step.record().assigned(lead.id(), r.assignedOn(), r.difficult());
        TrackedDeadline clock = track(s, lead.id(), r.assignedOn(), r.difficult() ? RuleTerm.MAX_AMOUNT : RuleTerm.AMOUNT,
                r.difficult() ? "suggestions.deadline.answer-longer" : "suggestions.deadline.answer");
        step.record().roundStarted(1, clock.id());
        for (Long unit : coUnits) {
            store.addCoUnit(id, unit);
        }
        store.startRound(id, 1, r.assignedOn(), clock.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("leadUnitId", lead.id());
        details.put("coUnitIds", List.copyOf(coUnits));
        details.put("assignedOn", r.assignedOn().toString());
        details.put("difficult", r.difficult());
        details.put("answerDue", clock.dueDate().toString());
        return steps.complete(step, details);
    }

    // ----- handling -----

    /** A co-unit's opinion to the lead unit (会办意见), once a round. */
    @Allowed.Drafters
    public Suggestion opinion(long id, OpinionRequest r) {
        SuggestionSteps.Taken step = steps.take(id, Step.OPINION, r.version());
        Suggestion s = step.suggestion();
        if (!step.facts().actorCoUnitsOwing().contains(r.unitId())) {
            throw InvalidInputException.field("unitId", step.facts().actorCoUnits().contains(r.unitId())
                    ? "suggestions.opinion.already-given" : "suggestions.opinion.not-co-unit");
        }
        HandlingRound round = store.round(id, s.round()).orElseThrow();
        LocalDate today = step.facts().today();
        if (r.givenOn().isAfter(today) || r.givenOn().isBefore(round.startedOn())) {
            throw InvalidInputException.field("givenOn", "suggestions.date.between", round.startedOn().toString(),
                    today.toString());
        }
        store.addOpinion(id, r.unitId(), s.round(), r.opinion().strip(), r.givenOn(), Actor.current().userId(),
                steps.now());
        return steps.complete(step, Map.of("unitId", r.unitId(), "round", s.round(), "givenOn",
                r.givenOn().toString()));
    }

    /**
     * The longer limit, recorded before the first ends: six months from 交办 (NP-01 for a wide-ranging or
     * difficult suggestion, NP-02 for a proposal explained beforehand). The first clock is cancelled.
     */
    @Allowed.Drafters
    public Suggestion extend(long id, ExtensionRequest r) {
        SuggestionSteps.Taken step = steps.take(id, Step.EXTEND, r.version());
        Suggestion s = step.suggestion();
        deadlines.cancel(s.answerDeadlineId(), "改按较长期限答复（" + s.kind().ruleId() + "）：" + r.reason().strip());
        TrackedDeadline clock = track(s, s.leadUnitId(), s.assignedOn(), RuleTerm.MAX_AMOUNT,
                "suggestions.deadline.answer-longer");
        step.record().extended(step.facts().today(), r.reason().strip(), clock.id());
        store.moveRoundClock(id, s.round(), clock.id());
        return steps.complete(step, Map.of("reason", r.reason().strip(), "answerDue", clock.dueDate().toString()));
    }

    /**
     * The answer with its document uploaded in the same step (the console's form): the file is stored in
     * this transaction, so a refused answer leaves no file behind.
     */
    @Allowed.Drafters
    public Suggestion answer(long id, AnswerRequest r, java.io.InputStream document, String fileName,
            String contentType) {
        Suggestion s = access.require(id);
        if (document == null) {
            return answer(id, r);
        }
        long fileId = files.store(document, fileName, contentType, s.leadUnitId()).id();
        return answer(id, new AnswerRequest(r.category(), r.text(), r.answeredOn(), fileId, r.version()));
    }

    /** The lead unit's answer with its category and document; the round's clock is met (late if after it). */
    @Allowed.Drafters
    public Suggestion answer(long id, AnswerRequest r) {
        SuggestionSteps.Taken step = steps.take(id, Step.ANSWER, r.version());
        Suggestion s = step.suggestion();
        HandlingRound round = store.round(id, s.round()).orElseThrow();
        LocalDate today = step.facts().today();
        if (r.answeredOn().isAfter(today) || r.answeredOn().isBefore(round.startedOn())) {
            throw InvalidInputException.field("answeredOn", "suggestions.date.between", round.startedOn().toString(),
                    today.toString());
        }
        if (r.fileId() != null) {
            try {
                files.get(r.fileId());
            } catch (NotFoundException e) {
                throw InvalidInputException.field("fileId", "suggestions.answer.file-unknown");
            }
        }
        boolean late = false;
        TrackedDeadline clock = deadlines.find(s.answerDeadlineId()).orElseThrow();
        if (clock.status().isActive()) {
            late = deadlines.meet(clock.id(), r.answeredOn()).late();
        }
        store.answer(id, s.round(), r.category(), r.text().strip(), r.answeredOn(), r.fileId(), late);
        if (s.published() && r.fileId() != null) {
            files.publish(r.fileId());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", s.round());
        details.put("category", r.category());
        details.put("answeredOn", r.answeredOn().toString());
        details.put("late", late);
        if (r.fileId() != null) {
            details.put("fileId", r.fileId());
        }
        return steps.complete(step, details);
    }

    /**
     * The proposer's feedback form: 满意 or 基本满意 closes the suggestion (办结); 不满意 sends it back for
     * re-handling (重新办理) with a new clock of the same rule from the day the form came back.
     */
    @Allowed.Drafters
    public Suggestion feedback(long id, FeedbackRequest r) {
        Step which = r.satisfaction().satisfied() ? Step.CLOSE : Step.REHANDLE;
        SuggestionSteps.Taken step = steps.take(id, which, r.version());
        Suggestion s = step.suggestion();
        HandlingRound round = store.round(id, s.round()).orElseThrow();
        LocalDate today = step.facts().today();
        if (r.receivedOn().isAfter(today) || r.receivedOn().isBefore(round.answeredOn())) {
            throw InvalidInputException.field("receivedOn", "suggestions.date.between",
                    round.answeredOn().toString(), today.toString());
        }
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        store.feedback(id, s.round(), r.satisfaction(), note, r.receivedOn());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", s.round());
        details.put("satisfaction", r.satisfaction());
        details.put("receivedOn", r.receivedOn().toString());
        if (which == Step.REHANDLE) {
            int next = s.round() + 1;
            TrackedDeadline clock = track(s, s.leadUnitId(), r.receivedOn(), RuleTerm.AMOUNT,
                    "suggestions.deadline.rehandling");
            step.record().roundStarted(next, clock.id());
            store.startRound(id, next, r.receivedOn(), clock.id());
            details.put("rehandlingRound", next);
            details.put("answerDue", clock.dueDate().toString());
        }
        return steps.complete(step, details);
    }

    /** The answer published on the portal (公开答复); its document becomes public with it. */
    @Allowed.Drafters
    public Suggestion publish(long id, VersionRequest r) {
        SuggestionSteps.Taken step = steps.take(id, Step.PUBLISH, r == null ? null : r.version());
        HandlingRound last = store.lastAnswer(id).orElseThrow();
        if (last.answerFileId() != null) {
            files.publish(last.answerFileId());
        }
        step.record().published(step.facts().today());
        return steps.complete(step, Map.of("publishedOn", step.facts().today().toString(), "round", last.round()));
    }

    // ----- the portal -----

    /** The published answers, newest first (no sign-in). */
    @Transactional(readOnly = true)
    public PageResult<PublicAnswer> publicAnswers(PageQuery page) {
        PageResult<Object[]> rows = store.published(page);
        return new PageResult<>(rows.items().stream().map(o -> toPublic((Suggestion) o[0])).toList(), rows.page(),
                rows.size(), rows.total());
    }

    /** One published answer (404 when it is not published). */
    @Transactional(readOnly = true)
    public PublicAnswer publicAnswer(long id) {
        Suggestion s = store.find(id).filter(Suggestion::published)
                .orElseThrow(() -> new NotFoundException(Suggestion.SUBJECT.name(), id));
        return toPublic(s);
    }

    private PublicAnswer toPublic(Suggestion s) {
        HandlingRound last = store.lastAnswer(s.id()).orElseThrow();
        String key = null;
        if (last.answerFileId() != null) {
            try {
                key = files.get(last.answerFileId()).key();
            } catch (NotFoundException e) {
                key = null;
            }
        }
        return new PublicAnswer(s.id(), s.kind(), s.number(), s.sessionName(), s.sessionYear(), s.proposers(),
                PersonalData.redact(s.title()), units.name(s.leadUnitId()), last.category(),
                PersonalData.redact(last.answerText()), last.answeredOn(), s.publishedOn(), key);
    }

    // -----

    private TrackedDeadline track(Suggestion s, long leadUnit, LocalDate from, RuleTerm term, String label) {
        return deadlines.track(NewDeadline.of(Suggestion.MODULE, Suggestion.SUBJECT.name(), String.valueOf(s.id()),
                s.number() + " " + shorten(s.title()), s.kind().ruleId(), from, leadUnit).withTerm(term)
                .withLabel(label).withLink("/console/suggestions/" + s.id()));
    }

    private static String shorten(String t) {
        String x = t.strip().replaceAll("\\s+", " ");
        return x.length() > 50 ? x.substring(0, 50) + "…" : x;
    }
}
