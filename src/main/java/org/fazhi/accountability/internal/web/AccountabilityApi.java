package org.fazhi.accountability.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.fazhi.accountability.Accountabilities;
import org.fazhi.accountability.AccountabilityCase;
import org.fazhi.accountability.AccountabilityRequest;
import org.fazhi.accountability.ClearanceRequest;
import org.fazhi.accountability.DecisionRequest;
import org.fazhi.accountability.ExtensionRequest;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.web.Allowed;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accountability as JSON: the records of the caller's units, one with its guide and AC-01 clock, and
 * every step. A record outside the caller's scope answers 404; a step the procedure refuses answers 409.
 */
@RestController
@RequestMapping("/api/v1/accountability")
@Validated
@Allowed.Overseers
@Tag(name = "accountability", description = "责任追究: records linked to the case, ticket or deadline that caused them")
class AccountabilityApi {

    private final Accountabilities accountability;
    private final MessageSource messages;

    AccountabilityApi(Accountabilities accountability, MessageSource messages) {
        this.accountability = accountability;
        this.messages = messages;
    }

    @GetMapping("/cases")
    @Operation(summary = "Accountability records of the caller's units, newest first")
    List<AccountabilityCase> list() {
        return accountability.list();
    }

    @GetMapping("/source-types")
    @Operation(summary = "The kinds of record accountability can be opened for")
    Set<String> sourceTypes() {
        return accountability.sourceTypes();
    }

    @PostMapping("/cases")
    @Operation(summary = "A record opened for the fault found in a source record; AC-01 starts on the 督办台")
    ResponseEntity<AccountabilityCase> open(@Valid @RequestBody AccountabilityRequest r) {
        AccountabilityCase c = accountability.open(r);
        return ResponseEntity.created(URI.create("/api/v1/accountability/cases/" + c.id())).body(c);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One record (404 outside the caller's scope)")
    AccountabilityCase get(@PathVariable @Positive long id) {
        return accountability.get(id);
    }

    @GetMapping("/cases/{id}/guide")
    @Operation(summary = "The next step, and for each step whether the caller may take it now or why not")
    GuideView guide(@PathVariable @Positive long id) {
        return GuideView.of(accountability.guide(id), messages);
    }

    @GetMapping("/cases/{id}/clock")
    @Operation(summary = "The AC-01 clock as the 督办台 has it")
    TrackedDeadline clock(@PathVariable @Positive long id) {
        return accountability.clock(id);
    }

    @PostMapping("/cases/{id}/extension")
    @Operation(summary = "AC-01 extended once, with the reason and its approval")
    AccountabilityCase extend(@PathVariable @Positive long id, @Valid @RequestBody ExtensionRequest r) {
        return accountability.extend(id, r);
    }

    @PostMapping("/cases/{id}/decision")
    @Operation(summary = "The decision with the measures taken (问责方式 and 处分)")
    AccountabilityCase decide(@PathVariable @Positive long id, @Valid @RequestBody DecisionRequest r) {
        return accountability.decide(id, r);
    }

    @PostMapping("/cases/{id}/clearance")
    @Operation(summary = "Nothing pursued (不予追究), with the reason")
    AccountabilityCase clear(@PathVariable @Positive long id, @Valid @RequestBody ClearanceRequest r) {
        return accountability.clear(id, r);
    }
}
