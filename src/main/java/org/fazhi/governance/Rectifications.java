package org.fazhi.governance;

import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.internal.EvidenceFiles;
import org.fazhi.governance.internal.FindingFacts;
import org.fazhi.governance.internal.FindingFactsReader;
import org.fazhi.governance.internal.FindingProcedure.Step;
import org.fazhi.governance.internal.FindingSteps;
import org.fazhi.governance.internal.GovernanceAccess;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification (整改) of a finding to closure, each step let through by
 * {@code internal.FindingProcedure} and audited: the owner unit reports progress and then the
 * rectification done on a day with evidence (整改材料); the 法治办 of the inspecting unit accepts it
 * (销号: its deadline is met on the day it was rectified) or returns it with the reason.
 */
@Service
@Transactional
public class Rectifications {

    static final String TABLE = "finding_report";
    static final String OWNER = "finding_id";

    private final GovernanceStore store;
    private final FindingSteps steps;
    private final FindingFactsReader facts;
    private final FindingGuide guide;
    private final GovernanceAccess access;
    private final EvidenceFiles evidence;
    private final FileStore files;
    private final Deadlines deadlines;

    Rectifications(GovernanceStore store, FindingSteps steps, FindingFactsReader facts, FindingGuide guide,
            GovernanceAccess access, EvidenceFiles evidence, FileStore files, Deadlines deadlines) {
        this.store = store;
        this.steps = steps;
        this.facts = facts;
        this.guide = guide;
        this.access = access;
        this.evidence = evidence;
        this.files = files;
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    public Finding finding(long id) {
        return access.requireFinding(id);
    }

    @Transactional(readOnly = true)
    public FindingOverview overview(long id) {
        FindingFacts f = facts.read(id);
        Finding x = f.finding();
        return new FindingOverview(x, store.inspection(x.inspectionId()).orElseThrow(), guide.of(f),
                store.reports(TABLE, OWNER, id), x.deadlineId() == null ? null
                        : deadlines.find(x.deadlineId()).orElse(null), f.today());
    }

    @Allowed.Reporters
    public Finding reportProgress(long id, ProgressRequest r, List<Evidence> attachments) {
        FindingSteps.Taken step = steps.take(id, Step.REPORT_PROGRESS, r.version());
        List<Long> fileIds = evidence.store(attachments);
        long report = store.insertReport(TABLE, OWNER, id, ReportKind.PROGRESS, step.finding().ownerUnitId(),
                step.facts().today(), r.text().strip(), fileIds, Actor.current().userId());
        return steps.complete(step, Map.of("reportId", report, "files", fileIds.size()));
    }

    /** The owner unit reports the rectification done on {@code finishedOn}, with at least one evidence file. */
    @Allowed.Reporters
    public Finding submitRectification(long id, CompletionRequest r, List<Evidence> attachments) {
        FindingSteps.Taken step = steps.take(id, Step.SUBMIT_RECTIFICATION, r.version());
        Inspection i = store.inspection(step.finding().inspectionId()).orElseThrow();
        if (r.finishedOn().isAfter(step.facts().today())) {
            throw InvalidInputException.field("finishedOn", "governance.date.future");
        }
        if (r.finishedOn().isBefore(i.inspectedOn())) {
            throw InvalidInputException.field("finishedOn", "governance.finding.rectified-before-inspection",
                    i.inspectedOn().toString());
        }
        List<Long> fileIds = evidence.store(attachments);
        if (fileIds.isEmpty()) {
            throw InvalidInputException.field("files", "governance.evidence.required");
        }
        long report = store.insertReport(TABLE, OWNER, id, ReportKind.CLOSURE, step.finding().ownerUnitId(),
                step.facts().today(), r.text().strip(), fileIds, Actor.current().userId());
        step.record().rectified(r.finishedOn(), steps.now());
        return steps.complete(step, Map.of("reportId", report, "rectifiedOn", r.finishedOn().toString(), "files",
                fileIds.size()));
    }

    /** The inspecting unit's 法治办 accepts the rectification (销号). */
    @Allowed.RuleOfLawOffice
    public Finding accept(long id, DecisionNoteRequest r) {
        FindingSteps.Taken step = steps.take(id, Step.ACCEPT, r.version());
        Finding x = step.finding();
        String note = r.note() == null || r.note().isBlank() ? "" : r.note().strip();
        store.insertReport(TABLE, OWNER, id, ReportKind.CONFIRMED, x.inspectionUnitId(), step.facts().today(), note,
                List.of(), Actor.current().userId());
        step.record().accepted(step.facts().today(), steps.now());
        if (x.deadlineId() != null) {
            deadlines.meet(x.deadlineId(), x.rectifiedOn());
        }
        return steps.complete(step, Map.of("rectifiedOn", x.rectifiedOn().toString()));
    }

    /** The inspecting unit's 法治办 returns the rectification, with the reason. */
    @Allowed.RuleOfLawOffice
    public Finding returnFinding(long id, DecisionNoteRequest r) {
        FindingSteps.Taken step = steps.take(id, Step.RETURN, r.version());
        if (r.note() == null || r.note().isBlank()) {
            throw InvalidInputException.field("note", "governance.reason.required");
        }
        store.insertReport(TABLE, OWNER, id, ReportKind.RETURNED, step.finding().inspectionUnitId(),
                step.facts().today(), r.note().strip(), List.of(), Actor.current().userId());
        step.record().returned(steps.now());
        return steps.complete(step, Map.of("reason", r.note().strip()));
    }

    @Transactional(readOnly = true)
    public StoredFile evidenceFile(long id, long fileId) {
        access.requireFinding(id);
        if (!store.isEvidence(TABLE, OWNER, id, fileId)) {
            throw new NotFoundException("evidence", fileId);
        }
        return files.get(fileId);
    }

    @Transactional // reading an unpublished file is audited, so not read-only
    public Resource evidenceContent(long id, long fileId) {
        evidenceFile(id, fileId);
        return files.content(fileId);
    }
}
