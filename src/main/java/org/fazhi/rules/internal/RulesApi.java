package org.fazhi.rules.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
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
 * The rules catalog as JSON. Reading is public (the rules and their sources are public law);
 * overrides need an account of the rule-of-law office or the system administrator.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RulesApi {

    private final RulesCatalog catalog;
    private final RuleOverrides overrides;

    RulesApi(RulesCatalog catalog, RuleOverrides overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    @GetMapping
    List<Rule> list(@RequestParam(required = false) String area) {
        if (area != null && area.length() > 40) {
            throw InvalidInputException.field("area", "rules.area.invalid");
        }
        return catalog.all().stream().filter(r -> area == null || area.isBlank() || r.area().equals(area.strip()))
                .toList();
    }

    @GetMapping("/{id}")
    Rule get(@PathVariable String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("rule", id));
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
}
