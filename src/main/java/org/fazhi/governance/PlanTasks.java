package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.internal.EvidenceFiles;
import org.fazhi.governance.internal.GovernanceAccess;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.governance.internal.TaskFacts;
import org.fazhi.governance.internal.TaskFactsReader;
import org.fazhi.governance.internal.TaskProcedure.Step;
import org.fazhi.governance.internal.TaskSteps;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a plan's task, each let through by {@code internal.TaskProcedure} (the same gates as the
 * task page's guide) and audited: the responsible unit and its co-units report progress with evidence;
 * the responsible unit reports it done on a day with evidence (证明材料); the plan's 法治办 confirms it
 * (销号: the deadline on the 督办台 is met on the day it was done, late if after the due date), returns
 * it with the reason, or cancels it.
 */
@Service
@Transactional
public class PlanTasks {

    static final String TABLE = "task_report";
    static final String OWNER = "task_id";

    private final GovernanceStore store;
    private final TaskSteps steps;
    private final TaskFactsReader facts;
    private final TaskGuide guide;
    private final GovernanceAccess access;
    private final EvidenceFiles evidence;
    private final FileStore files;
    private final Deadlines deadlines;
    private final DataScope scope;

    PlanTasks(GovernanceStore store, TaskSteps steps, TaskFactsReader facts, TaskGuide guide, GovernanceAccess access,
            EvidenceFiles evidence, FileStore files, Deadlines deadlines, DataScope scope) {
        this.store = store;
        this.steps = steps;
        this.facts = facts;
        this.guide = guide;
        this.access = access;
        this.evidence = evidence;
        this.files = files;
        this.deadlines = deadlines;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public PlanTask task(long id) {
        return access.requireTask(id);
    }

    /** The task's page in one read (404 outside the scope). */
    @Transactional(readOnly = true)
    public TaskOverview overview(long id) {
        TaskFacts f = facts.read(id);
        PlanTask t = f.task();
        return new TaskOverview(t, store.plan(t.planId()).orElseThrow(), guide.of(f),
                store.reports(TABLE, OWNER, id), t.deadlineId() == null ? null : deadlines.find(t.deadlineId())
                        .orElse(null), f.today());
    }

    /** The tasks the actor's units carry (responsible or co-unit), of plans of a year (every year when null). */
    @Transactional(readOnly = true)
    public List<PlanTask> ofMyUnits(Integer year) {
        return store.tasksOfUnits(scope.visibleUnitIds(), year).stream()
                .filter(t -> t.status() != TaskStatus.PLANNED).toList();
    }

    /** A progress report, with evidence if any, by the responsible unit or a co-unit. */
    @Allowed.Reporters
    public PlanTask reportProgress(long id, ProgressRequest r, List<Evidence> files) {
        TaskSteps.Taken step = steps.take(id, Step.REPORT_PROGRESS, r.version());
        List<Long> fileIds = evidence.store(files);
        long report = store.insertReport(TABLE, OWNER, id, ReportKind.PROGRESS, reportingUnit(step.task()),
                step.facts().today(), r.text().strip(), fileIds, Actor.current().userId());
        return steps.complete(step, Map.of("reportId", report, "files", fileIds.size()));
    }

    /**
     * The responsible unit reports the task done on {@code finishedOn} (not in the future, not before the
     * plan was issued), with at least one evidence file; the plan's office then confirms.
     */
    @Allowed.Reporters
    public PlanTask requestClosure(long id, CompletionRequest r, List<Evidence> files) {
        TaskSteps.Taken step = steps.take(id, Step.REQUEST_CLOSURE, r.version());
        LocalDate issued = store.plan(step.task().planId()).orElseThrow().issuedOn();
        if (r.finishedOn().isAfter(step.facts().today())) {
            throw InvalidInputException.field("finishedOn", "governance.date.future");
        }
        if (issued != null && r.finishedOn().isBefore(issued)) {
            throw InvalidInputException.field("finishedOn", "governance.task.finished-before-issue", issued.toString());
        }
        List<Long> fileIds = evidence.store(files);
        if (fileIds.isEmpty()) {
            throw InvalidInputException.field("files", "governance.evidence.required");
        }
        long report = store.insertReport(TABLE, OWNER, id, ReportKind.CLOSURE, step.task().leadUnitId(),
                step.facts().today(), r.text().strip(), fileIds, Actor.current().userId());
        step.record().completed(r.finishedOn(), r.text().strip(), steps.now());
        return steps.complete(step, Map.of("reportId", report, "finishedOn", r.finishedOn().toString(), "files",
                fileIds.size()));
    }

    /** The plan's office confirms the task done (销号): its deadline is met on the day it was done. */
    @Allowed.RuleOfLawOffice
    public PlanTask confirm(long id, DecisionNoteRequest r) {
        TaskSteps.Taken step = steps.take(id, Step.CONFIRM, r.version());
        PlanTask t = step.task();
        String note = r.note() == null || r.note().isBlank() ? "" : r.note().strip();
        store.insertReport(TABLE, OWNER, id, ReportKind.CONFIRMED, t.planUnitId(), step.facts().today(), note,
                List.of(), Actor.current().userId());
        step.record().confirmed(step.facts().today(), steps.now());
        if (t.deadlineId() != null) {
            deadlines.meet(t.deadlineId(), t.completedOn());
        }
        return steps.complete(step, Map.of("completedOn", t.completedOn().toString(), "late", t.late()));
    }

    /** The plan's office sends the reported completion back, with the reason. */
    @Allowed.RuleOfLawOffice
    public PlanTask returnTask(long id, DecisionNoteRequest r) {
        TaskSteps.Taken step = steps.take(id, Step.RETURN, r.version());
        String reason = required(r.note());
        store.insertReport(TABLE, OWNER, id, ReportKind.RETURNED, step.task().planUnitId(), step.facts().today(),
                reason, List.of(), Actor.current().userId());
        step.record().returned(reason, steps.now());
        return steps.complete(step, Map.of("reason", reason));
    }

    /** The plan's office cancels a task, with the reason; it leaves the 督办台. */
    @Allowed.RuleOfLawOffice
    public PlanTask cancel(long id, DecisionNoteRequest r) {
        TaskSteps.Taken step = steps.take(id, Step.CANCEL, r.version());
        String reason = required(r.note());
        step.record().cancelled(reason, steps.now());
        if (step.task().deadlineId() != null) {
            deadlines.cancel(step.task().deadlineId(), reason);
        }
        return steps.complete(step, Map.of("reason", reason));
    }

    /** An evidence file of a report on the task (404 unless it is one and the actor may see both). */
    @Transactional(readOnly = true)
    public StoredFile evidenceFile(long id, long fileId) {
        access.requireTask(id);
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

    /** The unit a report is for: the actor's own unit when it carries the task, else the responsible unit. */
    private long reportingUnit(PlanTask t) {
        Long home = scope.homeUnitId();
        if (home != null && (home == t.leadUnitId() || t.coUnitIds().contains(home))) {
            return home;
        }
        return t.leadUnitId();
    }

    private static String required(String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.field("note", "governance.reason.required");
        }
        return note.strip();
    }
}
