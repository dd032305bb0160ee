package org.fazhi.inspections.internal.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.fazhi.inspections.InspectionItem;
import org.fazhi.inspections.PublishedDraw;
import org.fazhi.inspections.RandomDraw;
import org.fazhi.inspections.RandomInspections;
import org.fazhi.inspections.RecomputeRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Random inspections for anyone, as JSON: the published draws with their pools, digests, seed and
 * algorithm, the items list, and the recomputation of a draw from a pool and a seed (so that anyone can
 * check a published result without writing the algorithm themselves).
 */
@RestController
@RequestMapping("/api/v1/public/inspections")
@Validated
@Tag(name = "public inspections", description = "双随机、一公开 公开信息 (published draws)")
class PublicInspectionsApi {

    private final RandomInspections inspections;

    PublicInspectionsApi(RandomInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/plans")
    @Operation(summary = "Published draws, newest first")
    List<PublishedDraw> draws() {
        return inspections.publishedDraws();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One published draw: pools, their SHA-256 digests, seed, algorithm, result and digest")
    PublishedDraw draw(@PathVariable @Positive long id) {
        return inspections.publishedDraw(id);
    }

    @GetMapping("/items")
    @Operation(summary = "The inspection items list")
    List<InspectionItem> items() {
        return inspections.publicItems();
    }

    @PostMapping("/draws/recompute")
    @Operation(summary = "Repeat a draw from its pools and seed with the published algorithm")
    RandomDraw.Result recompute(@Valid @RequestBody RecomputeRequest r) {
        return inspections.recompute(r);
    }
}
