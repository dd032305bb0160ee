package org.fazhi.decisions.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.decisions.Expert;
import org.fazhi.decisions.ExpertRequest;
import org.fazhi.decisions.ExpertStatusRequest;
import org.fazhi.decisions.Experts;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The expert register (专家库, MD-04): experts with their fields, employer and declared interests. */
@RestController
@RequestMapping("/api/v1/decisions/experts")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "decisions", description = "重大行政决策 (major administrative decisions)")
class ExpertsApi {

    private final Experts experts;

    ExpertsApi(Experts experts) {
        this.experts = experts;
    }

    @GetMapping
    @Operation(summary = "The experts of the registers the actor may use")
    List<Expert> list() {
        return experts.list();
    }

    @PostMapping
    @Operation(summary = "Add an expert to a register")
    @Allowed.Drafters
    ResponseEntity<Expert> add(@Valid @RequestBody ExpertRequest r) {
        Expert e = experts.add(r);
        return ResponseEntity.created(URI.create("/api/v1/decisions/experts/" + e.id())).body(e);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One expert")
    Expert get(@PathVariable @Positive long id) {
        return experts.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an expert's entry")
    @Allowed.Drafters
    Expert update(@PathVariable @Positive long id, @Valid @RequestBody ExpertRequest r) {
        return experts.update(id, r);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Take an expert off the register or back on")
    @Allowed.Drafters
    Expert status(@PathVariable @Positive long id, @Valid @RequestBody ExpertStatusRequest r) {
        return experts.setActive(id, r.active());
    }
}
