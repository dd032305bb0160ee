package org.fazhi.litigation.internal.web;

import java.util.Map;
import org.fazhi.litigation.AppearanceStatistics;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 负责人出庭应诉 (/console/litigation/appearance): per defendant unit of a subtree and year, the instances
 * heard, those at which a responsible person appeared, the rate against SD-07's 100%, and whether the
 * principal leader appeared at least once.
 */
@Controller
@RequestMapping("/console/litigation/appearance")
@Allowed.Staff
class AppearancePages {

    private final AppearanceStatistics statistics;
    private final LitigationViews views;
    private final DataScope scope;
    private final Units units;
    private final MessageSource messages;

    AppearancePages(AppearanceStatistics statistics, LitigationViews views, DataScope scope, Units units,
            MessageSource messages) {
        this.statistics = statistics;
        this.views = views;
        this.scope = scope;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam Map<String, String> params, Model model) {
        FormInput form = FormInput.of("appearance", Map.of("unitId", params.getOrDefault("unitId", "").strip(),
                "year", params.getOrDefault("year", "").strip()), messages);
        Long unit = form.id("unitId");
        Integer year = form.integer("year");
        Long home = scope.homeUnitId();
        long unitId = unit != null ? unit : home == null ? 0 : home;
        int y = year == null ? views.today().getYear() : year;
        model.addAttribute("appearances", statistics.of(unitId, y));
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", y);
        model.addAttribute("years", views.years());
        return "litigation/appearance";
    }
}
