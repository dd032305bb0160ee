package org.fazhi.review;

import org.fazhi.shared.web.Allowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.review.internal.AdviserStore;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of legal advisers and government lawyers, with their contract terms and how often
 * each was consulted in a year (seed 001: "全年委托市政府法律顾问20余次").
 */
@Service
@Transactional
public class LegalAdvisers {

    static final String ENTITY = "legal-adviser";

    /** What an administrator enters for an adviser. */
    public record AdviserRequest(@NotNull Long unitId, @NotBlank @Size(max = 64) String name,
            @NotNull LegalAdviser.AdviserKind kind, @Size(max = 200) String firm, @Size(max = 64) String licenceNo,
            LocalDate contractFrom, LocalDate contractTo, Boolean active) {
    }

    /** An adviser with the number of consultations in the year asked for. */
    public record AdviserUse(LegalAdviser adviser, int uses) {
    }

    private final AdviserStore store;
    private final DataScope scope;
    private final AuditLog audit;

    LegalAdvisers(AdviserStore store, DataScope scope, AuditLog audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    @Allowed.AdviserKeepers
    public LegalAdviser register(AdviserRequest d) {
        scope.require(d.unitId(), "unit", d.unitId());
        requireTerm(d);
        LegalAdviser a = new LegalAdviser(null, d.unitId(), d.name().strip(), d.kind(), blank(d.firm()),
                blank(d.licenceNo()), d.contractFrom(), d.contractTo(), d.active() == null || d.active());
        long id = store.insert(a);
        LegalAdviser created = store.find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    @Allowed.AdviserKeepers
    public LegalAdviser update(long id, AdviserRequest d) {
        LegalAdviser before = get(id);
        scope.require(d.unitId(), "unit", d.unitId());
        requireTerm(d);
        LegalAdviser after = new LegalAdviser(id, d.unitId(), d.name().strip(), d.kind(), blank(d.firm()),
                blank(d.licenceNo()), d.contractFrom(), d.contractTo(), d.active() == null || d.active());
        store.update(after);
        audit.changed(ENTITY, id, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public LegalAdviser get(long id) {
        LegalAdviser a = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        scope.require(a.unitId(), ENTITY, id);
        return a;
    }

    /** Advisers of the actor's scope with their consultations in {@code year}. */
    @Transactional(readOnly = true)
    public List<AdviserUse> withUses(int year) {
        List<LegalAdviser> all = store.ofUnits(scope.visibleUnitIds());
        Map<Long, Integer> uses = store.uses(all.stream().map(LegalAdviser::id).toList(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return all.stream().map(a -> new AdviserUse(a, uses.getOrDefault(a.id(), 0))).toList();
    }

    /** Consultations in {@code year} of the advisers engaged by {@code unitIds} (metrics). */
    @Transactional(readOnly = true)
    public List<AdviserUse> usesIn(java.util.Set<Long> unitIds, int year) {
        List<LegalAdviser> all = store.ofUnits(unitIds);
        Map<Long, Integer> uses = store.uses(all.stream().map(LegalAdviser::id).toList(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return all.stream().map(a -> new AdviserUse(a, uses.getOrDefault(a.id(), 0))).toList();
    }

    private static void requireTerm(AdviserRequest d) {
        if (d.contractFrom() != null && d.contractTo() != null && d.contractTo().isBefore(d.contractFrom())) {
            throw InvalidInputException.field("contractTo", "review.adviser.term");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
