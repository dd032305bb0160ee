package org.fazhi.litigation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.litigation.JudgmentKind;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationStatus;
import org.fazhi.litigation.internal.LitigationProcedure.Step;
import org.fazhi.shared.Actor;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.units.Role;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/**
 * How every step on a suit runs: lock it (404 outside the scope), check the version the page was based
 * on, let {@link LitigationProcedure} decide, then move the state, save the versioned root and audit.
 */
@Component
public class LitigationSteps {

    /** A step let through: the locked root, the facts, the target. */
    public record Taken(Step step, LitigationRecord record, LitigationFacts facts, LitigationStatus next) {

        public LitigationCase c() {
            return facts.c();
        }

        public long id() {
            return facts.c().id();
        }

        public LocalDate today() {
            return facts.today();
        }
    }

    private final LitigationRecords records;
    private final LitigationStore cases;
    private final LitigationAccess access;
    private final CourtHearingStore hearings;
    private final FilingWindow windows;
    private final AuditLog audit;
    private final Clock clock;

    LitigationSteps(LitigationRecords records, LitigationStore cases, LitigationAccess access,
            CourtHearingStore hearings, FilingWindow windows, AuditLog audit, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.access = access;
        this.hearings = hearings;
        this.windows = windows;
        this.audit = audit;
        this.clock = clock;
    }

    public LitigationFacts read(long id) {
        return facts(access.requireVisible(id));
    }

    public LitigationFacts facts(LitigationCase c) {
        LocalDate appealDue = c.judgment().servedOn() == null || !c.stage().appealable() ? null
                : windows.appealDue(c.judgment().servedOn(), c.judgment().kind() == JudgmentKind.RULING);
        boolean handler = !Actor.current().isSystem()
                && Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name());
        return new LitigationFacts(c, handler, LocalDate.now(clock), hearings.ofCase(c.id()), appealDue);
    }

    public Taken take(long id, Step step, Integer expectedVersion) {
        LitigationFacts f = facts(access.lockVisible(id));
        StaleVersionException.check(expectedVersion, f.c().version(), LitigationCase.SUBJECT.name(), id);
        LitigationStatus next = LitigationProcedure.PROCEDURE.next(step, f);
        return new Taken(step, records.findById(id).orElseThrow(), f, next);
    }

    public LitigationCase complete(Taken taken, Map<String, ?> details) {
        LitigationStatus before = taken.c().status();
        taken.record().moveTo(taken.next(), now());
        save(taken.record());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", taken.next());
        after.putAll(details);
        audit.changed(LitigationCase.SUBJECT.name(), taken.id(), LitigationProcedure.name(taken.step()),
                Map.of("status", before), after);
        return cases.find(taken.id()).orElseThrow();
    }

    public void save(LitigationRecord record) {
        try {
            records.save(record);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
