package org.fazhi.governance.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.AssessmentWeight;
import org.fazhi.governance.AssessmentWeights;
import org.fazhi.governance.CompletionRequest;
import org.fazhi.governance.DecisionNoteRequest;
import org.fazhi.governance.DutyStatement;
import org.fazhi.governance.DutyStatementRequest;
import org.fazhi.governance.Finding;
import org.fazhi.governance.FindingGuide;
import org.fazhi.governance.FindingOverview;
import org.fazhi.governance.FindingRequest;
import org.fazhi.governance.GovernanceOverview;
import org.fazhi.governance.GovernanceOverviews;
import org.fazhi.governance.GovernanceTargets;
import org.fazhi.governance.GroupMember;
import org.fazhi.governance.GroupRequest;
import org.fazhi.governance.Inspection;
import org.fazhi.governance.InspectionRequest;
import org.fazhi.governance.LeadingGroup;
import org.fazhi.governance.LeadingGroups;
import org.fazhi.governance.Meeting;
import org.fazhi.governance.MeetingKind;
import org.fazhi.governance.MeetingRequest;
import org.fazhi.governance.MemberRequest;
import org.fazhi.governance.PlanIssueRequest;
import org.fazhi.governance.PlanRequest;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.PlanTasks;
import org.fazhi.governance.ProgressRequest;
import org.fazhi.governance.Rectifications;
import org.fazhi.governance.RuleOfLawInspections;
import org.fazhi.governance.RuleOfLawMeetings;
import org.fazhi.governance.TargetCheck;
import org.fazhi.governance.TaskGuide;
import org.fazhi.governance.TaskOverview;
import org.fazhi.governance.TaskRequest;
import org.fazhi.governance.WorkPlan;
import org.fazhi.governance.WeightRequest;
import org.fazhi.governance.WorkPlans;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.web.Allowed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Governance as JSON: a unit's year and the yearly targets, leading groups and 述法, plans and their
 * tasks (the task table import, issuing, the task steps), meetings, inspections and their findings
 * (the rectification steps), and the assessment weights. Another unit's record answers 404; a step the
 * procedure refuses answers 409 with the reason; steps that need evidence files take multipart forms.
 */
@RestController
@RequestMapping("/api/v1/governance")
@Validated
@Allowed.Staff
@Tag(name = "governance", description = "组织领导、工作要点督办、会议学法、督察整改 (governance)")
class GovernanceApi {

    private final GovernanceOverviews overviews;
    private final GovernanceTargets targets;
    private final LeadingGroups groups;
    private final WorkPlans plans;
    private final PlanTasks tasks;
    private final TaskGuide taskGuide;
    private final RuleOfLawMeetings meetings;
    private final RuleOfLawInspections inspections;
    private final Rectifications rectifications;
    private final FindingGuide findingGuide;
    private final AssessmentWeights weights;
    private final GovViews views;

    GovernanceApi(GovernanceOverviews overviews, GovernanceTargets targets, LeadingGroups groups, WorkPlans plans,
            PlanTasks tasks, TaskGuide taskGuide, RuleOfLawMeetings meetings, RuleOfLawInspections inspections,
            Rectifications rectifications, FindingGuide findingGuide, AssessmentWeights weights, GovViews views) {
        this.overviews = overviews;
        this.targets = targets;
        this.groups = groups;
        this.plans = plans;
        this.tasks = tasks;
        this.taskGuide = taskGuide;
        this.meetings = meetings;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.findingGuide = findingGuide;
        this.weights = weights;
        this.views = views;
    }

    // ----- overview and targets -----

    @GetMapping("/overview")
    @Operation(summary = "A unit's year: targets, leading group and 述法, plans and completion, overdue tasks, inspections")
    GovernanceOverview overview(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        Long unit = unitId == null ? views.home() : unitId;
        if (unit == null) {
            throw InvalidInputException.field("unitId", "governance.unit.required");
        }
        return overviews.of(unit, views.year(year));
    }

    @GetMapping("/targets")
    @Operation(summary = "The yearly targets (SD-09, SD-10, SD-11, SD-13, SD-14) of the units held to them in the caller's scope, or of one unit")
    List<TargetCheck> targets(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        int y = views.year(year);
        return unitId == null ? targets.checks(y) : targets.checks(unitId, y);
    }

    // ----- leading groups -----

    @GetMapping("/groups")
    @Operation(summary = "The leading groups of a year in the caller's scope")
    List<LeadingGroup> groups(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return groups.groups(views.year(year));
    }

    @PostMapping("/groups")
    @Operation(summary = "Set up (or update) a unit's leading group for a year")
    LeadingGroup saveGroup(@Valid @RequestBody GroupRequest r) {
        return groups.save(r);
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "One leading group with its roster")
    LeadingGroup group(@PathVariable @Positive long id) {
        return groups.group(id);
    }

    @PostMapping("/groups/{id}/members")
    @Operation(summary = "Add a person to the roster")
    GroupMember addMember(@PathVariable @Positive long id, @Valid @RequestBody MemberRequest r) {
        return groups.addMember(id, r);
    }

    @DeleteMapping("/groups/{id}/members/{memberId}")
    @Operation(summary = "Remove a person from the roster (not one with a 述法 recorded)")
    ResponseEntity<Void> removeMember(@PathVariable @Positive long id, @PathVariable @Positive long memberId) {
        groups.removeMember(id, memberId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/groups/{id}/statements")
    @Operation(summary = "Record a principal's 述法 for the group's year")
    DutyStatement statement(@PathVariable @Positive long id, @Valid @RequestBody DutyStatementRequest r) {
        return groups.recordStatement(id, r, null);
    }

    @GetMapping("/statements")
    @Operation(summary = "The 述法 of a year in the caller's scope")
    List<DutyStatement> statements(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return groups.statements(views.year(year));
    }

    // ----- plans and tasks -----

    @GetMapping("/plans")
    @Operation(summary = "The work plans of a year in the caller's scope")
    List<WorkPlan> plans(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return plans.plans(year);
    }

    @PostMapping("/plans")
    @Operation(summary = "Start a work plan (年度工作要点 or 实施方案)")
    ResponseEntity<WorkPlan> createPlan(@Valid @RequestBody PlanRequest r) {
        WorkPlan p = plans.create(r);
        return ResponseEntity.created(URI.create("/api/v1/governance/plans/" + p.id())).body(p);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan")
    WorkPlan plan(@PathVariable @Positive long id) {
        return plans.plan(id);
    }

    @GetMapping("/plans/{id}/tasks")
    @Operation(summary = "The tasks of a plan the caller may see")
    List<PlanTask> planTasks(@PathVariable @Positive long id) {
        return plans.tasks(id);
    }

    @GetMapping("/plans/{id}/completion")
    @Operation(summary = "The plan's completion per responsible unit")
    List<WorkPlans.UnitCompletion> completion(@PathVariable @Positive long id) {
        return plans.completion(id);
    }

    @PostMapping("/plans/{id}/tasks")
    @Operation(summary = "Add a task to a plan being prepared")
    PlanTask addTask(@PathVariable @Positive long id, @Valid @RequestBody TaskRequest r) {
        return plans.addTask(id, r);
    }

    @DeleteMapping("/plans/{id}/tasks/{taskId}")
    @Operation(summary = "Remove a task from a plan being prepared")
    ResponseEntity<Void> removeTask(@PathVariable @Positive long id, @PathVariable @Positive long taskId) {
        plans.removeTask(id, taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/plans/{id}/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the tasks of a plan being prepared with its Excel task table (all rows right or nothing stored)")
    ImportReport importTasks(@PathVariable @Positive long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return plans.importTasks(id, file.getInputStream());
    }

    @PostMapping("/plans/{id}/issue")
    @Operation(summary = "Issue a plan: its tasks are assigned and tracked on the 督办台 (GV-01)")
    WorkPlan issue(@PathVariable @Positive long id, @Valid @RequestBody PlanIssueRequest r) {
        return plans.issue(id, r);
    }

    @GetMapping("/tasks")
    @Operation(summary = "The tasks the caller's units carry (responsible or co-unit)")
    List<PlanTask> myTasks(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return tasks.ofMyUnits(year);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "A task with its plan, guide, reports and deadline")
    TaskOverview task(@PathVariable @Positive long id) {
        return tasks.overview(id);
    }

    @GetMapping("/tasks/{id}/guide")
    @Operation(summary = "The next step of a task, and each step allowed or why not")
    GovViews.GuideView taskGuide(@PathVariable @Positive long id) {
        return views.guide(taskGuide.of(id));
    }

    @PostMapping("/tasks/{id}/progress")
    @Operation(summary = "Report progress (the responsible unit or a co-unit)")
    PlanTask progress(@PathVariable @Positive long id, @Valid @RequestBody ProgressRequest r) {
        return tasks.reportProgress(id, r, List.of());
    }

    @PostMapping(value = "/tasks/{id}/closure", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report the task done with evidence files (the responsible unit)")
    PlanTask closure(@PathVariable @Positive long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finishedOn,
            @RequestParam @Size(max = 4000) String text, @RequestParam(required = false) @Min(0) Integer version,
            @RequestPart(value = "files", required = false) List<MultipartFile> files) {
        return tasks.requestClosure(id, new CompletionRequest(finishedOn, required("text", text), version),
                GovViews.evidence(files));
    }

    @PostMapping("/tasks/{id}/confirmation")
    @Operation(summary = "Confirm the task done (销号; the plan's 法治办)")
    PlanTask confirm(@PathVariable @Positive long id, @Valid @RequestBody DecisionNoteRequest r) {
        return tasks.confirm(id, r);
    }

    @PostMapping("/tasks/{id}/return")
    @Operation(summary = "Send the reported completion back, with the reason")
    PlanTask returnTask(@PathVariable @Positive long id, @Valid @RequestBody DecisionNoteRequest r) {
        return tasks.returnTask(id, r);
    }

    @PostMapping("/tasks/{id}/cancellation")
    @Operation(summary = "Cancel a task, with the reason")
    PlanTask cancel(@PathVariable @Positive long id, @Valid @RequestBody DecisionNoteRequest r) {
        return tasks.cancel(id, r);
    }

    // ----- meetings -----

    @GetMapping("/meetings")
    @Operation(summary = "The meetings and study sessions of a year in the caller's scope")
    List<Meeting> meetings(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) MeetingKind kind) {
        return meetings.meetings(views.year(year), kind);
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record a special meeting, study session or court-hearing attendance")
    Meeting recordMeeting(@Valid @RequestBody MeetingRequest r) {
        return meetings.record(r, List.of());
    }

    // ----- inspections and rectification -----

    @GetMapping("/inspections")
    @Operation(summary = "The inspections and self-inspections of a year in the caller's scope")
    List<Inspection> inspections(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return inspections.inspections(views.year(year));
    }

    @PostMapping("/inspections")
    @Operation(summary = "Record an inspection or a half-yearly self-inspection")
    Inspection recordInspection(@Valid @RequestBody InspectionRequest r) {
        return inspections.record(r);
    }

    @GetMapping("/inspections/{id}/findings")
    @Operation(summary = "The findings of an inspection")
    List<Finding> findings(@PathVariable @Positive long id) {
        return inspections.findings(id);
    }

    @PostMapping("/inspections/{id}/findings")
    @Operation(summary = "Add a finding with its owner unit, person in charge, measures and due date (GV-02)")
    Finding addFinding(@PathVariable @Positive long id, @Valid @RequestBody FindingRequest r) {
        return inspections.addFinding(id, r);
    }

    @GetMapping("/findings/{id}")
    @Operation(summary = "A finding with its inspection, guide, reports and deadline")
    FindingOverview finding(@PathVariable @Positive long id) {
        return rectifications.overview(id);
    }

    @GetMapping("/findings/{id}/guide")
    @Operation(summary = "The next step of a rectification, and each step allowed or why not")
    GovViews.GuideView findingGuide(@PathVariable @Positive long id) {
        return views.guide(findingGuide.of(id));
    }

    @PostMapping("/findings/{id}/progress")
    @Operation(summary = "Report progress of the rectification (the owner unit)")
    Finding findingProgress(@PathVariable @Positive long id, @Valid @RequestBody ProgressRequest r) {
        return rectifications.reportProgress(id, r, List.of());
    }

    @PostMapping(value = "/findings/{id}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report the rectification done with evidence files (the owner unit)")
    Finding rectification(@PathVariable @Positive long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finishedOn,
            @RequestParam @Size(max = 4000) String text, @RequestParam(required = false) @Min(0) Integer version,
            @RequestPart(value = "files", required = false) List<MultipartFile> files) {
        return rectifications.submitRectification(id, new CompletionRequest(finishedOn, required("text", text),
                version), GovViews.evidence(files));
    }

    @PostMapping("/findings/{id}/acceptance")
    @Operation(summary = "Accept the rectification (销号; the inspecting unit's 法治办)")
    Finding accept(@PathVariable @Positive long id, @Valid @RequestBody DecisionNoteRequest r) {
        return rectifications.accept(id, r);
    }

    @PostMapping("/findings/{id}/return")
    @Operation(summary = "Return the rectification, with the reason")
    Finding returnFinding(@PathVariable @Positive long id, @Valid @RequestBody DecisionNoteRequest r) {
        return rectifications.returnFinding(id, r);
    }

    // ----- assessment weights -----

    @GetMapping("/weights")
    @Operation(summary = "The rule-of-law weights of the annual target assessments of a year (SD-14)")
    List<AssessmentWeight> weights(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return weights.weights(views.year(year));
    }

    @PostMapping("/weights")
    @Operation(summary = "Set a unit's annual target assessment for a year")
    AssessmentWeight saveWeight(@Valid @RequestBody WeightRequest r) {
        return weights.save(r);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, "governance.text.required");
        }
        return value;
    }
}
