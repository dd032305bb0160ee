package org.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.audit.AuditLog;
import org.fazhi.publicity.internal.PublicityStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 谁执法谁普法: each agency's responsibility list for a year, line by line (which laws, what, for whom, how), and
 * the yearly review of how it carried the list out (履职评议, once per agency and year, by the 法治办). The
 * agencies that owe a list are the departments and enforcement agencies of the unit tree.
 */
@Service
@Transactional
public class PublicityDuties {

    /** The kinds of unit that owe a responsibility list. */
    public static final Set<UnitKind> OWING = Set.of(UnitKind.DEPARTMENT, UnitKind.ENFORCEMENT_AGENCY);

    private final PublicityStore store;
    private final PublicityUnits units;
    private final Units directory;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    PublicityDuties(PublicityStore store, PublicityUnits units, Units directory, DataScope scope, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.units = units;
        this.directory = directory;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lines of the lists of a unit's subtree (the actor's scope when null) for a year. */
    @Transactional(readOnly = true)
    public List<DutyLine> lines(Long unitId, int year) {
        return store.duties(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year);
    }

    /** Every agency of the units that owes a list, with its lines and review for the year, in tree order. */
    @Transactional(readOnly = true)
    public List<DutyListStatus> statuses(Set<Long> unitIds, int year) {
        Map<Long, Long> lines = store.duties(unitIds, year).stream()
                .collect(Collectors.groupingBy(DutyLine::unitId, Collectors.counting()));
        Map<Long, DutyReview> reviews = store.reviews(unitIds, year).stream()
                .collect(Collectors.toMap(DutyReview::unitId, Function.identity()));
        List<DutyListStatus> out = new ArrayList<>();
        for (Unit u : owing(unitIds)) {
            out.add(new DutyListStatus(u.id(), u.name(), lines.getOrDefault(u.id(), 0L).intValue(), reviews.get(u.id())));
        }
        return out;
    }

    /** The statuses of the actor's scope. */
    @Transactional(readOnly = true)
    public List<DutyListStatus> statuses(int year) {
        return statuses(scope.visibleUnitIds(), year);
    }

    private List<Unit> owing(Set<Long> unitIds) {
        List<Unit> out = new ArrayList<>();
        for (Long id : unitIds) {
            directory.find(id).filter(u -> u.active() && OWING.contains(u.kind())).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing(Unit::path));
        return out;
    }

    @Allowed.Reporters
    public DutyLine addLine(DutyRequest r) {
        Unit unit = units.inScope(r.unitId(), "unitId");
        if (!OWING.contains(unit.kind())) {
            throw InvalidInputException.field("unitId", "publicity.duty.not-agency", unit.name());
        }
        long id = store.insertDuty(r, Actor.current().userId(), OffsetDateTime.now(clock));
        DutyLine line = store.duty(id).orElseThrow();
        audit.created(Publicity.DUTY.name(), id, line);
        return line;
    }

    /** The yearly review of an agency that has a list for the year, once, not in the future. */
    @Allowed.RuleOfLawOffice
    public DutyReview review(DutyReviewRequest r) {
        Unit unit = units.inScope(r.unitId(), "unitId");
        if (r.reviewedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("reviewedOn", "publicity.date.future");
        }
        if (r.reviewedOn().getYear() < r.year()) {
            throw InvalidInputException.field("reviewedOn", "publicity.review.before-year", r.year());
        }
        if (store.duties(Set.of(unit.id()), r.year()).isEmpty()) {
            throw InvalidInputException.field("unitId", "publicity.review.no-list", unit.name(), r.year());
        }
        if (!store.reviews(Set.of(unit.id()), r.year()).isEmpty()) {
            throw InvalidInputException.field("year", "publicity.review.exists", unit.name(), r.year());
        }
        long id = store.insertReview(r, Actor.current().userId(), OffsetDateTime.now(clock));
        DutyReview review = store.reviews(Set.of(unit.id()), r.year()).get(0);
        audit.created(Publicity.DUTY_REVIEW.name(), id, review);
        return review;
    }
}
