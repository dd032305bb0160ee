package org.fazhi.reconsideration.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fazhi.reconsideration.AcceptanceRequest;
import org.fazhi.reconsideration.AnswerRequest;
import org.fazhi.reconsideration.ApplicationWithdrawalRequest;
import org.fazhi.reconsideration.Applications;
import org.fazhi.reconsideration.ApprovalRequest;
import org.fazhi.reconsideration.AttachmentKind;
import org.fazhi.reconsideration.CaseAttachment;
import org.fazhi.reconsideration.CopyRequest;
import org.fazhi.reconsideration.CorrectionExtensionRequest;
import org.fazhi.reconsideration.CorrectionNoticeRequest;
import org.fazhi.reconsideration.CorrectionReceiptRequest;
import org.fazhi.reconsideration.DecisionOutcome;
import org.fazhi.reconsideration.DecisionRequest;
import org.fazhi.reconsideration.HearingKind;
import org.fazhi.reconsideration.HearingRecordRequest;
import org.fazhi.reconsideration.HearingScheduleRequest;
import org.fazhi.reconsideration.LetterKind;
import org.fazhi.reconsideration.LetterRequest;
import org.fazhi.reconsideration.MediationRequest;
import org.fazhi.reconsideration.NormdocConclusion;
import org.fazhi.reconsideration.NormdocReviewRequest;
import org.fazhi.reconsideration.NormdocReviews;
import org.fazhi.reconsideration.NormdocStepRequest;
import org.fazhi.reconsideration.OpinionLetters;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.ReconsiderationCases;
import org.fazhi.reconsideration.RefusalRequest;
import org.fazhi.reconsideration.ResumptionRequest;
import org.fazhi.reconsideration.SuspensionEndRequest;
import org.fazhi.reconsideration.SuspensionGround;
import org.fazhi.reconsideration.SuspensionRequest;
import org.fazhi.reconsideration.TerminationGround;
import org.fazhi.reconsideration.TerminationRequest;
import org.fazhi.reconsideration.ViewsRequest;
import org.fazhi.reconsideration.internal.ApplicationForm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps taken on the case page, one form each: 补正, acceptance, refusal, withdrawal, the copy, the
 * answer, hearings and how the parties were heard, extension and conversion, suspension and
 * resumption, the incidental review, mediation, decision, termination, letters and files. A step the
 * law refuses shows its reason beside the form that asked for it, with what the user typed.
 */
@Controller
@RequestMapping("/console/reconsideration/{id}")
@Allowed.Staff
class CaseStepPages {

    private final Applications applications;
    private final ReconsiderationCases cases;
    private final NormdocReviews normdocs;
    private final OpinionLetters letters;
    private final CaseViews views;
    private final Validator validator;
    private final MessageSource messages;

    CaseStepPages(Applications applications, ReconsiderationCases cases, NormdocReviews normdocs,
            OpinionLetters letters, CaseViews views, Validator validator, MessageSource messages) {
        this.applications = applications;
        this.cases = cases;
        this.normdocs = normdocs;
        this.letters = letters;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @PostMapping("/correction-notice")
    @Allowed.CaseHandlers
    String requestCorrection(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "correction-notice", p, m, r, "acceptance", f -> {
            var req = f.valid(new CorrectionNoticeRequest(f.text("items"), f.date("notifiedOn"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.correction-requested",
                    applications.requestCorrection(id, req).receiptNo());
        });
    }

    @PostMapping("/correction-receipt")
    @Allowed.CaseHandlers
    String receiveCorrection(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "correction-receipt", p, m, r, "acceptance", f -> {
            var req = f.valid(new CorrectionReceiptRequest(f.date("receivedOn"), f.text("note"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.correction-received",
                    applications.receiveCorrection(id, req).receiptNo());
        });
    }

    @PostMapping("/correction-extension")
    @Allowed.CaseHandlers
    String extendCorrection(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "correction-extension", p, m, r, "acceptance", f -> {
            var req = f.valid(new CorrectionExtensionRequest(f.text("reason"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.correction-extended",
                    applications.extendCorrection(id, req).receiptNo());
        });
    }

    @PostMapping("/acceptance")
    @Allowed.CaseHandlers
    String accept(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "acceptance", p, m, r, "acceptance", f -> {
            var req = f.valid(new AcceptanceRequest(f.date("acceptedOn"), f.choice("procedure", ProcedureKind.class),
                    ApplicationForm.checked(f, "partiesAgree"), f.integer("version")), validator);
            return () -> {
                var c = applications.accept(id, req);
                return views.text(c.acceptance().deemed() ? "reconsideration.flash.deemed-accepted"
                        : "reconsideration.flash.accepted", c.acceptance().acceptedOn());
            };
        });
    }

    @PostMapping("/refusal")
    @Allowed.CaseHandlers
    String refuse(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "refusal", p, m, r, "acceptance", f -> {
            var req = f.valid(new RefusalRequest(f.date("refusedOn"), f.text("reason"), f.text("competentBody"),
                    f.integer("version")), validator);
            return () -> flash("reconsideration.flash.refused", applications.refuse(id, req).receiptNo());
        });
    }

    @PostMapping("/withdrawal")
    @Allowed.CaseHandlers
    String withdraw(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "withdrawal", p, m, r, "acceptance", f -> {
            var req = f.valid(new ApplicationWithdrawalRequest(f.date("withdrawnOn"), f.text("reason"),
                    f.integer("version")), validator);
            return () -> flash("reconsideration.flash.withdrawn", applications.withdraw(id, req).receiptNo());
        });
    }

    @PostMapping("/copy")
    @Allowed.CaseHandlers
    String sendCopy(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "copy", p, m, r, "hearing", f -> {
            var req = f.valid(new CopyRequest(f.date("sentOn"), f.date("respondentReceivedOn"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.copy-sent", cases.sendCopy(id, req).answer().copySentOn());
        });
    }

    @PostMapping("/answer")
    String recordAnswer(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "answer", p, m, r, "hearing", f -> {
            var req = f.valid(new AnswerRequest(f.date("receivedOn"), f.text("summary"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.answered", cases.recordAnswer(id, req).answer().receivedOn());
        });
    }

    @PostMapping("/hearings")
    @Allowed.CaseHandlers
    String scheduleHearing(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "hearing-schedule", p, m, r, "hearing", f -> {
            var req = f.valid(new HearingScheduleRequest(f.date("hearingDate"), f.date("noticeSentOn"),
                    f.text("place"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.hearing-scheduled", cases.scheduleHearing(id, req).date());
        });
    }

    @PostMapping("/hearing-record")
    @Allowed.CaseHandlers
    String recordHearing(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "hearing-record", p, m, r, "hearing", f -> {
            Boolean head = f.raw("headAttended").isEmpty() ? null : "true".equals(f.raw("headAttended"));
            Boolean applicant = f.raw("applicantAttended").isEmpty() ? null : "true".equals(f.raw("applicantAttended"));
            var req = f.valid(new HearingRecordRequest(head, f.text("headName"), f.text("delegateName"),
                    f.text("delegateReason"), applicant, f.text("summary"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.hearing-held", cases.recordHearing(id, req).receiptNo());
        });
    }

    @PostMapping("/views")
    @Allowed.CaseHandlers
    String recordViews(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "views", p, m, r, "hearing", f -> {
            var req = f.valid(new ViewsRequest(f.choice("kind", HearingKind.class), f.date("on"), f.text("reason"),
                    f.text("summary"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.views", cases.recordViews(id, req).receiptNo());
        });
    }

    @PostMapping("/extension")
    @Allowed.CaseHandlers
    String extend(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "extension", p, m, r, "timing", f -> {
            var req = f.valid(new ApprovalRequest(f.date("approvedOn"), f.text("approver"), f.text("reason"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.extended", cases.extend(id, req).receiptNo());
        });
    }

    @PostMapping("/conversion")
    @Allowed.CaseHandlers
    String convert(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "conversion", p, m, r, "timing", f -> {
            var req = f.valid(new ApprovalRequest(f.date("approvedOn"), f.text("approver"), f.text("reason"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.converted", cases.convertToOrdinary(id, req).receiptNo());
        });
    }

    @PostMapping("/suspension")
    @Allowed.CaseHandlers
    String suspend(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "suspension", p, m, r, "timing", f -> {
            var req = f.valid(new SuspensionRequest(f.choice("ground", SuspensionGround.class), f.date("on"),
                    f.text("reason"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.suspended", cases.suspend(id, req).suspendedOn());
        });
    }

    @PostMapping("/resumption")
    @Allowed.CaseHandlers
    String resume(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "resumption", p, m, r, "timing", f -> {
            var req = f.valid(new ResumptionRequest(f.date("on"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.resumed", cases.resume(id, req).receiptNo());
        });
    }

    @PostMapping("/suspension-end")
    @Allowed.CaseHandlers
    String terminateAfterSuspension(@PathVariable long id, @RequestParam Map<String, String> p, Model m,
            RedirectAttributes r) {
        return step(id, "suspension-end", p, m, r, "timing", f -> {
            var req = f.valid(new SuspensionEndRequest(f.date("on"), f.text("reason"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.terminated", cases.terminateAfterSuspension(id, req).receiptNo());
        });
    }

    @PostMapping("/normdoc-review")
    @Allowed.CaseHandlers
    String openNormdoc(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "normdoc-open", p, m, r, "normdoc", f -> {
            Boolean competent = f.raw("competent").isEmpty() ? null : "true".equals(f.raw("competent"));
            var req = f.valid(new NormdocReviewRequest(f.text("documentTitle"), f.text("issuingOrgan"),
                    f.id("normdocId"), competent, f.date("on"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.normdoc-opened", normdocs.open(id, req).documentTitle());
        });
    }

    @PostMapping("/normdoc-review/{action}")
    @Allowed.CaseHandlers
    String normdocStep(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> p,
            Model m, RedirectAttributes r) {
        return step(id, "normdoc-" + action, p, m, r, "normdoc", f -> {
            var req = f.valid(new NormdocStepRequest(f.date("on"), f.text("forwardedTo"),
                    f.choice("conclusion", NormdocConclusion.class), f.text("note"), f.integer("version")), validator);
            return () -> {
                switch (action) {
                    case "notice" -> normdocs.notifyIssuer(id, req);
                    case "answer" -> normdocs.recordIssuerAnswer(id, req);
                    case "forwarding" -> normdocs.forward(id, req);
                    case "conclusion" -> normdocs.conclude(id, req);
                    default -> throw new org.fazhi.shared.NotFoundException("normdoc-step", action);
                }
                return views.text("reconsideration.flash.normdoc-step");
            };
        });
    }

    @PostMapping("/mediation")
    @Allowed.CaseHandlers
    String mediate(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "mediation", p, m, r, "conclusion", f -> {
            var req = f.valid(new MediationRequest(f.text("docNo"), f.date("signedOn"), f.text("summary"),
                    f.integer("version")), validator);
            return () -> flash("reconsideration.flash.mediated", cases.mediate(id, req).receiptNo());
        });
    }

    @PostMapping("/decision")
    @Allowed.CaseHandlers
    String decide(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "decision", p, m, r, "conclusion", f -> {
            var req = f.valid(new DecisionRequest(f.choice("outcome", DecisionOutcome.class), f.text("decisionNo"),
                    f.date("decidedOn"), f.text("summary"), f.integer("version")), validator);
            return () -> flash("reconsideration.flash.decided", cases.decide(id, req).decision().decisionNo());
        });
    }

    @PostMapping("/termination")
    @Allowed.CaseHandlers
    String terminate(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "termination", p, m, r, "conclusion", f -> {
            var req = f.valid(new TerminationRequest(f.choice("ground", TerminationGround.class), f.date("on"),
                    f.text("reason"), f.text("settlementNo"), f.text("settlementSummary"), f.integer("version")),
                    validator);
            return () -> flash("reconsideration.flash.terminated", cases.terminate(id, req).receiptNo());
        });
    }

    @PostMapping("/letters")
    @Allowed.CaseHandlers
    String issueLetter(@PathVariable long id, @RequestParam Map<String, String> p, Model m, RedirectAttributes r) {
        return step(id, "letter", p, m, r, "letters", f -> {
            var req = f.valid(new LetterRequest(f.choice("kind", LetterKind.class), f.id("recipientUnitId"),
                    f.text("letterNo"), f.date("issuedOn"), f.date("servedOn"), f.text("content")), validator);
            return () -> flash("reconsideration.flash.letter-issued", letters.issue(id, req).letterNo());
        });
    }

    @PostMapping("/attachments")
    @Allowed.CaseHandlers
    String attach(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(value = "file", required = false) MultipartFile file, Model m, RedirectAttributes r) {
        FormInput form = FormInput.of("attachment", Map.of("kind", kind == null ? "" : kind), messages);
        AttachmentKind k = form.choice("kind", AttachmentKind.class);
        if (k == null && form.ok()) {
            form.field("kind", views.text("reconsideration.form.choose"));
        }
        if (file == null || file.isEmpty()) {
            form.field("file", views.text("reconsideration.form.file-required"));
        }
        return FormAction.act(form, r, "/console/reconsideration/" + id + "#files", () -> {
            try (InputStream in = file.getInputStream()) {
                CaseAttachment a = cases.attach(id, k, in, file.getOriginalFilename(), file.getContentType());
                return views.text("reconsideration.flash.attached", a.fileName());
            } catch (IOException e) {
                throw new InvalidInputException("unreadable", "problem.unreadable");
            }
        }, () -> views.detail(id, m, form));
    }

    private String flash(String key, Object arg) {
        return views.text(key, arg);
    }

    private String step(long id, String name, Map<String, String> params, Model model, RedirectAttributes redirect,
            String section, Function<FormInput, Supplier<String>> build) {
        FormInput form = FormInput.of(name, params, messages);
        Supplier<String> action = build.apply(form);
        return FormAction.act(form, redirect, "/console/reconsideration/" + id + "#" + section, action,
                () -> views.detail(id, model, form));
    }
}
