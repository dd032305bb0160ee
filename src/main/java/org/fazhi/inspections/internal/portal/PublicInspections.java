package org.fazhi.inspections.internal.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.fazhi.inspections.InspectionItem;
import org.fazhi.inspections.PublishedDraw;
import org.fazhi.inspections.RandomDraw;
import org.fazhi.inspections.RandomInspections;
import org.fazhi.inspections.RecomputeRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public side of random inspections: the items list, every draw with its pools, digests, seed and
 * algorithm (so that anyone can repeat it: {@code POST /api/v1/public/inspections/draws/recompute}
 * does it for them), and the results once published.
 */
@Controller
@Validated
class PublicInspections {

    private final RandomInspections inspections;

    PublicInspections(RandomInspections inspections) {
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

    @GetMapping(path = "/api/v1/public/inspections/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<PublishedDraw> draws() {
        return inspections.publishedDraws();
    }

    @GetMapping(path = "/api/v1/public/inspections/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PublishedDraw draw(@PathVariable @Positive long id) {
        return inspections.publishedDraw(id);
    }

    @GetMapping(path = "/api/v1/public/inspections/items", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<InspectionItem> items() {
        return inspections.publicItems();
    }

    @PostMapping(path = "/api/v1/public/inspections/draws/recompute", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RandomDraw.Result recompute(@Valid @RequestBody RecomputeRequest r) {
        return inspections.recompute(r);
    }
}
