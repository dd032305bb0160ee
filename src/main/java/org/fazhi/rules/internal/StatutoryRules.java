package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RuleUnit;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.Period;
import org.fazhi.shared.PeriodUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules catalog: national values with the locality's override in force on a date. */
@Service
@Transactional(readOnly = true)
class StatutoryRules implements RulesCatalog {

    private final RuleStore store;
    private final Clock clock;

    StatutoryRules(RuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Rule> all() {
        return allOn(LocalDate.now(clock));
    }

    List<Rule> allOn(LocalDate date) {
        Map<String, List<RuleOverride>> overrides = store.overrides().stream()
                .collect(Collectors.groupingBy(RuleOverride::ruleId));
        return store.all().stream().map(d -> rule(d, overrides.getOrDefault(d.id(), List.of()).stream()
                .filter(o -> !o.effectiveFrom().isAfter(date)).reduce((a, b) -> b))).toList();
    }

    @Override
    public Optional<Rule> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return store.find(id).map(d -> rule(d, store.overrideOn(d.id(), today)));
    }

    @Override
    public Rule effectiveOn(String id, LocalDate date) {
        RuleDefinition d = (id == null ? Optional.<RuleDefinition>empty() : store.find(id))
                .orElseThrow(() -> new InvalidInputException("unknown-rule", "rules.unknown", String.valueOf(id)));
        return rule(d, store.overrideOn(d.id(), date == null ? LocalDate.now(clock) : date));
    }

    @Override
    public Period period(String id, RuleTerm term, LocalDate date) {
        Rule rule = effectiveOn(id, date);
        PeriodUnit unit = switch (rule.unit()) {
            case WORKING_DAYS -> PeriodUnit.WORKING_DAYS;
            case CALENDAR_DAYS -> PeriodUnit.CALENDAR_DAYS;
            case MONTHS -> PeriodUnit.MONTHS;
            default -> throw new IllegalArgumentException("rule " + id + " is not a time limit (" + rule.unit() + ")");
        };
        BigDecimal value = switch (term == null ? RuleTerm.AMOUNT : term) {
            case AMOUNT -> rule.amount();
            case MAX_AMOUNT -> rule.maxAmount();
            case EXTENSION -> rule.extension();
        };
        if (value == null) {
            throw new IllegalArgumentException("rule " + id + " has no " + term);
        }
        return new Period(value.intValueExact(), unit, unit != PeriodUnit.WORKING_DAYS && rule.restDayRollover());
    }

    @Override
    public BigDecimal threshold(String id, LocalDate date) {
        Rule rule = effectiveOn(id, date);
        if (rule.unit() != RuleUnit.PERCENT && rule.unit() != RuleUnit.COUNT) {
            throw new IllegalArgumentException("rule " + id + " is not a threshold (" + rule.unit() + ")");
        }
        return rule.amount();
    }

    static Rule rule(RuleDefinition d, Optional<RuleOverride> override) {
        RuleOverride o = override.orElse(null);
        return new Rule(d.id(), d.area(), d.title(), d.summary(), o == null ? d.amount() : o.amount(),
                o == null ? d.maxAmount() : o.maxAmount(), o == null ? d.extension() : o.extension(), d.unit(),
                d.fixedDate(), d.startEvent(), d.source(), d.confidence(), d.restDayRollover(), d.amount(),
                d.maxAmount(), d.extension(), o == null ? null : o.effectiveFrom(), o == null ? null : o.reason());
    }
}
