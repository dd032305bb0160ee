package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.rules.RuleOverridden;
import org.fazhi.rules.RuleUnit;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The locality's own values of a rule (a province may set a stricter or different limit). Only the
 * numbers the national rule has can be set, within sane bounds for its unit; each override takes
 * effect on its date, is audited and announces {@link RuleOverridden} so that open deadlines move.
 */
@Service
@Transactional
public class RuleOverrides {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final RuleStore store;
    private final RuleEditor editor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RuleOverrides(RuleStore store, RuleEditor editor, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.editor = editor;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RuleOverride> history(String ruleId) {
        definition(ruleId);
        return store.overridesOf(ruleId);
    }

    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','RULE_OF_LAW_OFFICE')")
    public RuleOverride create(String ruleId, OverrideDraft draft) {
        editor.require();
        RuleDefinition d = definition(ruleId);
        validate(d, draft, null);
        RuleOverride o = new RuleOverride(null, d.id(), draft.amount(), draft.maxAmount(), draft.extension(),
                draft.effectiveFrom(), draft.reason().strip(), Actor.current().username(), null, null, null);
        long id = store.insertOverride(o);
        RuleOverride saved = store.override(id).orElseThrow();
        audit.created("rule-override", id, saved);
        events.publishEvent(new RuleOverridden(d.id(), saved.effectiveFrom()));
        return saved;
    }

    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','RULE_OF_LAW_OFFICE')")
    public RuleOverride update(String ruleId, long overrideId, OverrideDraft draft) {
        editor.require();
        RuleDefinition d = definition(ruleId);
        RuleOverride before = store.override(overrideId).filter(o -> o.ruleId().equals(d.id()))
                .orElseThrow(() -> new NotFoundException("rule-override", overrideId));
        validate(d, draft, overrideId);
        store.updateOverride(new RuleOverride(overrideId, d.id(), draft.amount(), draft.maxAmount(),
                draft.extension(), draft.effectiveFrom(), draft.reason().strip(), before.createdBy(),
                before.createdAt(), Actor.current().username(), null));
        RuleOverride after = store.override(overrideId).orElseThrow();
        audit.changed("rule-override", overrideId, before, after);
        LocalDate from = before.effectiveFrom().isBefore(after.effectiveFrom()) ? before.effectiveFrom()
                : after.effectiveFrom();
        events.publishEvent(new RuleOverridden(d.id(), from));
        return after;
    }

    private RuleDefinition definition(String ruleId) {
        return (ruleId == null ? java.util.Optional.<RuleDefinition>empty() : store.find(ruleId))
                .orElseThrow(() -> new NotFoundException("rule", ruleId));
    }

    private void validate(RuleDefinition d, OverrideDraft draft, Long exceptId) {
        if (d.unit() == RuleUnit.NONE || d.unit() == RuleUnit.FIXED_DATE) {
            throw InvalidInputException.field("amount", "rules.override.not-adjustable", d.id());
        }
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "amount", d.amount(), draft.amount(), d.unit());
        check(problems, "maxAmount", d.maxAmount(), draft.maxAmount(), d.unit());
        check(problems, "extension", d.extension(), draft.extension(), d.unit());
        if (draft.amount() != null && draft.maxAmount() != null && draft.maxAmount().compareTo(draft.amount()) < 0) {
            problems.add(new FieldProblem("maxAmount", "rules.override.max-below-amount", null));
        }
        if (draft.effectiveFrom() == null || draft.effectiveFrom().isBefore(EARLIEST)
                || draft.effectiveFrom().isAfter(LATEST)) {
            problems.add(new FieldProblem("effectiveFrom", "rules.override.effective-range",
                    new Object[] {EARLIEST.toString(), LATEST.toString()}));
        } else if (store.overrideExists(d.id(), draft.effectiveFrom(), exceptId)) {
            problems.add(new FieldProblem("effectiveFrom", "rules.override.effective-duplicate",
                    new Object[] {draft.effectiveFrom().toString()}));
        }
        if (draft.reason() == null || draft.reason().isBlank() || draft.reason().strip().length() > 500) {
            problems.add(new FieldProblem("reason", "rules.override.reason", new Object[] {500}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-input", "problem.invalid-input", problems);
        }
    }

    private static void check(List<FieldProblem> problems, String field, BigDecimal national, BigDecimal value,
            RuleUnit unit) {
        if (national == null) {
            if (value != null) {
                problems.add(new FieldProblem(field, "rules.override.no-such-term", null));
            }
            return;
        }
        if (value == null) {
            problems.add(new FieldProblem(field, "rules.override.required", null));
            return;
        }
        BigDecimal max = switch (unit) {
            case WORKING_DAYS -> BigDecimal.valueOf(1000);
            case CALENDAR_DAYS -> BigDecimal.valueOf(3660);
            case MONTHS -> BigDecimal.valueOf(120);
            case PERCENT -> BigDecimal.valueOf(100);
            default -> BigDecimal.valueOf(10000);
        };
        boolean whole = unit != RuleUnit.PERCENT;
        if (value.signum() <= 0 || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > (whole ? 0 : 2)) {
            problems.add(new FieldProblem(field, whole ? "rules.override.range-whole" : "rules.override.range",
                    new Object[] {max.toPlainString()}));
        }
    }
}
