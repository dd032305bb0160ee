package org.fazhi.participation.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.ConsultationOverview;
import org.fazhi.participation.ConsultationStatus;
import org.fazhi.participation.Contacts;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.ModerationRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
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
 * Consultations as staff work them, whatever module opened them: the list of the actor's units, one
 * consultation with its text, articles, comments (contacts masked), adoption summary and the guide of
 * the staff steps; entering a comment received otherwise, answering (采纳 / 部分采纳 / 不采纳 with a
 * reason), withholding from publication, and a commenter's contact (audited). The owning module's
 * procedure decides each step (404 outside its scope, 409 with the legal reason).
 */
@RestController
@RequestMapping("/api/v1/participation")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "participation", description = "公众参与 (public participation)")
class ParticipationApi {

    private final PublicConsultations consultations;

    ParticipationApi(PublicConsultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/consultations")
    @Operation(summary = "The consultations of the actor's units, newest first")
    PageResult<PublicConsultation> list(@RequestParam(required = false) ConsultationStatus status,
            @RequestParam(required = false) ConsultationKind kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return consultations.list(status, kind, new PageQuery(page, size));
    }

    @GetMapping("/consultations/{id}")
    @Operation(summary = "One consultation: text with articles, comments (contacts masked), adoption summary, guide")
    ConsultationOverview get(@PathVariable @Positive long id) {
        return consultations.overview(id);
    }

    @GetMapping("/consultations/{id}/comments")
    @Operation(summary = "The comments of a consultation with their dispositions; contacts masked")
    List<PublicComment> comments(@PathVariable @Positive long id) {
        return consultations.comments(id);
    }

    @PostMapping("/consultations/{id}/comments")
    @Operation(summary = "Enter a comment received by letter, phone or meeting (while the window is open)")
    @Allowed.Drafters
    ResponseEntity<PublicComment> enter(@PathVariable @Positive long id, @Valid @RequestBody CommentRequest form) {
        PublicComment c = consultations.enterComment(id, form);
        return ResponseEntity.created(URI.create("/api/v1/participation/comments/" + c.id()))
                .body(c.withContact(Contacts.mask(c.contact())));
    }

    @PostMapping("/comments/{commentId}/disposition")
    @Operation(summary = "Answer a comment: 采纳 / 部分采纳 / 不采纳 (the last two with a reason)")
    @Allowed.Drafters
    PublicComment dispose(@PathVariable @Positive long commentId, @Valid @RequestBody DispositionRequest r) {
        PublicComment c = consultations.dispose(commentId, r);
        return c.withContact(Contacts.mask(c.contact()));
    }

    @PostMapping("/comments/{commentId}/moderation")
    @Operation(summary = "Withhold a comment from the published dispositions (with the reason), or publish it again")
    @Allowed.Drafters
    PublicComment moderate(@PathVariable @Positive long commentId, @Valid @RequestBody ModerationRequest r) {
        PublicComment c = consultations.moderate(commentId, r);
        return c.withContact(Contacts.mask(c.contact()));
    }

    @GetMapping("/comments/{commentId}/contact")
    @Operation(summary = "A commenter's full contact, for the office that carries the draft (PI-02: only with a stated reason; each reveal is audited with it)")
    @Allowed.Drafters
    PublicComment contact(@PathVariable @Positive long commentId, @RequestParam String reason) {
        return consultations.withContact(commentId, reason);
    }
}
