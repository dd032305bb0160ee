package org.fazhi.governance.internal.web;

import org.fazhi.governance.GovernanceOverviews;
import org.fazhi.governance.GovernanceTargets;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 组织领导与督办 (/console/governance, /console/governance/overview): a unit's year at a glance — the
 * yearly targets with their early warnings, the leading group and the principals' 述法, the plans and
 * their completion per unit, overdue tasks, inspections and open findings — and the targets of every
 * unit in the user's scope.
 */
@Controller
@RequestMapping("/console/governance")
@Allowed.Staff
class GovOverviewPages {

    private final GovernanceOverviews overviews;
    private final GovernanceTargets targets;
    private final GovViews views;

    GovOverviewPages(GovernanceOverviews overviews, GovernanceTargets targets, GovViews views) {
        this.overviews = overviews;
        this.targets = targets;
        this.views = views;
    }

    @GetMapping({"", "/overview"})
    String overview(@RequestParam(required = false) String unitId, @RequestParam(required = false) Integer year,
            Model model) {
        Long unit = unitId == null || unitId.isBlank() ? views.home() : parse(unitId);
        int y = views.year(year);
        model.addAttribute("o", overviews.of(unit, y));
        model.addAttribute("units", views.units());
        model.addAttribute("years", views.years());
        model.addAttribute("year", y);
        model.addAttribute("unitId", unit);
        return "governance/overview";
    }

    @GetMapping("/targets")
    String targets(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        model.addAttribute("checks", targets.checks(y));
        model.addAttribute("years", views.years());
        model.addAttribute("year", y);
        return "governance/targets";
    }

    private static Long parse(String unitId) {
        if (!unitId.matches("\\d{1,18}")) {
            throw InvalidInputException.field("unitId", "problem.type-mismatch");
        }
        return Long.valueOf(unitId);
    }
}
