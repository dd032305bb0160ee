package org.fazhi.suggestions.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.suggestions.AnswerRequest;
import org.fazhi.suggestions.AssignRequest;
import org.fazhi.suggestions.ExtensionRequest;
import org.fazhi.suggestions.FeedbackRequest;
import org.fazhi.suggestions.OpinionRequest;
import org.fazhi.suggestions.ProposerContact;
import org.fazhi.suggestions.RegisterRequest;
import org.fazhi.suggestions.RevealRequest;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.suggestions.SuggestionGuide;
import org.fazhi.suggestions.SuggestionOverview;
import org.fazhi.suggestions.SuggestionStatus;
import org.fazhi.suggestions.Suggestions;
import org.fazhi.suggestions.VersionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NPC suggestions and CPPCC proposals as JSON: registration, 交办, co-unit opinions, the longer limit, the
 * answer (its document uploaded before through {@code POST /api/v1/files}), the feedback form, publication,
 * the guide and the proposers' contact revealed with a reason. Another unit's record answers 404; a step the
 * procedure refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/suggestions")
@Validated
@Allowed.Staff
@Tag(name = "suggestions", description = "人大代表建议和政协提案办理 (suggestions)")
class SuggestionsApi {

    private final Suggestions suggestions;
    private final SuggestionGuide guide;

    SuggestionsApi(Suggestions suggestions, SuggestionGuide guide) {
        this.suggestions = suggestions;
        this.guide = guide;
    }

    @GetMapping
    @Operation(summary = "Suggestions and proposals coordinated, led or co-handled in the caller's scope, newest first")
    PageResult<Suggestion> list(@RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return suggestions.list(status, year, PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Register a suggestion or proposal (the coordinating unit's 法治办)")
    ResponseEntity<Suggestion> register(@Valid @RequestBody RegisterRequest r) {
        Suggestion s = suggestions.register(r);
        return ResponseEntity.created(URI.create("/api/v1/suggestions/" + s.id())).body(s);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One suggestion with its units, opinions, rounds, clock and guide (contact masked)")
    SuggestionOverview get(@PathVariable @Positive long id) {
        return suggestions.overview(id);
    }

    @GetMapping("/{id}/guide")
    @Operation(summary = "The next step, and for each step whether the caller may take it now or why not")
    Guide<SuggestionStatus> guide(@PathVariable @Positive long id) {
        return guide.of(id);
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "The proposers' contact in full, with the reason (audited)")
    ProposerContact reveal(@PathVariable @Positive long id, @Valid @RequestBody RevealRequest r) {
        return suggestions.reveal(id, r);
    }

    @PostMapping("/{id}/assignment")
    @Operation(summary = "交办 to the lead unit with co-units; the answer is due in 3 months (6 if difficult) (NP-01/NP-02)")
    Suggestion assign(@PathVariable @Positive long id, @Valid @RequestBody AssignRequest r) {
        return suggestions.assign(id, r);
    }

    @PostMapping("/{id}/opinions")
    @Operation(summary = "A co-unit's opinion to the lead unit (会办意见), once a round")
    Suggestion opinion(@PathVariable @Positive long id, @Valid @RequestBody OpinionRequest r) {
        return suggestions.opinion(id, r);
    }

    @PostMapping("/{id}/extension")
    @Operation(summary = "The longer limit of 6 months from 交办, recorded before the first ends (NP-01/NP-02)")
    Suggestion extend(@PathVariable @Positive long id, @Valid @RequestBody ExtensionRequest r) {
        return suggestions.extend(id, r);
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "The lead unit's answer with its category (A/B/C) and document; meets the clock")
    Suggestion answer(@PathVariable @Positive long id, @Valid @RequestBody AnswerRequest r) {
        return suggestions.answer(id, r);
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "The proposer's feedback form: satisfied closes it, dissatisfied sends it back for re-handling")
    Suggestion feedback(@PathVariable @Positive long id, @Valid @RequestBody FeedbackRequest r) {
        return suggestions.feedback(id, r);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the answer on the portal (公开答复)")
    Suggestion publish(@PathVariable @Positive long id, @Valid @RequestBody VersionRequest r) {
        return suggestions.publish(id, r);
    }
}
