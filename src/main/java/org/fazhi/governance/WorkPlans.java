package org.fazhi.governance;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.governance.internal.GovernanceRules;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.governance.internal.PlanTaskRecord;
import org.fazhi.governance.internal.TaskProcedure.Step;
import org.fazhi.governance.internal.TaskSteps;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.excel.RowError;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetReader;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work plans (年度工作要点, 实施方案) and their tasks: a plan is prepared with its tasks (entered one by one
 * or imported from the Excel task table these plans circulate in, with a row-level report, all or
 * nothing, the same sheet again changing nothing), then issued: each task is assigned to its
 * responsible unit and tracked on the 督办台 until its due date (GV-01), where the 法治办 and leaders urge
 * (催办) the overdue ones. A plan's completion is shown per responsible unit.
 */
@Service
@Transactional
public class WorkPlans {

    static final String ENTITY = "work-plan";
    static final String K = "governance.import.col.";
    static final List<String> COLUMNS = List.of("task-no", "content", "lead", "co", "due");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");

    /** A responsible unit's share of a plan: its tasks, done (on time), running, overdue, and the completion rate. */
    public record UnitCompletion(long unitId, String unit, int tasks, int done, int doneOnTime, int running,
            int overdue) {

        /** Done in percent of the tasks (cancelled ones left out); null without tasks. */
        public Integer rate() {
            return tasks == 0 ? null : (int) Math.round(done * 100.0 / tasks);
        }
    }

    private final GovernanceStore store;
    private final TaskSteps steps;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    WorkPlans(GovernanceStore store, TaskSteps steps, Deadlines deadlines, DataScope scope, Units units,
            AuditLog audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.deadlines = deadlines;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    // ----- reading -----

    /** The plans of the units in the actor's scope (of a year, or every year when null), newest first. */
    @Transactional(readOnly = true)
    public List<WorkPlan> plans(Integer year) {
        return store.plans(scope.visibleUnitIds(), year);
    }

    /** A plan whose unit the actor may see, or whose tasks the actor's units carry (404 otherwise). */
    @Transactional(readOnly = true)
    public WorkPlan plan(long id) {
        WorkPlan p = store.plan(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.canSee(p.unitId()) && store.tasksOfPlan(id).stream().noneMatch(t -> scope.canSee(t.leadUnitId())
                || t.coUnitIds().stream().anyMatch(scope::canSee))) {
            throw new NotFoundException(ENTITY, id);
        }
        return p;
    }

    /** The tasks of a plan the actor may see: all of them for the plan's unit, else those of the actor's units. */
    @Transactional(readOnly = true)
    public List<PlanTask> tasks(long planId) {
        WorkPlan p = plan(planId);
        List<PlanTask> all = store.tasksOfPlan(planId);
        return scope.canSee(p.unitId()) ? all
                : all.stream().filter(t -> scope.canSee(t.leadUnitId()) || t.coUnitIds().stream().anyMatch(scope::canSee))
                        .toList();
    }

    /** The plan's completion per responsible unit (cancelled tasks left out), by unit. */
    @Transactional(readOnly = true)
    public List<UnitCompletion> completion(long planId) {
        return completion(tasks(planId), LocalDate.now(clock));
    }

    /** The completion of these tasks per responsible unit as of {@code today}. */
    public List<UnitCompletion> completion(List<PlanTask> tasks, LocalDate today) {
        Map<Long, List<PlanTask>> byUnit = new LinkedHashMap<>();
        tasks.stream().filter(t -> t.status() != TaskStatus.CANCELLED && t.status() != TaskStatus.PLANNED)
                .forEach(t -> byUnit.computeIfAbsent(t.leadUnitId(), k -> new ArrayList<>()).add(t));
        Map<Long, String> names = units.names(byUnit.keySet());
        List<UnitCompletion> rows = new ArrayList<>();
        byUnit.forEach((unit, list) -> rows.add(new UnitCompletion(unit, names.getOrDefault(unit, ""), list.size(),
                (int) list.stream().filter(t -> t.status() == TaskStatus.DONE).count(),
                (int) list.stream().filter(t -> t.status() == TaskStatus.DONE && !t.late()).count(),
                (int) list.stream().filter(t -> t.status().running()).count(),
                (int) list.stream().filter(t -> t.overdueOn(today)).count())));
        rows.sort(Comparator.comparing(UnitCompletion::unit));
        return rows;
    }

    // ----- preparing a plan -----

    @Allowed.RuleOfLawOffice
    public WorkPlan create(PlanRequest r) {
        scope.require(r.unitId(), "unit", r.unitId());
        long id = store.insertPlan(r.unitId(), r.year(), r.kind(), r.title().strip(), blank(r.documentNumber()),
                Actor.current().userId());
        audit.created(ENTITY, id, Map.of("unitId", r.unitId(), "year", r.year(), "kind", r.kind(), "title",
                r.title().strip()));
        return store.plan(id).orElseThrow();
    }

    /** Adds a task to a plan being prepared. */
    @Allowed.RuleOfLawOffice
    public PlanTask addTask(long planId, TaskRequest r) {
        WorkPlan p = draft(planId);
        Map<String, Long> byKey = unitsUnder(p.unitId());
        if (!byKey.containsValue(r.leadUnitId())) {
            throw InvalidInputException.field("leadUnitId", "governance.unit.outside-plan");
        }
        List<Long> co = r.coUnitIds() == null ? List.of() : r.coUnitIds().stream().distinct()
                .filter(c -> !c.equals(r.leadUnitId())).toList();
        if (co.stream().anyMatch(c -> !byKey.containsValue(c))) {
            throw InvalidInputException.field("coUnitIds", "governance.unit.outside-plan");
        }
        if (r.dueDate().getYear() < p.year()) {
            throw InvalidInputException.field("dueDate", "governance.import.due-year", String.valueOf(p.year()));
        }
        Planned t = new Planned(r.taskNo().strip(), r.content().strip(), r.leadUnitId(), co, r.dueDate());
        if (store.tasksOfPlan(planId).stream().anyMatch(x -> x.taskNo().equals(t.taskNo()))) {
            throw InvalidInputException.field("taskNo", "governance.task.no-taken", t.taskNo());
        }
        int sort = store.tasksOfPlan(planId).stream().mapToInt(PlanTask::sortNo).max().orElse(0) + 1;
        long id = insert(p, t, sort);
        audit.created("plan-task", id, Map.of("planId", planId, "taskNo", t.taskNo(), "leadUnitId", t.lead(),
                "dueDate", t.due().toString()));
        return store.task(id).orElseThrow();
    }

    /** Removes a task from a plan being prepared. */
    @Allowed.RuleOfLawOffice
    public void removeTask(long planId, long taskId) {
        draft(planId);
        PlanTask t = store.tasksOfPlan(planId).stream().filter(x -> x.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("plan-task", taskId));
        List<PlanTask> rest = store.tasksOfPlan(planId).stream().filter(x -> x.id() != taskId).toList();
        store.deleteTasksOfPlan(planId);
        WorkPlan p = store.plan(planId).orElseThrow();
        for (PlanTask x : rest) {
            insert(p, new Planned(x.taskNo(), x.content(), x.leadUnitId(), x.coUnitIds(), x.dueDate()), x.sortNo());
        }
        audit.deleted("plan-task", taskId, Map.of("planId", planId, "taskNo", t.taskNo()));
    }

    /** The template of a plan's task table: its headers and one example line. */
    public void template(OutputStream out) {
        List<List<?>> example = List.of(COLUMNS.stream().map(c -> (Object) header("governance.import.example." + c))
                .toList());
        SpreadsheetWriter.write(out, header("governance.import.sheet"), COLUMNS.stream().map(c -> header(K + c)).toList(),
                example);
    }

    /** Reads a plan's task table (序号, 工作任务, 责任单位, 配合单位, 完成时限) into a plan being prepared. */
    @Allowed.RuleOfLawOffice
    public ImportReport importTasks(long planId, InputStream xlsx) {
        draft(planId);
        List<SheetRow> sheet = SpreadsheetReader.read(xlsx, List.of(header(K + "task-no"), header(K + "content"),
                header(K + "lead"), header(K + "due")));
        if (sheet.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        List<Row> rows = sheet.stream().map(r -> new Row(r.number(), r.get(header(K + "task-no")),
                r.get(header(K + "content")), r.get(header(K + "lead")), r.get(header(K + "co")),
                date(r.get(header(K + "due"))))).toList();
        return loadTasks(planId, rows, sheet.stream().map(r -> r.get(header(K + "due"))).toList());
    }

    /** One row of a plan's task table. {@code due} null when the cell is not a date. */
    public record Row(int number, String taskNo, String content, String lead, String co, LocalDate due) {
    }

    /**
     * Replaces the tasks of a plan being prepared with {@code rows}: every row checked first (a number used
     * once, the content, a responsible unit and co-units within the plan's unit, a due date in or after the
     * plan's year), and stored only when none is wrong. The same rows again change nothing.
     */
    @Allowed.RuleOfLawOffice
    public ImportReport loadTasks(long planId, List<Row> rows, List<String> dueCells) {
        WorkPlan p = draft(planId);
        if (rows.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        Map<String, Long> byKey = unitsUnder(p.unitId());
        List<RowError> errors = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int before = errors.size();
            Long lead = null;
            String leadCell = strip(row.lead());
            if (leadCell.isEmpty()) {
                errors.add(error(row.number(), "lead", "import.required"));
            } else {
                lead = byKey.get(leadCell);
                if (lead == null) {
                    errors.add(error(row.number(), "lead", "governance.import.unit-unknown", leadCell));
                }
            }
            List<Long> co = new ArrayList<>();
            for (String name : SEPARATORS.split(strip(row.co()))) {
                if (!name.isBlank()) {
                    Long id = byKey.get(name.strip());
                    if (id == null) {
                        errors.add(error(row.number(), "co", "governance.import.unit-unknown", name.strip()));
                    } else if (!id.equals(lead) && !co.contains(id)) {
                        co.add(id);
                    }
                }
            }
            if (row.due() == null) {
                String cell = dueCells == null || dueCells.size() <= i ? "" : strip(dueCells.get(i));
                errors.add(cell.isEmpty() ? error(row.number(), "due", "import.required")
                        : error(row.number(), "due", "governance.import.date", cell));
            }
            Planned t = check(p, row, lead, co, byKey, errors);
            if (errors.size() == before) {
                Integer first = numbers.putIfAbsent(t.taskNo(), row.number());
                if (first != null) {
                    errors.add(error(row.number(), "task-no", "governance.import.repeated", t.taskNo(),
                            String.valueOf(first)));
                } else {
                    planned.add(t);
                }
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.failed(rows.size(), errors);
        }
        List<PlanTask> existing = store.tasksOfPlan(planId);
        if (same(existing, planned)) {
            return ImportReport.succeeded(rows.size());
        }
        store.deleteTasksOfPlan(planId);
        int sort = 0;
        for (Planned t : planned) {
            insert(p, t, ++sort);
        }
        audit.action(ENTITY, planId, "import-tasks", Map.of("rows", rows.size(), "before", existing.size(),
                "after", planned.size()));
        return ImportReport.succeeded(rows.size());
    }

    /**
     * Issues a plan (印发) on {@code issuedOn}: each task is assigned to its responsible unit and its due date
     * tracked on the 督办台 from that day (GV-01). A plan without tasks, or with a task due before the
     * issue, is refused.
     */
    @Allowed.RuleOfLawOffice
    public WorkPlan issue(long planId, PlanIssueRequest r) {
        WorkPlan p = store.lockPlan(planId).orElseThrow(() -> new NotFoundException(ENTITY, planId));
        scope.require(p.unitId(), ENTITY, planId);
        if (p.issued()) {
            throw new RefusedException("plan-issued", "governance.refused.plan-issued");
        }
        LocalDate today = LocalDate.now(clock);
        if (r.issuedOn().isAfter(today)) {
            throw InvalidInputException.field("issuedOn", "governance.date.future");
        }
        if (r.issuedOn().getYear() < p.year() - 1) {
            throw InvalidInputException.field("issuedOn", "governance.plan.issued-year", p.year());
        }
        List<PlanTask> tasks = store.tasksOfPlan(planId);
        if (tasks.isEmpty()) {
            throw new RefusedException("plan-empty", "governance.refused.plan-empty");
        }
        for (PlanTask t : tasks) {
            if (t.dueDate().isBefore(r.issuedOn())) {
                throw InvalidInputException.field("issuedOn", "governance.plan.due-before-issue", t.taskNo(),
                        t.dueDate().toString());
            }
        }
        store.issuePlan(planId, r.issuedOn());
        for (PlanTask t : tasks) {
            TaskSteps.Taken step = steps.takeAsSystem(t.id(), Step.ISSUE);
            var deadline = deadlines.trackFixed(new NewDeadline(Governance.MODULE, Governance.TASK.name(),
                    String.valueOf(t.id()), title(p, t), GovernanceRules.TASK_DEADLINE, null, r.issuedOn(),
                    t.leadUnitId(), null, "/console/governance/tasks/" + t.id()), t.dueDate());
            step.record().tracked(deadline.id());
            steps.complete(step, Map.of("deadlineId", deadline.id(), "issuedOn", r.issuedOn().toString()));
        }
        audit.changed(ENTITY, planId, "issue", Map.of("status", PlanStatus.DRAFT), Map.of("status", PlanStatus.ISSUED,
                "issuedOn", r.issuedOn().toString(), "tasks", tasks.size()));
        return store.plan(planId).orElseThrow();
    }

    // ----- helpers -----

    private record Planned(String taskNo, String content, long lead, List<Long> co, LocalDate due) {
    }

    private Planned check(WorkPlan p, Row row, Long lead, List<Long> co, Map<String, Long> byKey,
            List<RowError> errors) {
        String no = strip(row.taskNo());
        if (no.isEmpty()) {
            errors.add(error(row.number(), "task-no", "import.required"));
        } else if (no.length() > 20) {
            errors.add(error(row.number(), "task-no", "governance.import.too-long", "20"));
        }
        String content = strip(row.content());
        if (content.isEmpty()) {
            errors.add(error(row.number(), "content", "import.required"));
        } else if (content.length() > 2000) {
            errors.add(error(row.number(), "content", "governance.import.too-long", "2000"));
        }
        if (lead != null && !byKey.containsValue(lead)) {
            errors.add(error(row.number(), "lead", "governance.import.unit-unknown", String.valueOf(lead)));
        }
        for (Long c : co) {
            if (!byKey.containsValue(c)) {
                errors.add(error(row.number(), "co", "governance.import.unit-unknown", String.valueOf(c)));
            }
        }
        if (row.due() != null && row.due().getYear() < p.year()) {
            errors.add(error(row.number(), "due", "governance.import.due-year", String.valueOf(p.year())));
        }
        return new Planned(no, content, lead == null ? 0 : lead, List.copyOf(new LinkedHashSet<>(co)), row.due());
    }

    private long insert(WorkPlan p, Planned t, int sort) {
        PlanTaskRecord record = PlanTaskRecord.planned(p.id(), t.taskNo(), sort, t.content(), t.lead(), t.due(),
                steps.now());
        steps.save(record);
        store.insertCoUnits(record.id(), t.co());
        return record.id();
    }

    private static boolean same(List<PlanTask> existing, List<Planned> planned) {
        if (existing.size() != planned.size()) {
            return false;
        }
        for (int i = 0; i < existing.size(); i++) {
            PlanTask a = existing.get(i);
            Planned b = planned.get(i);
            if (!a.taskNo().equals(b.taskNo()) || !a.content().equals(b.content()) || a.leadUnitId() != b.lead()
                    || !a.dueDate().equals(b.due()) || !Objects.equals(new LinkedHashSet<>(a.coUnitIds()),
                            new LinkedHashSet<>(b.co()))) {
                return false;
            }
        }
        return true;
    }

    private WorkPlan draft(long planId) {
        WorkPlan p = store.lockPlan(planId).orElseThrow(() -> new NotFoundException(ENTITY, planId));
        scope.require(p.unitId(), ENTITY, planId);
        if (p.issued()) {
            throw new RefusedException("plan-issued", "governance.refused.plan-issued");
        }
        return p;
    }

    /** The units a plan's task may name: the plan's unit and those below it, by code and by name. */
    private Map<String, Long> unitsUnder(long planUnitId) {
        Map<String, Long> byKey = new HashMap<>();
        for (Unit u : units.visible()) {
            if (u.id() == planUnitId || u.path().contains("/" + planUnitId + "/")) {
                byKey.put(u.code(), u.id());
                byKey.putIfAbsent(u.name(), u.id());
            }
        }
        return byKey;
    }

    private static String title(WorkPlan p, PlanTask t) {
        String title = p.title() + " " + t.taskNo() + " " + t.content();
        return title.length() > 300 ? title.substring(0, 300) : title;
    }

    static LocalDate date(String cell) {
        Matcher m = DATE.matcher(strip(cell));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private RowError error(int row, String column, String key, Object... args) {
        return new RowError(row, header(K + column), text(key, args));
    }

    private String header(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
