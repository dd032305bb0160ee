package org.fazhi.inspections.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.fazhi.inspections.InspectionItem;
import org.fazhi.inspections.InspectionObject;
import org.fazhi.inspections.InspectionPlan;
import org.fazhi.inspections.InspectionTask;
import org.fazhi.inspections.ItemRequest;
import org.fazhi.inspections.ObjectRequest;
import org.fazhi.inspections.PlanRequest;
import org.fazhi.inspections.RandomInspections;
import org.fazhi.inspections.ResultRequest;
import org.fazhi.shared.web.Allowed;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Random inspections as JSON: items, roster, plans, the draw, results and their publication. */
@RestController
@RequestMapping("/api/v1/inspections")
@Validated
@Allowed.Staff
@Tag(name = "inspections", description = "双随机、一公开 (random inspections)")
class InspectionsApi {

    private final RandomInspections inspections;

    InspectionsApi(RandomInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/items")
    List<InspectionItem> items() {
        return inspections.items();
    }

    @PostMapping("/items")
    InspectionItem addItem(@Valid @RequestBody ItemRequest r) {
        return inspections.addItem(r);
    }

    @GetMapping("/objects")
    List<InspectionObject> objects() {
        return inspections.objects();
    }

    @PostMapping("/objects")
    InspectionObject addObject(@Valid @RequestBody ObjectRequest r) {
        return inspections.addObject(r);
    }

    @GetMapping("/plans")
    List<InspectionPlan> plans(@RequestParam(required = false) @Min(2000) @Max(2200) Integer year) {
        return inspections.plans(year);
    }

    @PostMapping("/plans")
    InspectionPlan plan(@Valid @RequestBody PlanRequest r) {
        return inspections.plan(r);
    }

    @GetMapping("/plans/{id}")
    InspectionPlan get(@PathVariable @Positive long id) {
        return inspections.plan(id);
    }

    @GetMapping("/plans/{id}/tasks")
    List<InspectionTask> tasks(@PathVariable @Positive long id) {
        return inspections.tasks(id);
    }

    @PostMapping("/plans/{id}/draw")
    @Operation(summary = "Draw objects and pairs of inspectors (the pools, seed and digests are recorded)")
    InspectionPlan draw(@PathVariable @Positive long id, @RequestParam(required = false) Integer version) {
        return inspections.draw(id, version);
    }

    @PostMapping("/plans/{id}/tasks/{taskId}")
    InspectionTask result(@PathVariable @Positive long id, @PathVariable @Positive long taskId,
            @Valid @RequestBody ResultRequest r) {
        return inspections.recordResult(id, taskId, r);
    }

    @PostMapping("/plans/{id}/publication")
    InspectionPlan publish(@PathVariable @Positive long id, @RequestParam(required = false) Integer version) {
        return inspections.publishResults(id, version);
    }
}
