package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.normdocs.Consultations;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
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
 * Public consultation of a document as staff work it: opening a window of at least the catalog's
 * period on the official calendar, closing it (refused before the earliest date), comments (contacts
 * masked; staff may enter comments received otherwise), each comment's disposition, and the
 * adoption summary (采纳情况说明).
 */
@RestController
@RequestMapping("/api/v1/normdocs")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "normdocs", description = "行政规范性文件 (normative documents)")
class ConsultationsApi {

    /** Opening a consultation today, to close on {@code closesOn}. */
    record OpenRequest(@NotNull LocalDate closesOn) {
    }

    /** The earliest closing date of a consultation opened today. */
    record EarliestClose(LocalDate openedOn, LocalDate earliestClose) {
    }

    private final Consultations consultations;
    private final DocumentViews views;

    ConsultationsApi(Consultations consultations, DocumentViews views) {
        this.consultations = consultations;
        this.views = views;
    }

    @GetMapping("/documents/{id}/consultations")
    @Operation(summary = "The consultations of a document, oldest first")
    List<PublicConsultation> list(@PathVariable @Positive long id) {
        return consultations.ofDocument(id);
    }

    @GetMapping("/consultations/earliest-close")
    @Operation(summary = "The earliest closing date of a consultation opened today (SD-01 on the official calendar)")
    EarliestClose earliestClose() {
        return new EarliestClose(views.today(), consultations.earliestClose(views.today()));
    }

    @PostMapping("/documents/{id}/consultations")
    @Operation(summary = "Open public consultation on the current version (refused when shorter than the catalog's period)")
    ResponseEntity<PublicConsultation> open(@PathVariable @Positive long id, @Valid @RequestBody OpenRequest r) {
        PublicConsultation c = consultations.open(id, r.closesOn());
        return ResponseEntity.created(URI.create("/api/v1/normdocs/documents/" + id + "/consultations")).body(c);
    }

    @PostMapping("/documents/{id}/consultations/closure")
    @Operation(summary = "Close the open consultation (refused before its earliest closing date)")
    PublicConsultation close(@PathVariable @Positive long id) {
        return consultations.close(id);
    }

    @GetMapping("/documents/{id}/comments")
    @Operation(summary = "The comments on a document with their dispositions; contacts masked")
    List<PublicComment> comments(@PathVariable @Positive long id) {
        return consultations.comments(id).stream().map(Masking::masked).toList();
    }

    @PostMapping("/documents/{id}/comments")
    @Operation(summary = "Enter a comment received by letter, phone or meeting (while the consultation is open)")
    ResponseEntity<PublicComment> enter(@PathVariable @Positive long id, @Valid @RequestBody CommentRequest form) {
        PublicComment c = Masking.masked(consultations.enterComment(id, form));
        return ResponseEntity.created(URI.create("/api/v1/normdocs/comments/" + c.id())).body(c);
    }

    @PostMapping("/comments/{commentId}/disposition")
    @Operation(summary = "Answer a comment: 采纳 / 部分采纳 / 不采纳 (the last two with a reason)")
    PublicComment dispose(@PathVariable @Positive long commentId, @Valid @RequestBody DispositionRequest r) {
        return Masking.masked(consultations.dispose(commentId, r));
    }

    @GetMapping("/comments/{commentId}/contact")
    @Operation(summary = "A commenter's full contact, for the drafting office (PI-02: only with a stated reason; each reveal is audited with it)")
    PublicComment contact(@PathVariable @Positive long commentId, @RequestParam String reason) {
        return consultations.withContact(commentId, reason);
    }

    @GetMapping("/documents/{id}/adoption-summary")
    @Operation(summary = "The adoption summary (采纳情况说明) of every comment on the document; contacts masked")
    AdoptionSummary summary(@PathVariable @Positive long id) {
        AdoptionSummary s = consultations.summary(id);
        return s.withComments(s.comments().stream().map(Masking::masked).toList());
    }
}
