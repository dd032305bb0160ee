package org.fazhi.enforcement.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.enforcement.AccountabilityMeasure;
import org.fazhi.enforcement.ActKind;
import org.fazhi.enforcement.ActRequest;
import org.fazhi.enforcement.CaseEvidence;
import org.fazhi.enforcement.CaseFileEvaluations;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.CriminalTransfers;
import org.fazhi.enforcement.DecisionChangeRequest;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.DecisionRequest;
import org.fazhi.enforcement.DiscussionRequest;
import org.fazhi.enforcement.EnforcementCases;
import org.fazhi.enforcement.EnforcementFaults;
import org.fazhi.enforcement.EvaluationRequest;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceRequest;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.ExtensionRequest;
import org.fazhi.enforcement.FaultKind;
import org.fazhi.enforcement.FaultRequest;
import org.fazhi.enforcement.FilingRequest;
import org.fazhi.enforcement.GuidingCaseRequest;
import org.fazhi.enforcement.GuidingCases;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.HearingRequest;
import org.fazhi.enforcement.MajorActFilings;
import org.fazhi.enforcement.NoticeRequest;
import org.fazhi.enforcement.PartyRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ProposalRequest;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.TeamRequest;
import org.fazhi.enforcement.TransferOutcome;
import org.fazhi.enforcement.TransferRequest;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps taken on the case page, each from its form: team, acts, evidence, proposal, notice, the
 * party's rights and the hearing, legal review, collective discussion, decision, service, execution,
 * closing, termination, archive, the deadline's extension, publication, a change of the decision and
 * the withdrawal of its publication, and the records linked to the case. A step the law refuses shows
 * its reason beside the form that asked for it, with what the user typed.
 */
@Controller
@RequestMapping("/console/enforcement/cases/{id}")
@Allowed.Staff
class CaseStepPages {

    private final EnforcementCases cases;
    private final CaseEvidence evidence;
    private final DecisionPublications publications;
    private final CriminalTransfers transfers;
    private final MajorActFilings filings;
    private final GuidingCases guiding;
    private final EnforcementFaults faults;
    private final CaseFileEvaluations evaluations;
    private final CaseViews views;
    private final CasePages pages;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    CaseStepPages(EnforcementCases cases, CaseEvidence evidence, DecisionPublications publications,
            CriminalTransfers transfers, MajorActFilings filings, GuidingCases guiding, EnforcementFaults faults,
            CaseFileEvaluations evaluations, CaseViews views, CasePages pages, Validator validator,
            MessageSource messages, Clock clock) {
        this.cases = cases;
        this.evidence = evidence;
        this.publications = publications;
        this.transfers = transfers;
        this.filings = filings;
        this.guiding = guiding;
        this.faults = faults;
        this.evaluations = evaluations;
        this.views = views;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/team")
    @Allowed.EnforcementOfficers
    String team(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("team", params.toSingleValueMap(), messages);
        TeamRequest r = form.valid(new TeamRequest(pages.ids(form, params, "officerIds"),
                pages.ids(form, params, "auxiliaryIds"), form.integer("version")), validator);
        return act(id, form, model, redirect, "team", () -> {
            cases.assignTeam(id, r);
            return views.text("enforcement.flash.team");
        });
    }

    @PostMapping("/acts")
    @Allowed.EnforcementOfficers
    String act(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("act", params, messages);
        ActRequest r = form.valid(new ActRequest(form.choice("kind", ActKind.class), form.date("on"),
                form.text("place"), form.text("summary"), form.integer("version")), validator);
        return act(id, form, model, redirect, "acts", () -> {
            cases.recordAct(id, r);
            return views.text("enforcement.flash.act");
        });
    }

    @PostMapping("/evidence")
    @Allowed.EnforcementOfficers
    String addEvidence(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("evidence", params, messages);
        EvidenceRequest r = evidenceRequest(form);
        requireFile(form, file);
        return act(id, form, model, redirect, "evidence", () -> {
            try (InputStream in = file.getInputStream()) {
                EvidenceItem e = evidence.add(id, in, file.getOriginalFilename(), file.getContentType(), r);
                return views.text("enforcement.flash.evidence", e.sha256());
            } catch (IOException e) {
                throw InvalidInputException.field("file", "enforcement.evidence.unreadable");
            }
        });
    }

    @PostMapping("/evidence/{evidenceId}/supersede")
    @Allowed.EnforcementOfficers
    String supersede(@PathVariable long id, @PathVariable long evidenceId, @RequestParam Map<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("supersede-" + evidenceId, params, messages);
        EvidenceRequest r = evidenceRequest(form);
        requireFile(form, file);
        return act(id, form, model, redirect, "evidence", () -> {
            try (InputStream in = file.getInputStream()) {
                evidence.supersede(id, evidenceId, in, file.getOriginalFilename(), file.getContentType(), r);
                return views.text("enforcement.flash.superseded");
            } catch (IOException e) {
                throw InvalidInputException.field("file", "enforcement.evidence.unreadable");
            }
        });
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long evidenceId) {
        EvidenceItem e = evidence.get(id, evidenceId);
        Resource content = evidence.content(id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.title() + "-" + e.id(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    private EvidenceRequest evidenceRequest(FormInput form) {
        LocalDate captured = form.date("capturedOn");
        return form.valid(new EvidenceRequest(form.text("title"), form.choice("kind", EvidenceKind.class),
                form.choice("stage", EvidenceStage.class),
                captured == null ? null : capturedAt(captured),
                form.text("capturedPlace"), form.id("actId"), form.text("reason")), validator);
    }

    /** A day given on the form as noon of that day, or now when noon of today is still to come. */
    private Instant capturedAt(LocalDate day) {
        Instant noon = day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        Instant now = clock.instant();
        return noon.isAfter(now) && !day.isAfter(LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"))) ? now : noon;
    }

    private void requireFile(FormInput form, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            form.field("file", views.text("enforcement.evidence.file-required"));
        }
    }

    @PostMapping("/proposal")
    @Allowed.EnforcementOfficers
    String propose(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("proposal", params, messages);
        BigDecimal amount = pages.amount(form, "amount");
        ProposalRequest r = form.valid(new ProposalRequest(form.text("violationCode"),
                form.choice("circumstance", Circumstance.class), "on".equals(form.raw("firstOffence")),
                form.choice("harm", Harm.class), "on".equals(form.raw("corrected")),
                form.choice("outcome", DecisionOutcome.class), form.choice("penaltyType", PenaltyType.class), amount,
                form.text("deviationReason"), form.id("answersReviewId"), form.text("reviewResponse"),
                form.integer("version")), validator);
        return act(id, form, model, redirect, "proposal", () -> {
            cases.proposeOrRevise(id, r);
            return views.text("enforcement.flash.proposal");
        });
    }

    @PostMapping("/notice")
    @Allowed.EnforcementOfficers
    String notice(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("notice", params, messages);
        NoticeRequest r = form.valid(new NoticeRequest(form.date("on"), form.text("summary"), form.integer("version")),
                validator);
        return act(id, form, model, redirect, "rights", () -> {
            cases.notice(id, r);
            return views.text("enforcement.flash.notice");
        });
    }

    @PostMapping("/waiver")
    @Allowed.EnforcementOfficers
    String waive(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("waiver", params, messages);
        PartyRequest r = new PartyRequest(form.date("on"), form.integer("version"));
        return act(id, form, model, redirect, "rights", () -> {
            cases.waiveStatement(id, r);
            return views.text("enforcement.flash.waived");
        });
    }

    @PostMapping("/hearing-request")
    @Allowed.EnforcementOfficers
    String requestHearing(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("hearing-request", params, messages);
        PartyRequest r = new PartyRequest(form.date("on"), form.integer("version"));
        return act(id, form, model, redirect, "rights", () -> {
            cases.requestHearing(id, r);
            return views.text("enforcement.flash.hearing-requested");
        });
    }

    @PostMapping("/hearing-schedule")
    @Allowed.EnforcementOfficers
    String scheduleHearing(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("hearing-schedule", params, messages);
        HearingRequest r = form.valid(new HearingRequest(form.date("noticeOn"), form.date("on"), null,
                form.integer("version")), validator);
        return act(id, form, model, redirect, "rights", () -> {
            cases.scheduleHearing(id, r);
            return views.text("enforcement.flash.hearing-scheduled");
        });
    }

    @PostMapping("/hearing")
    @Allowed.EnforcementOfficers
    String holdHearing(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("hearing", params, messages);
        HearingRequest r = form.valid(new HearingRequest(null, form.date("on"), form.text("summary"),
                form.integer("version")), validator);
        return act(id, form, model, redirect, "rights", () -> {
            cases.holdHearing(id, r);
            return views.text("enforcement.flash.hearing-held");
        });
    }

    @PostMapping("/review")
    @Allowed.EnforcementOfficers
    String submitForReview(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("review", Map.of(), messages);
        return act(id, form, model, redirect, "review", () -> {
            var r = cases.submitForReview(id);
            return views.text("enforcement.flash.review", r.dueOn() == null ? "-" : r.dueOn());
        });
    }

    @PostMapping("/discussion")
    @Allowed.EnforcementOfficers
    String discuss(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("discussion", params, messages);
        DiscussionRequest r = form.valid(new DiscussionRequest(form.date("on"), form.text("meeting"),
                form.text("conclusion"), form.integer("version")), validator);
        return act(id, form, model, redirect, "decision", () -> {
            cases.discuss(id, r);
            return views.text("enforcement.flash.discussed");
        });
    }

    @PostMapping("/decision")
    @Allowed.EnforcementOfficers
    String decide(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("decision", params, messages);
        DecisionRequest r = form.valid(new DecisionRequest(form.date("on"), form.text("decisionText"),
                form.date("educationOn"), form.text("educationRecord"), form.integer("version")), validator);
        return act(id, form, model, redirect, "decision", () -> {
            var c = cases.decide(id, r);
            return views.text("enforcement.flash.decided", c.decisionNo());
        });
    }

    @PostMapping("/service")
    @Allowed.EnforcementOfficers
    String serve(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("service", params, messages);
        ServiceRequest r = form.valid(new ServiceRequest(form.date("on"), form.choice("method", ServiceMethod.class),
                form.integer("version")), validator);
        return act(id, form, model, redirect, "execution", () -> {
            cases.serve(id, r);
            return views.text("enforcement.flash.served");
        });
    }

    @PostMapping("/execution")
    @Allowed.EnforcementOfficers
    String execute(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("execution", params, messages);
        ExecutionRequest r = form.valid(new ExecutionRequest(form.date("on"),
                form.choice("method", ExecutionMethod.class), form.text("note"), form.integer("version")), validator);
        return act(id, form, model, redirect, "execution", () -> {
            cases.execute(id, r);
            return views.text("enforcement.flash.executed");
        });
    }

    @PostMapping("/closing")
    @Allowed.EnforcementOfficers
    String close(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("closing", params, messages);
        ClosingRequest r = form.valid(new ClosingRequest(form.date("on"), form.text("reason"), form.integer("version")),
                validator);
        return act(id, form, model, redirect, "execution", () -> {
            cases.close(id, r);
            return views.text("enforcement.flash.closed");
        });
    }

    @PostMapping("/termination")
    @Allowed.EnforcementOfficers
    String terminate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("termination", params, messages);
        ClosingRequest r = form.valid(new ClosingRequest(form.date("on"), form.text("reason"), form.integer("version")),
                validator);
        return act(id, form, model, redirect, "execution", () -> {
            cases.terminate(id, r);
            return views.text("enforcement.flash.terminated");
        });
    }

    @PostMapping("/archive")
    @Allowed.EnforcementOfficers
    String archive(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("archive", params, messages);
        ClosingRequest r = new ClosingRequest(form.date("on"), null, form.integer("version"));
        return act(id, form, model, redirect, "evidence", () -> {
            cases.archive(id, r);
            return views.text("enforcement.flash.archived");
        });
    }

    @PostMapping("/extension")
    @Allowed.EnforcementOfficers
    String extend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("extension", params, messages);
        ExtensionRequest r = form.valid(new ExtensionRequest(form.text("approvedBy"), form.date("approvedOn"),
                form.text("reason"), form.integer("version")), validator);
        return act(id, form, model, redirect, "deadlines", () -> {
            var e = cases.extendDeadline(id, r);
            return views.text("enforcement.flash.extended", e.dueAfter());
        });
    }

    @PostMapping("/publication")
    @Allowed.EnforcementOfficers
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("publication", params, messages);
        PublicationStepRequest r = new PublicationStepRequest(form.date("on"), null, form.integer("version"));
        return act(id, form, model, redirect, "publication", () -> {
            publications.publish(id, r);
            return views.text("enforcement.flash.published");
        });
    }

    @PostMapping("/change")
    @Allowed.EnforcementOfficers
    String change(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("change", params, messages);
        DecisionChangeRequest r = form.valid(new DecisionChangeRequest(form.date("on"),
                form.choice("kind", ChangeKind.class), form.text("reason"), form.integer("version")), validator);
        return act(id, form, model, redirect, "publication", () -> {
            publications.changeDecision(id, r);
            return views.text("enforcement.flash.changed");
        });
    }

    @PostMapping("/withdrawal")
    @Allowed.EnforcementOfficers
    String withdraw(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("withdrawal", params, messages);
        PublicationStepRequest r = form.valid(new PublicationStepRequest(form.date("on"), form.text("reason"),
                form.integer("version")), validator);
        return act(id, form, model, redirect, "publication", () -> {
            publications.withdraw(id, r);
            return views.text("enforcement.flash.withdrawn");
        });
    }

    @PostMapping("/transfers")
    @Allowed.EnforcementOfficers
    String transfer(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("transfer", params, messages);
        TransferRequest r = form.valid(new TransferRequest(form.date("on"), form.text("receivingOrgan"),
                form.text("reason"), null, null, null), validator);
        return act(id, form, model, redirect, "links", () -> {
            transfers.transfer(id, r);
            return views.text("enforcement.flash.transferred");
        });
    }

    @PostMapping("/transfers/{transferId}/receipt")
    @Allowed.EnforcementOfficers
    String receipt(@PathVariable long id, @PathVariable long transferId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("receipt-" + transferId, params, messages);
        TransferRequest r = form.valid(new TransferRequest(form.date("on"), null, null, form.text("receiptNo"), null,
                null), validator);
        return act(id, form, model, redirect, "links", () -> {
            transfers.receipt(id, transferId, r);
            return views.text("enforcement.flash.receipt");
        });
    }

    @PostMapping("/transfers/{transferId}/outcome")
    @Allowed.EnforcementOfficers
    String outcome(@PathVariable long id, @PathVariable long transferId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("outcome-" + transferId, params, messages);
        TransferRequest r = form.valid(new TransferRequest(form.date("on"), null, null, null,
                form.choice("outcome", TransferOutcome.class), form.text("note")), validator);
        return act(id, form, model, redirect, "links", () -> {
            transfers.outcome(id, transferId, r);
            return views.text("enforcement.flash.outcome");
        });
    }

    @PostMapping("/filing")
    @Allowed.EnforcementOfficers
    String file(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("filing", params, messages);
        FilingRequest r = form.valid(new FilingRequest(form.date("on"), form.text("filedWith"), form.text("filingNo"),
                form.text("note")), validator);
        return act(id, form, model, redirect, "links", () -> {
            filings.file(id, r);
            return views.text("enforcement.flash.filed");
        });
    }

    @PostMapping("/guiding")
    @Allowed.Officers
    String guiding(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("guiding", params, messages);
        Integer year = form.integer("year");
        GuidingCaseRequest r = form.valid(new GuidingCaseRequest(year == null ? 0 : year, form.text("title"),
                form.text("gist")), validator);
        return act(id, form, model, redirect, "links", () -> {
            guiding.select(id, r);
            return views.text("enforcement.flash.guiding");
        });
    }

    @PostMapping("/faults")
    @Allowed.RuleOfLawOffice
    String fault(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("fault", params, messages);
        FaultRequest r = form.valid(new FaultRequest(form.id("officerId"), form.choice("kind", FaultKind.class),
                form.text("description"), form.choice("measure", AccountabilityMeasure.class), form.date("decidedOn"),
                form.text("decidedBy")), validator);
        return act(id, form, model, redirect, "links", () -> {
            faults.record(id, r);
            return views.text("enforcement.flash.fault");
        });
    }

    @PostMapping("/evaluation")
    @Allowed.RuleOfLawOffice
    String evaluate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("evaluation", params, messages);
        java.util.List<EvaluationRequest.Score> scores = new java.util.ArrayList<>();
        params.forEach((k, v) -> {
            if (k.startsWith("score-")) {
                String criterion = k.substring("score-".length());
                BigDecimal points = pages.amount(form, k);
                if (criterion.matches("\\d{1,18}") && points != null) {
                    scores.add(new EvaluationRequest.Score(Long.valueOf(criterion), points, null));
                }
            }
        });
        EvaluationRequest r = form.valid(new EvaluationRequest(form.id("templateId"), form.date("evaluatedOn"),
                form.text("evaluator"), form.text("remarks"), scores), validator);
        return act(id, form, model, redirect, "links", () -> {
            var e = evaluations.evaluate(id, r);
            return views.text("enforcement.flash.evaluated", e.total());
        });
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, String anchor,
            Supplier<String> step) {
        return FormAction.act(form, redirect, "/console/enforcement/cases/" + id + "#" + anchor, step,
                () -> views.detail(id, model, form));
    }
}
