package org.fazhi.rules.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.rules.Rule;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules catalog as JSON. Reading is public (the rules and their sources are public law), paged
 * ({@code page}, {@code size}); overrides need an account of the rule-of-law office or the system
 * administrator and apply to their unit's subtree.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RulesApi {

    private final StatutoryRules catalog;
    private final RuleOverrides overrides;
    private final RuleFormat format;
    private final Clock clock;

    RulesApi(StatutoryRules catalog, RuleOverrides overrides, RuleFormat format, Clock clock) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping
    PageResult<PublicRule> list(@RequestParam(required = false) String area,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (area != null && area.length() > 40) {
            throw InvalidInputException.field("area", "rules.area.invalid");
        }
        PageQuery q = PageQuery.of(page, size);
        List<Rule> matching = catalog.all().stream()
                .filter(r -> area == null || area.isBlank() || r.area().equals(area.strip())).toList();
        int from = (int) Math.min(q.offset(), matching.size());
        int to = Math.min(from + q.size(), matching.size());
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(matching.subList(from, to).stream().map(r -> view(r, today)).toList(), q.page(),
                q.size(), matching.size());
    }

    @GetMapping("/{id}")
    PublicRule get(@PathVariable String id) {
        Rule rule = catalog.find(id).orElseThrow(() -> new NotFoundException("rule", id));
        return view(rule, LocalDate.now(clock));
    }

    @GetMapping("/{id}/overrides")
    List<RuleOverride> history(@PathVariable String id) {
        return overrides.history(id);
    }

    @PostMapping("/{id}/overrides")
    @ResponseStatus(HttpStatus.CREATED)
    RuleOverride create(@PathVariable String id, @Valid @RequestBody OverrideDraft draft) {
        return overrides.create(id, draft);
    }

    @PutMapping("/{id}/overrides/{overrideId}")
    RuleOverride update(@PathVariable String id, @PathVariable long overrideId,
            @Valid @RequestBody OverrideDraft draft) {
        return overrides.update(id, overrideId, draft);
    }

    private PublicRule view(Rule r, LocalDate today) {
        return PublicRule.of(r, format.national(r), catalog.localValues(r.id(), today));
    }
}
