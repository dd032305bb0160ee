package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;

import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.normdocs.Attachments;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DocumentAttachment;
import org.fazhi.normdocs.CorrectionRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.FilingReviewRequest;
import org.fazhi.normdocs.FilingReviewResult;
import org.fazhi.normdocs.Filings;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.Supersession;
import org.fazhi.normdocs.SupersessionRequest;
import org.fazhi.normdocs.Supersessions;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps taken on the document page: consultation (open, close, comments entered by staff,
 * dispositions, a commenter's contact), legality review, deliberation, registration, publication,
 * withdrawal, attachments, filing, post-evaluation and repeal. A step the law refuses shows its
 * reason beside the form that asked for it, with what the user typed.
 */
@Controller
@RequestMapping("/console/normdocs/{id}")
@Allowed.ProcedureReaders
class DocumentStepPages {

    private final NormativeDocuments documents;
    private final Consultations consultations;
    private final Filings filings;
    private final Cleanups cleanups;
    private final Attachments attachments;
    private final FileStore files;
    private final DocumentViews views;
    private final Validator validator;
    private final MessageSource messages;
    private final Supersessions supersessions;

    DocumentStepPages(Supersessions supersessions, NormativeDocuments documents, Consultations consultations, Filings filings, Cleanups cleanups,
            Attachments attachments, FileStore files, DocumentViews views, Validator validator,
            MessageSource messages) {
        this.documents = documents;
        this.consultations = consultations;
        this.filings = filings;
        this.cleanups = cleanups;
        this.attachments = attachments;
        this.files = files;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
        this.supersessions = supersessions;
    }

    @PostMapping("/consultation")
    @Allowed.Drafters
    String openConsultation(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("consultation", params, messages);
        var closesOn = form.date("closesOn");
        if (closesOn == null && form.ok()) {
            form.field("closesOn", views.text("normdocs.form.date-required"));
        }
        return act(id, form, model, redirect, "consultation", () -> {
            var c = consultations.open(id, closesOn);
            return views.text("normdocs.flash.consultation-opened", c.closesOn());
        });
    }

    @PostMapping("/consultation/closure")
    @Allowed.Drafters
    String closeConsultation(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("closure", Map.of(), messages);
        return act(id, form, model, redirect, "consultation", () -> {
            consultations.close(id);
            return views.text("normdocs.flash.consultation-closed");
        });
    }

    @PostMapping("/comments")
    @Allowed.Drafters
    String enterComment(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("comment", params, messages);
        CommentRequest c = form.valid(new CommentRequest(form.text("name"), form.text("contact"), form.text("organisation"),
                form.text("content")), validator);
        return act(id, form, model, redirect, "consultation", () -> {
            PublicComment pc = consultations.enterComment(id, c);
            return views.text("normdocs.flash.comment-entered", pc.receiptNo());
        });
    }

    @PostMapping("/comments/{commentId}/disposition")
    @Allowed.Drafters
    String dispose(@PathVariable long id, @PathVariable long commentId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("dispose-" + commentId, params, messages);
        Disposition disposition = form.choice("disposition", Disposition.class);
        if (disposition == null && form.ok()) {
            form.field("disposition", views.text("normdocs.form.choose"));
        }
        DispositionRequest r = form.valid(new DispositionRequest(disposition, form.text("reason")), validator);
        return act(id, form, model, redirect, "consultation", () -> {
            requireCommentOf(id, commentId);
            consultations.dispose(commentId, r);
            return views.text("normdocs.flash.disposed");
        });
    }

    /** The comment with its contact masked, and the form asking why the full contact is needed (PI-02). */
    @GetMapping("/comments/{commentId}/contact")
    @Allowed.Drafters
    String contact(@PathVariable long id, @PathVariable long commentId, Model model) {
        requireCommentOf(id, commentId);
        model.addAttribute("d", documents.get(id));
        model.addAttribute("comment", consultations.masked(commentId));
        model.addAttribute("revealed", false);
        FormInput.empty(messages).addTo(model);
        return "normdocs/contact";
    }

    /** The full contact, for the reason stated (audited with it). */
    @PostMapping("/comments/{commentId}/contact")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @PathVariable long commentId, @RequestParam Map<String, String> params,
            Model model) {
        requireCommentOf(id, commentId);
        FormInput form = FormInput.of("reveal", params, messages).labels(Map.of("reason", "normdocs.reveal.reason"));
        model.addAttribute("d", documents.get(id));
        try {
            model.addAttribute("comment", consultations.withContact(commentId, form.text("reason")));
            model.addAttribute("revealed", true);
        } catch (InvalidInputException e) {
            form.error(e);
            model.addAttribute("comment", consultations.masked(commentId));
            model.addAttribute("revealed", false);
        }
        form.addTo(model);
        return "normdocs/contact";
    }

    @GetMapping("/comments/export")
    ResponseEntity<byte[]> exportComments(@PathVariable long id) {
        var d = documents.get(id);
        var versionNos = new java.util.HashMap<Long, Integer>();
        documents.versions(id).forEach(v -> versionNos.put(v.id(), v.versionNo()));
        java.util.List<String> headers = views.labels(java.util.List.of("normdocs.comment.receipt",
                "normdocs.comments.col.version", "normdocs.comments.col.source", "normdocs.comment.name",
                "normdocs.comment.organisation", "normdocs.comment.contact", "normdocs.comment.content",
                "normdocs.comment.disposition", "normdocs.comments.col.reason"));
        java.util.List<java.util.List<?>> rows = consultations.comments(id).stream().map(Masking::masked)
                .<java.util.List<?>>map(c -> java.util.Arrays.asList(c.receiptNo(), versionNos.get(c.versionId()),
                        views.text("normdocs.comment.source." + c.source()), c.commenterName(), c.organisation(),
                        c.contact(), c.content(),
                        c.disposition() == null ? "" : views.text("normdocs.disposition." + c.disposition()),
                        c.dispositionReason()))
                .toList();
        return SpreadsheetDownload.of(views.text("normdocs.comments.file", d.title()), views.text("normdocs.section.consultation"),
                headers, rows);
    }

    @PostMapping("/review-submission")
    @Allowed.Drafters
    String submitForReview(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("review", Map.of(), messages);
        return act(id, form, model, redirect, "review", () -> {
            var r = documents.submitForReview(id);
            return views.text("normdocs.flash.submitted", r.dueOn());
        });
    }

    @PostMapping("/deliberation")
    @Allowed.Drafters
    String deliberate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("deliberation", params, messages);
        DeliberationRequest r = form.valid(new DeliberationRequest(form.text("meeting"), form.date("date"),
                form.choice("decision", DeliberationRequest.Decision.class), form.text("notes")), validator);
        return act(id, form, model, redirect, "deliberation", () -> {
            documents.deliberate(id, r);
            return views.text("normdocs.flash.deliberated");
        });
    }

    @PostMapping("/registration")
    @Allowed.Reviewers
    String register(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("registration", params, messages);
        String number = form.text("documentNumber");
        if (number == null) {
            form.field("documentNumber", views.text("normdocs.document-number.format"));
        } else if (number.length() > 60) {
            form.field("documentNumber", views.text("normdocs.form.too-long", "60"));
        }
        return act(id, form, model, redirect, "registration", () -> {
            var d = documents.register(id, number);
            return views.text("normdocs.flash.registered", d.registrationNumber(), d.documentNumber());
        });
    }

    @PostMapping("/publication")
    @Allowed.Drafters
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("publication", params, messages);
        PublicationRequest p = form.valid(new PublicationRequest(form.date("publicationDate"), form.date("effectiveDate"),
                form.integer("validityYears"), form.text("filedTo")), validator);
        return act(id, form, model, redirect, "publication", () -> {
            var d = documents.publish(id, p);
            return views.text("normdocs.flash.published", d.expiryDate());
        });
    }

    @PostMapping("/withdrawal")
    @Allowed.Drafters
    String withdraw(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("withdraw", params, messages);
        return act(id, form, model, redirect, "", () -> {
            documents.withdraw(id, form.text("reason"));
            return views.text("normdocs.flash.withdrawn");
        });
    }

    @PostMapping("/filing")
    @Allowed.Drafters
    String file(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("filing", params, messages);
        FilingRequest r = form.valid(new FilingRequest(form.text("filedTo"), form.date("filedOn"), form.text("receiptNo"),
                "true".equals(form.raw("acceptIncomplete")), form.text("incompleteReason")), validator);
        return act(id, form, model, redirect, "filing", () -> {
            var f = filings.file(id, r);
            return views.text(f.onTime() ? "normdocs.flash.filed" : "normdocs.flash.filed-late", f.filedOn(), f.dueOn());
        });
    }

    @PostMapping("/filing/review")
    @Allowed.Drafters
    String recordFilingReview(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("filing-review", params, messages);
        FilingReviewRequest r = form.valid(new FilingReviewRequest(form.choice("result", FilingReviewResult.class),
                form.date("receivedOn"), form.text("opinion")), validator);
        return act(id, form, model, redirect, "filing", () -> {
            var f = filings.recordReview(id, r);
            return f.correctionPending()
                    ? views.text("normdocs.flash.correction-requested", f.correctionDueOn())
                    : views.text("normdocs.flash.filing-review-passed");
        });
    }

    @PostMapping("/filing/correction")
    @Allowed.Drafters
    String recordCorrection(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("correction", params, messages);
        CorrectionRequest r = form.valid(new CorrectionRequest(form.date("correctedOn"), form.text("note")), validator);
        return act(id, form, model, redirect, "filing", () -> {
            filings.recordCorrection(id, r);
            return views.text("normdocs.flash.corrected");
        });
    }

    @PostMapping("/evaluations")
    @Allowed.Drafters
    String evaluate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("evaluation", params, messages);
        Cleanups.EvaluationRequest r = form.valid(new Cleanups.EvaluationRequest(form.date("evaluatedOn"),
                form.text("evaluator"), form.text("conclusion"), form.choice("recommendation", CleanupVerdict.class),
                null), validator);
        return act(id, form, model, redirect, "evaluations", () -> {
            cleanups.evaluate(id, r);
            return views.text("normdocs.flash.evaluated");
        });
    }

    @PostMapping("/repeal")
    @Allowed.Drafters
    String repeal(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("repeal", params, messages);
        return act(id, form, model, redirect, "validity", () -> {
            cleanups.repeal(id, form.text("reason"));
            return views.text("normdocs.flash.repealed");
        });
    }

    @PostMapping("/attachments")
    @Allowed.Drafters
    String attach(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        FormInput form = FormInput.of("attachment", Map.of("kind", kind == null ? "" : kind), messages);
        DocumentAttachment.Kind k = form.choice("kind", DocumentAttachment.Kind.class);
        if (k == null && form.ok()) {
            form.field("kind", views.text("normdocs.attachment.kind-required"));
        }
        if (file == null || file.isEmpty()) {
            form.field("file", views.text("normdocs.form.file-required"));
        }
        return act(id, form, model, redirect, "attachments", () -> {
            try (InputStream in = file.getInputStream()) {
                DocumentAttachment a = attachments.attach(id, k, in, file.getOriginalFilename(), file.getContentType());
                return views.text("normdocs.flash.attached", a.fileName());
            } catch (IOException e) {
                throw new InvalidInputException("unreadable", "problem.unreadable");
            }
        });
    }

    @PostMapping("/attachments/{attachmentId}/removal")
    @Allowed.Drafters
    String detach(@PathVariable long id, @PathVariable long attachmentId, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("attachment", Map.of(), messages);
        return act(id, form, model, redirect, "attachments", () -> {
            attachments.remove(id, attachmentId);
            return views.text("normdocs.flash.detached");
        });
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        DocumentAttachment a = attachments.of(id).stream().filter(x -> x.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("document-attachment", attachmentId));
        StoredFile f = files.get(a.fileId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(files.content(a.fileId()));
    }

    private void requireCommentOf(long id, long commentId) {
        if (consultations.comments(id).stream().noneMatch(c -> c.id() == commentId)) {
            throw new NotFoundException("public-comment", commentId);
        }
    }

    @PostMapping("/public-copy/clearance")
    @Allowed.Drafters
    String clearPublicCopy(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("publication", Map.of(), messages);
        return act(id, form, model, redirect, "publication", () -> {
            documents.clearPublicCopy(id);
            return views.text("normdocs.flash.public-copy-cleared");
        });
    }

    @PostMapping("/supersessions")
    @Allowed.Drafters
    String nameSuperseded(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("supersession", params, messages);
        SupersessionRequest r = form.valid(new SupersessionRequest(form.id("documentId"),
                form.choice("kind", Supersession.Kind.class)), validator);
        return act(id, form, model, redirect, "supersessions", () -> {
            Supersession s = supersessions.name(id, r);
            return views.text("normdocs.flash.supersession-named", s.oldTitle());
        });
    }

    @PostMapping("/supersessions/{oldId}/removal")
    @Allowed.Drafters
    String unnameSuperseded(@PathVariable long id, @PathVariable long oldId, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("supersession", Map.of(), messages);
        return act(id, form, model, redirect, "supersessions", () -> {
            supersessions.unname(id, oldId);
            return views.text("normdocs.flash.supersession-removed");
        });
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, String section,
            Supplier<String> action) {
        return FormAction.act(form, redirect, "/console/normdocs/" + id + (section.isEmpty() ? "" : "#" + section),
                action, () -> views.detail(id, model, form));
    }
}
