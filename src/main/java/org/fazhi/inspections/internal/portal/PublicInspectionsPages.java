package org.fazhi.inspections.internal.portal;

import org.fazhi.inspections.RandomDraw;
import org.fazhi.inspections.RandomInspections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of random inspections: the items list, every draw with its pools, digests, seed and
 * algorithm, and the results once published ({@link PublicInspectionsApi} gives the same as JSON and
 * repeats a draw for anyone).
 */
@Controller
class PublicInspectionsPages {

    private final RandomInspections inspections;

    PublicInspectionsPages(RandomInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/inspections")
    String home(Model model) {
        model.addAttribute("draws", inspections.publishedDraws());
        model.addAttribute("items", inspections.publicItems());
        return "inspections/portal/home";
    }

    @GetMapping("/inspections/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("d", inspections.publishedDraw(id));
        model.addAttribute("algorithm", RandomDraw.ALGORITHM);
        return "inspections/portal/plan";
    }
}
