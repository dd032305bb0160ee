package org.fazhi.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.litigation.internal.LitigationAccess;
import org.fazhi.litigation.internal.LitigationClocks;
import org.fazhi.litigation.internal.LitigationStore;
import org.fazhi.litigation.internal.SuggestionProcedure;
import org.fazhi.litigation.internal.SuggestionRecord;
import org.fazhi.litigation.internal.SuggestionRecords;
import org.fazhi.litigation.internal.SuggestionStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courts' judicial suggestions (司法建议) and the procuratorates' suggestions (检察建议) to a unit and
 * its replies: received with the reply date the issuer set (else LT-12 for a court, LT-13 for a
 * procuratorate, from receipt) on the unit's 督办台, replied to by its legal staff; visible to the unit's
 * scope only.
 */
@Service
@Transactional
public class JudicialSuggestions {

    static final String ENTITY = JudicialSuggestion.SUBJECT.name();

    private final SuggestionRecords records;
    private final SuggestionStore suggestions;
    private final LitigationStore cases;
    private final LitigationAccess access;
    private final LitigationClocks clocks;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    JudicialSuggestions(SuggestionRecords records, SuggestionStore suggestions, LitigationStore cases,
            LitigationAccess access, LitigationClocks clocks, DataScope scope, AuditLog audit, Clock clock) {
        this.records = records;
        this.suggestions = suggestions;
        this.cases = cases;
        this.access = access;
        this.clocks = clocks;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Allowed.CaseHandlers
    public JudicialSuggestion receive(SuggestionRequest r) {
        LocalDate today = LocalDate.now(clock);
        long unitId = r.unitId() != null ? r.unitId() : home();
        scope.require(unitId, "unit", unitId);
        if (r.receivedOn().isAfter(today)) {
            throw InvalidInputException.field("receivedOn", "litigation.date.future");
        }
        if (r.replyDue() != null && r.replyDue().isBefore(r.receivedOn())) {
            throw InvalidInputException.field("replyDue", "litigation.suggestion.due-before-receipt");
        }
        if (r.litigationCaseId() != null
                && cases.find(r.litigationCaseId()).filter(access::visible).filter(c -> c.unitId() == unitId).isEmpty()) {
            throw InvalidInputException.field("litigationCaseId", "litigation.previous.unknown");
        }
        if (suggestions.numberTaken(r.court().strip(), r.suggestionNo().strip())) {
            throw InvalidInputException.field("suggestionNo", "litigation.case-no.taken", r.suggestionNo().strip());
        }
        SuggestionRecord record = SuggestionRecord.received(unitId, r.issuerOrCourt(), r.court().strip(), r.suggestionNo().strip(),
                r.receivedOn(), r.content().strip(), r.litigationCaseId(), r.replyDue(), Actor.current().userId(),
                OffsetDateTime.now(clock));
        records.save(record);
        record.clock(clocks.reply(suggestions.find(record.id()).orElseThrow()));
        records.save(record);
        JudicialSuggestion s = suggestions.find(record.id()).orElseThrow();
        audit.created(ENTITY, s.id(), Map.of("unitId", unitId, "issuer", s.issuer(), "court", s.court(), "suggestionNo", s.suggestionNo(),
                "receivedOn", s.receivedOn(), "replyDue", clocks.get(s.deadlineId()).dueDate()));
        return s;
    }

    @Allowed.CaseHandlers
    public JudicialSuggestion reply(long id, SuggestionReplyRequest r) {
        SuggestionRecord record = records.lock(id).orElseThrow(() -> notFound(id));
        SuggestionProcedure.Facts f = facts(visible(id));
        StaleVersionException.check(r.version(), f.suggestion().version(), ENTITY, id);
        SuggestionProcedure.PROCEDURE.next(SuggestionProcedure.Step.REPLY, f);
        LitigationCases.between("repliedOn", r.repliedOn(), f.suggestion().receivedOn(), f.today());
        clocks.meet(f.suggestion().deadlineId(), r.repliedOn());
        record.replied(r.repliedOn(), r.summary().strip(), OffsetDateTime.now(clock));
        records.save(record);
        audit.changed(ENTITY, id, "reply", Map.of("status", SuggestionStatus.RECEIVED),
                Map.of("status", SuggestionStatus.REPLIED, "repliedOn", r.repliedOn()));
        return suggestions.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public JudicialSuggestion get(long id) {
        return visible(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<JudicialSuggestion> list() {
        return suggestions.of(scope.visibleUnitIds());
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public Guide<SuggestionStatus> guide(long id) {
        SuggestionProcedure.Facts f = facts(visible(id));
        var due = clocks.get(f.suggestion().deadlineId());
        return new Guide<>(f.status(), f.status() == SuggestionStatus.REPLIED ? "litigation.next.suggestion-replied"
                : "litigation.next.suggestion-reply", List.of(due == null ? "-" : due.dueDate()),
                SuggestionProcedure.PROCEDURE.checks(f, SuggestionProcedure.PEOPLE_STEPS));
    }

    /** The reply clock of a suggestion, as the 督办台 has it. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public org.fazhi.deadlines.TrackedDeadline clock(long id) {
        return clocks.get(visible(id).deadlineId());
    }

    private SuggestionProcedure.Facts facts(JudicialSuggestion s) {
        return new SuggestionProcedure.Facts(s, Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(),
                Role.LEGAL_REVIEWER.name()), LocalDate.now(clock));
    }

    private JudicialSuggestion visible(long id) {
        JudicialSuggestion s = suggestions.find(id).orElseThrow(() -> notFound(id));
        if (!scope.canSee(s.unitId())) {
            throw notFound(id);
        }
        return s;
    }

    private static long home() {
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "litigation.unit.required");
        }
        return unit;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(ENTITY, id);
    }
}
