package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleDirection;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RuleUnit;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodUnit;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;

/**
 * The rules catalog: national values, and for a unit the stricter local values set by that unit or a
 * unit above it. A local value never applies outside the subtree of the unit that set it, and a value
 * looser than the national one (or one set above) never applies: for each number the strictest wins.
 */
@Service
class StatutoryRules implements RulesCatalog {

    private final RuleStore store;
    private final Units units;
    private final Clock clock;

    StatutoryRules(RuleStore store, Units units, Clock clock) {
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public List<Rule> all() {
        return store.all().stream().map(d -> rule(d, List.of())).toList();
    }

    @Override
    public List<Rule> all(LocalDate date, Long unitId) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        List<Long> path = path(unitId);
        return store.all().stream().map(d -> rule(d, applicable(d, path, on))).toList();
    }

    @Override
    public Optional<Rule> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return store.find(id).map(d -> rule(d, List.of()));
    }

    @Override
    public Rule effectiveOn(String id, LocalDate date) {
        return effectiveOn(id, date, null);
    }

    @Override
    public Rule effectiveOn(String id, LocalDate date, Long unitId) {
        RuleDefinition d = definition(id);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return rule(d, applicable(d, path(unitId), on));
    }

    @Override
    public Period period(String id, RuleTerm term, LocalDate date) {
        return period(id, term, date, null);
    }

    @Override
    public Period period(String id, RuleTerm term, LocalDate date, Long unitId) {
        Rule rule = effectiveOn(id, date, unitId);
        PeriodUnit unit = switch (rule.unit()) {
            case WORKING_DAYS -> PeriodUnit.WORKING_DAYS;
            case CALENDAR_DAYS -> PeriodUnit.CALENDAR_DAYS;
            case MONTHS -> PeriodUnit.MONTHS;
            default -> throw new IllegalArgumentException("rule " + id + " is not a time limit (" + rule.unit() + ")");
        };
        RuleTerm t = term == null ? RuleTerm.AMOUNT : term;
        BigDecimal value = rule.value(t);
        if (value == null) {
            throw new IllegalArgumentException("rule " + id + " has no " + t);
        }
        return new Period(value.intValueExact(), unit, unit != PeriodUnit.WORKING_DAYS && rule.restDayRollover(),
                rule.counting());
    }

    @Override
    public BigDecimal threshold(String id, LocalDate date) {
        return threshold(id, date, null);
    }

    @Override
    public BigDecimal threshold(String id, LocalDate date, Long unitId) {
        Rule rule = effectiveOn(id, date, unitId);
        if (rule.unit() != RuleUnit.PERCENT && rule.unit() != RuleUnit.COUNT) {
            throw new IllegalArgumentException("rule " + id + " is not a threshold (" + rule.unit() + ")");
        }
        return rule.amount();
    }

    @Override
    public List<LocalValue> localValues(String id, LocalDate date) {
        RuleDefinition d = definition(id);
        if (d.direction() == null) {
            return List.of();
        }
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        List<RuleOverride> found = store.inForceAnywhere(d.id(), on).stream().filter(o -> !loosens(d, o)).toList();
        Map<Long, String> names = units.names(found.stream().map(RuleOverride::unitId).toList());
        return found.stream().map(o -> new LocalValue(o.unitId(), names.getOrDefault(o.unitId(), ""), o.amount(),
                o.maxAmount(), o.extension(), o.alternateAmount(), o.effectiveFrom()))
                .sorted(Comparator.comparing(LocalValue::unitName)).toList();
    }

    /** {@link #localValues} of every rule at once (the public page), by rule id. */
    Map<String, List<LocalValue>> allLocalValues(LocalDate date) {
        Map<String, RuleDefinition> defs = new java.util.HashMap<>();
        store.all().forEach(d -> defs.put(d.id(), d));
        List<RuleOverride> inForce = new ArrayList<>();
        Map<String, List<RuleOverride>> byRule = new java.util.LinkedHashMap<>();
        store.overrides().stream().filter(o -> !o.effectiveFrom().isAfter(date))
                .forEach(o -> byRule.computeIfAbsent(o.ruleId() + "/" + o.unitId(), k -> new ArrayList<>()).add(o));
        byRule.values().forEach(list -> inForce.add(list.get(list.size() - 1)));
        List<RuleOverride> shown = inForce.stream().filter(o -> defs.containsKey(o.ruleId())
                && defs.get(o.ruleId()).direction() != null && !loosens(defs.get(o.ruleId()), o)).toList();
        Map<Long, String> names = units.names(shown.stream().map(RuleOverride::unitId).distinct().toList());
        Map<String, List<LocalValue>> out = new java.util.HashMap<>();
        shown.forEach(o -> out.computeIfAbsent(o.ruleId(), k -> new ArrayList<>()).add(new LocalValue(o.unitId(),
                names.getOrDefault(o.unitId(), ""), o.amount(), o.maxAmount(), o.extension(), o.alternateAmount(),
                o.effectiveFrom())));
        out.values().forEach(l -> l.sort(Comparator.comparing(LocalValue::unitName)));
        return out;
    }

    /** The values in force for the unit on the date, before the unit's own overrides (what it may not loosen). */
    Rule inheritedOn(String id, LocalDate date, long unitId) {
        RuleDefinition d = definition(id);
        List<Long> path = path(unitId);
        return rule(d, applicable(d, path.subList(0, Math.max(0, path.size() - 1)), date));
    }

    /** Whether an override loosens the national value of any of its numbers. */
    static boolean loosens(RuleDefinition d, RuleOverride o) {
        return loosens(d.direction(), d.amount(), o.amount()) || loosens(d.maxDirection(), d.maxAmount(), o.maxAmount())
                || loosens(d.direction(), d.extension(), o.extension())
                || loosens(d.direction(), d.alternateAmount(), o.alternateAmount());
    }

    private static boolean loosens(RuleDirection direction, BigDecimal reference, BigDecimal value) {
        return direction != null && direction.loosens(reference, value);
    }

    private RuleDefinition definition(String id) {
        return (id == null ? Optional.<RuleDefinition>empty() : store.find(id))
                .orElseThrow(() -> new InvalidInputException("unknown-rule", "rules.unknown", String.valueOf(id)));
    }

    /** The unit and its ancestors, root first; empty for no unit or an unknown one. */
    private List<Long> path(Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        return units.find(unitId).map(Unit::path)
                .map(p -> Arrays.stream(p.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList())
                .orElse(List.of());
    }

    /** The overrides in force for the path's units, root first. */
    private List<RuleOverride> applicable(RuleDefinition d, List<Long> path, LocalDate on) {
        if (path.isEmpty() || d.direction() == null) {
            return List.of();
        }
        List<RuleOverride> found = new ArrayList<>(store.inForce(d.id(), path, on));
        found.sort(Comparator.comparingInt(o -> path.indexOf(o.unitId())));
        return found;
    }

    /** The definition with, for each number, the strictest of the national and the applicable local values. */
    static Rule rule(RuleDefinition d, List<RuleOverride> overrides) {
        BigDecimal amount = d.amount();
        BigDecimal max = d.maxAmount();
        BigDecimal extension = d.extension();
        BigDecimal alternate = d.alternateAmount();
        RuleOverride decisive = null;
        for (RuleOverride o : overrides) {
            boolean tightens = false;
            if (d.amount() != null && d.direction() != null && o.amount() != null
                    && !d.direction().loosens(amount, o.amount()) && o.amount().compareTo(amount) != 0) {
                amount = o.amount();
                tightens = true;
            }
            if (d.maxAmount() != null && d.maxDirection() != null && o.maxAmount() != null
                    && !d.maxDirection().loosens(max, o.maxAmount()) && o.maxAmount().compareTo(max) != 0) {
                max = o.maxAmount();
                tightens = true;
            }
            if (d.extension() != null && d.direction() != null && o.extension() != null
                    && !d.direction().loosens(extension, o.extension()) && o.extension().compareTo(extension) != 0) {
                extension = o.extension();
                tightens = true;
            }
            if (d.alternateAmount() != null && d.direction() != null && o.alternateAmount() != null
                    && !d.direction().loosens(alternate, o.alternateAmount())
                    && o.alternateAmount().compareTo(alternate) != 0) {
                alternate = o.alternateAmount();
                tightens = true;
            }
            if (tightens) {
                decisive = o;
            }
        }
        RuleOverride o = decisive;
        return new Rule(d.id(), d.area(), d.title(), d.summary(), amount, max, extension, d.unit(), d.fixedDate(),
                d.startEvent(), d.source(), d.confidence(), d.restDayRollover(), d.amount(), d.maxAmount(),
                d.extension(), o == null ? null : o.effectiveFrom(), o == null ? null : o.reason(), alternate,
                d.alternateDate(), d.alternateScope(), d.alternateAmount(), d.direction(), d.maxDirection(),
                d.counting(), d.legalForce(), d.rolloverBasis(), d.note(), o == null ? null : o.unitId());
    }
}
