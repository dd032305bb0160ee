package org.fazhi.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.governance.internal.EvidenceFiles;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leading groups (领导小组) per unit and year with their rosters, and the principals' annual 述法. The
 * 法治办 keeps them; everyone in the unit's scope reads them (the roster appears in reports). Another
 * unit's group answers 404; every change is audited.
 */
@Service
@Transactional
public class LeadingGroups {

    static final String ENTITY = "leading-group";

    private final GovernanceStore store;
    private final EvidenceFiles evidence;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    LeadingGroups(GovernanceStore store, EvidenceFiles evidence, DataScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.evidence = evidence;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The groups of the units in the actor's scope for a year. */
    @Transactional(readOnly = true)
    public List<LeadingGroup> groups(int year) {
        return store.groups(scope.visibleUnitIds(), year);
    }

    @Transactional(readOnly = true)
    public LeadingGroup group(long id) {
        LeadingGroup g = store.group(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        scope.require(g.unitId(), ENTITY, id);
        return g;
    }

    /** The roster of a unit's group for a year (for reports); 404 outside the scope or when there is none. */
    @Transactional(readOnly = true)
    public LeadingGroup roster(long unitId, int year) {
        scope.require(unitId, "unit", unitId);
        return store.group(unitId, year).orElseThrow(() -> new NotFoundException(ENTITY, unitId + "/" + year));
    }

    /** Sets up the unit's group for the year, or updates it. */
    @Allowed.RuleOfLawOffice
    public LeadingGroup save(GroupRequest r) {
        scope.require(r.unitId(), "unit", r.unitId());
        if (r.officeUnitId() != null) {
            if (!scope.canSee(r.officeUnitId())) {
                throw InvalidInputException.field("officeUnitId", "governance.unit.outside");
            }
        }
        if (r.establishedOn() != null && r.establishedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("establishedOn", "governance.date.future");
        }
        var existing = store.group(r.unitId(), r.year());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", r.unitId());
        after.put("year", r.year());
        after.put("name", r.name().strip());
        after.put("officeUnitId", r.officeUnitId());
        after.put("documentRef", blank(r.documentRef()));
        if (existing.isPresent()) {
            store.updateGroup(existing.get().id(), r.name().strip(), r.officeUnitId(), blank(r.officeNote()),
                    blank(r.documentRef()), r.establishedOn());
            audit.changed(ENTITY, existing.get().id(), Map.of("name", existing.get().name()), after);
            return store.group(existing.get().id()).orElseThrow();
        }
        long id = store.insertGroup(r.unitId(), r.year(), r.name().strip(), r.officeUnitId(), blank(r.officeNote()),
                blank(r.documentRef()), r.establishedOn(), Actor.current().userId());
        audit.created(ENTITY, id, after);
        return store.group(id).orElseThrow();
    }

    /** Adds a person to the roster (at the end). */
    @Allowed.RuleOfLawOffice
    public GroupMember addMember(long groupId, MemberRequest r) {
        LeadingGroup g = group(groupId);
        long id = store.insertMember(g.id(), r.role(), r.name().strip(), r.post().strip(),
                Boolean.TRUE.equals(r.principal()), store.nextMemberSort(g.id()));
        audit.created("leading-group-member", id, Map.of("groupId", g.id(), "role", r.role(), "name", r.name().strip(),
                "post", r.post().strip(), "principal", Boolean.TRUE.equals(r.principal())));
        return store.member(id).orElseThrow();
    }

    /** Removes a person from the roster; one whose 述法 is recorded stays (it is part of the record). */
    @Allowed.RuleOfLawOffice
    public void removeMember(long groupId, long memberId) {
        LeadingGroup g = group(groupId);
        GroupMember m = g.members().stream().filter(x -> x.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("leading-group-member", memberId));
        if (store.memberHasStatements(memberId)) {
            throw new RefusedException("member-has-statements", "governance.refused.member-has-statements");
        }
        store.deleteMember(memberId);
        audit.deleted("leading-group-member", memberId, Map.of("groupId", g.id(), "name", m.name(), "role", m.role()));
    }

    /** Records a principal's 述法 for the group's year, once per principal and year; the statement's file may come with it. */
    @Allowed.RuleOfLawOffice
    public DutyStatement recordStatement(long groupId, DutyStatementRequest r, Evidence file) {
        LeadingGroup g = group(groupId);
        GroupMember m = g.members().stream().filter(x -> x.id() == r.memberId()).findFirst()
                .orElseThrow(() -> InvalidInputException.field("memberId", "governance.statement.member-unknown"));
        if (!m.principal()) {
            throw InvalidInputException.field("memberId", "governance.statement.not-principal");
        }
        if (r.givenOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("givenOn", "governance.date.future");
        }
        if (r.givenOn().getYear() < g.year() || r.givenOn().getYear() > g.year() + 1) {
            throw InvalidInputException.field("givenOn", "governance.statement.year", g.year());
        }
        if (store.statementExists(m.id(), g.year())) {
            throw new RefusedException("statement-recorded", "governance.refused.statement-recorded", m.name(),
                    g.year());
        }
        List<Long> files = evidence.store(file == null ? List.of() : List.of(file));
        long id = store.insertStatement(m.id(), g.unitId(), g.year(), r.givenOn(), r.occasion().strip(),
                r.summary().strip(), files.isEmpty() ? null : files.get(0), Actor.current().userId());
        audit.created("duty-statement", id, Map.of("memberId", m.id(), "unitId", g.unitId(), "year", g.year(),
                "givenOn", r.givenOn().toString(), "occasion", r.occasion().strip()));
        return store.statements(List.of(g.unitId()), g.year()).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow();
    }

    /** The 述法 of the units in the actor's scope for a year. */
    @Transactional(readOnly = true)
    public List<DutyStatement> statements(int year) {
        return store.statements(scope.visibleUnitIds(), year);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
