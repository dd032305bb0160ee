package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleOverridden;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RuleUnit;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's own values of a rule (a province may set a stricter limit), for the unit's subtree only.
 * Only the numbers the national rule has can be set, within sane bounds for its unit, and never looser
 * than the value in force for the unit from above (national, or set by a higher unit) in the rule's
 * direction: a limit binding the authority only shorter, a period protecting the public only longer, a
 * minimum only higher. Each override takes effect on its date, is audited and announces
 * {@link RuleOverridden} so that open deadlines in the subtree move.
 */
@Service
@Transactional
public class RuleOverrides {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /** The form fields of the numbers, in the order they are checked. */
    private static final List<RuleTerm> TERMS = List.of(RuleTerm.AMOUNT, RuleTerm.MAX_AMOUNT, RuleTerm.EXTENSION,
            RuleTerm.ALTERNATE);

    private final RuleStore store;
    private final StatutoryRules catalog;
    private final RuleEditor editor;
    private final RuleFormat format;
    private final Units units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RuleOverrides(RuleStore store, StatutoryRules catalog, RuleEditor editor, RuleFormat format, Units units,
            AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.catalog = catalog;
        this.editor = editor;
        this.format = format;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The local values of a rule the caller is concerned with: those of the units above and including
     * the caller's unit (they apply to it) and those of the units below it. Without a unit: every one.
     */
    @Transactional(readOnly = true)
    public List<RuleOverride> history(String ruleId) {
        definition(ruleId);
        Long home = Actor.current().unitId();
        List<RuleOverride> all = store.overridesOf(ruleId);
        if (home == null) {
            return all;
        }
        Unit mine = units.find(home).orElse(null);
        if (mine == null) {
            return List.of();
        }
        return all.stream().filter(o -> units.find(o.unitId())
                .map(u -> mine.path().startsWith(u.path()) || u.path().startsWith(mine.path())).orElse(false))
                .toList();
    }

    @Allowed.ConfigKeepers
    public RuleOverride create(String ruleId, OverrideDraft draft) {
        editor.require();
        RuleDefinition d = definition(ruleId);
        long unitId = home();
        validate(d, unitId, draft, null);
        RuleOverride o = new RuleOverride(null, d.id(), unitId, draft.amount(), draft.maxAmount(), draft.extension(),
                draft.alternateAmount(), draft.effectiveFrom(), draft.reason().strip(), Actor.current().username(),
                null, null, null);
        long id = store.insertOverride(o);
        RuleOverride saved = store.override(id).orElseThrow();
        audit.created("rule-override", id, saved);
        events.publishEvent(new RuleOverridden(d.id(), saved.effectiveFrom(), unitId));
        return saved;
    }

    @Allowed.ConfigKeepers
    public RuleOverride update(String ruleId, long overrideId, OverrideDraft draft) {
        editor.require();
        RuleDefinition d = definition(ruleId);
        long unitId = home();
        RuleOverride before = store.override(overrideId)
                .filter(o -> o.ruleId().equals(d.id()) && o.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("rule-override", overrideId));
        validate(d, unitId, draft, overrideId);
        store.updateOverride(new RuleOverride(overrideId, d.id(), unitId, draft.amount(), draft.maxAmount(),
                draft.extension(), draft.alternateAmount(), draft.effectiveFrom(), draft.reason().strip(),
                before.createdBy(), before.createdAt(), Actor.current().username(), null));
        RuleOverride after = store.override(overrideId).orElseThrow();
        audit.changed("rule-override", overrideId, before, after);
        LocalDate from = before.effectiveFrom().isBefore(after.effectiveFrom()) ? before.effectiveFrom()
                : after.effectiveFrom();
        events.publishEvent(new RuleOverridden(d.id(), from, unitId));
        return after;
    }

    /** Whether an override loosens the national value (set before directions were enforced: never applied). */
    public boolean loosensNational(String ruleId, RuleOverride o) {
        return StatutoryRules.loosens(definition(ruleId), o);
    }

    private long home() {
        Long unitId = Actor.current().unitId();
        if (unitId == null) {
            throw InvalidInputException.field("unit", "rules.override.no-unit");
        }
        return unitId;
    }

    private RuleDefinition definition(String ruleId) {
        return (ruleId == null ? java.util.Optional.<RuleDefinition>empty() : store.find(ruleId))
                .orElseThrow(() -> new NotFoundException("rule", ruleId));
    }

    private void validate(RuleDefinition d, long unitId, OverrideDraft draft, Long exceptId) {
        if (d.unit() == RuleUnit.NONE || d.unit() == RuleUnit.FIXED_DATE || d.direction() == null) {
            throw InvalidInputException.field("amount", "rules.override.not-adjustable", d.id());
        }
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "amount", d.amount(), draft.amount(), d.unit());
        check(problems, "maxAmount", d.maxAmount(), draft.maxAmount(), d.unit());
        check(problems, "extension", d.extension(), draft.extension(), d.unit());
        check(problems, "alternateAmount", d.alternateAmount(), draft.alternateAmount(), d.unit());
        if (draft.amount() != null && draft.maxAmount() != null && draft.maxAmount().compareTo(draft.amount()) < 0) {
            problems.add(new FieldProblem("maxAmount", "rules.override.max-below-amount", null));
        }
        boolean dateOk = draft.effectiveFrom() != null && !draft.effectiveFrom().isBefore(EARLIEST)
                && !draft.effectiveFrom().isAfter(LATEST);
        if (!dateOk) {
            problems.add(new FieldProblem("effectiveFrom", "rules.override.effective-range",
                    new Object[] {EARLIEST.toString(), LATEST.toString()}));
        } else if (store.overrideExists(d.id(), unitId, draft.effectiveFrom(), exceptId)) {
            problems.add(new FieldProblem("effectiveFrom", "rules.override.effective-duplicate",
                    new Object[] {draft.effectiveFrom().toString()}));
        }
        if (draft.reason() == null || draft.reason().isBlank() || draft.reason().strip().length() > 500) {
            problems.add(new FieldProblem("reason", "rules.override.reason", new Object[] {500}));
        }
        if (problems.isEmpty()) {
            directions(d, unitId, draft, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(400, "invalid-input", "problem.invalid-input", problems);
        }
    }

    /** Refuses every number that is looser than the value in force for the unit from above. */
    private void directions(RuleDefinition d, long unitId, OverrideDraft draft, List<FieldProblem> problems) {
        Rule above = catalog.inheritedOn(d.id(), draft.effectiveFrom(), unitId);
        Unit setter = above.overrideUnitId() == null ? null : units.find(above.overrideUnitId()).orElse(null);
        for (RuleTerm term : TERMS) {
            BigDecimal value = switch (term) {
                case AMOUNT -> draft.amount();
                case MAX_AMOUNT -> draft.maxAmount();
                case EXTENSION -> draft.extension();
                case ALTERNATE -> draft.alternateAmount();
            };
            RuleDirection direction = above.directionOf(term);
            BigDecimal reference = above.value(term);
            if (direction == null || !direction.loosens(reference, value)) {
                continue;
            }
            boolean national = reference.compareTo(above.nationalValue(term)) == 0 || setter == null;
            String from = national ? format.text("rules.override.reference.national")
                    : format.text("rules.override.reference.above", setter.name());
            problems.add(new FieldProblem(field(term), "rules.override.loosens." + direction.name(), new Object[] {
                    d.id(), d.title(), format.text("rules.term." + term.name()),
                    format.number(d.unit(), value), from, format.number(d.unit(), reference)}));
        }
    }

    private static String field(RuleTerm term) {
        return switch (term) {
            case AMOUNT -> "amount";
            case MAX_AMOUNT -> "maxAmount";
            case EXTENSION -> "extension";
            case ALTERNATE -> "alternateAmount";
        };
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
