package org.fazhi.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disclosure.internal.DisclosureRules;
import org.fazhi.disclosure.internal.ReportBuilder;
import org.fazhi.disclosure.internal.ReportDocx;
import org.fazhi.disclosure.internal.ReportFacts;
import org.fazhi.disclosure.internal.ReportProcedure;
import org.fazhi.disclosure.internal.ReportProcedure.Step;
import org.fazhi.disclosure.internal.ReportRecord;
import org.fazhi.disclosure.internal.ReportRecords;
import org.fazhi.disclosure.internal.ReportStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory 政府信息公开工作年度报告 of a unit and year (GI-06/07): opened with its deadline on the 督办台 (a
 * department's by 31 January, the government's own by 31 March of the next year), narratives entered, the cells
 * no module supplies entered with their source, submitted when complete and consistent, approved by a second
 * person (which publishes it on the portal and meets the deadline), exported as DOCX — refused while a
 * cross-check fails, naming the cell.
 */
@Service
@Transactional
public class AnnualReports {

    private final ReportRecords records;
    private final ReportStore store;
    private final ReportBuilder builder;
    private final ReportDocx docx;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    AnnualReports(ReportRecords records, ReportStore store, ReportBuilder builder, ReportDocx docx, Deadlines deadlines,
            DataScope scope, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.builder = builder;
        this.docx = docx;
        this.deadlines = deadlines;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Allowed.Drafters
    public AnnualReport open(ReportRequest r) {
        if (!scope.canSee(r.unitId())) {
            throw InvalidInputException.field("unitId", "disclosure.intake.unit-outside-scope");
        }
        if (r.year() > LocalDate.now(clock).getYear()) {
            throw InvalidInputException.field("year", "disclosure.report.future-year");
        }
        if (records.findByUnitAndYear(r.unitId(), r.year()).isPresent()) {
            throw InvalidInputException.field("year", "disclosure.report.exists");
        }
        ReportRecord record = save(ReportRecord.opened(r.unitId(), r.year(), r.kind(), Actor.current().userId(), now()));
        TrackedDeadline d = deadlines.track(NewDeadline.of(DisclosureRequest.MODULE, AnnualReport.SUBJECT.name(),
                String.valueOf(record.id()), r.year() + "年度政府信息公开工作年度报告", DisclosureRules.ANNUAL_REPORT,
                LocalDate.of(r.year() + 1, 1, 1), r.unitId()).withTerm(r.kind().term())
                .withLabel("disclosure.deadline.annual-report").withLink("/console/disclosure/reports/" + record.id()));
        record.tracked(d.id());
        save(record);
        audit.created(AnnualReport.SUBJECT.name(), record.id(), Map.of("unitId", r.unitId(), "year", r.year(), "kind",
                r.kind(), "dueDate", d.dueDate().toString()));
        return builder.build(record);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public AnnualReport report(long id) {
        return builder.build(require(id));
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<AnnualReport> reports(Integer year) {
        return store.reportIds(scope.visibleUnitIds(), year).stream()
                .map(i -> builder.build(records.findById(i).orElseThrow())).toList();
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public Guide<ReportStatus> guide(long id) {
        return guide(facts(require(id)));
    }

    private Guide<ReportStatus> guide(ReportFacts f) {
        AnnualReport r = f.report();
        String key = switch (r.status()) {
            case DRAFT -> !r.missingCells().isEmpty() ? "disclosure.next.report-cells"
                    : !r.failedChecks().isEmpty() ? "disclosure.next.report-checks" : "disclosure.next.report-submit";
            case SUBMITTED -> "disclosure.next.report-approve";
            case PUBLISHED -> "disclosure.next.report-published";
        };
        return new Guide<>(r.status(), key, List.of(String.valueOf(r.dueDate()), String.valueOf(r.publishedOn())),
                ReportProcedure.PROCEDURE.checks(f, ReportProcedure.PEOPLE_STEPS));
    }

    @Allowed.Drafters
    public AnnualReport saveTexts(long id, ReportTextRequest r) {
        ReportRecord record = take(id, Step.EDIT, r.version());
        record.texts(strip(r.overview()), strip(r.problems()), strip(r.other()), now());
        save(record);
        audit.changed(AnnualReport.SUBJECT.name(), id, "edit", Map.of(), Map.of("sections", "1,5,6"));
        return builder.build(record);
    }

    /** A cell no module supplies, entered with its source; a computed cell cannot be overwritten. */
    @Allowed.Drafters
    public AnnualReport enterCell(long id, ReportCellRequest r) {
        ReportRecord record = take(id, Step.EDIT, r.version());
        String key = r.key().strip();
        if (!ReportBuilder.knownKey(key)) {
            throw InvalidInputException.field("key", "disclosure.report.unknown-cell");
        }
        if (builder.computed(key)) {
            throw InvalidInputException.field("key", "disclosure.report.computed-cell");
        }
        store.enter(id, key, r.amount(), r.source().strip(), Actor.current().userId(), now());
        record.texts(record.overview(), record.problems(), record.other(), now());
        save(record);
        audit.changed(AnnualReport.SUBJECT.name(), id, "enter-cell", Map.of(), Map.of("cell", key, "amount",
                r.amount().toPlainString(), "source", r.source().strip()));
        return builder.build(record);
    }

    @Allowed.Drafters
    public AnnualReport submit(long id, ReportNoteRequest r) {
        ReportRecord record = take(id, Step.SUBMIT, r.version());
        record.submitted(Actor.current().userId());
        return move(record, Step.SUBMIT, ReportStatus.SUBMITTED, Map.of());
    }

    /** A second person approves: the report is published on the portal and its deadline met today. */
    @Allowed.Drafters
    public AnnualReport approve(long id, ReportNoteRequest r) {
        ReportRecord record = take(id, Step.APPROVE, r.version());
        LocalDate today = LocalDate.now(clock);
        record.published(Actor.current().userId(), today);
        if (record.deadlineId() != null) {
            deadlines.find(record.deadlineId()).filter(d -> d.status().isActive())
                    .ifPresent(d -> deadlines.meet(d.id(), today));
        }
        return move(record, Step.APPROVE, ReportStatus.PUBLISHED, Map.of("publishedOn", today.toString()));
    }

    @Allowed.Drafters
    public AnnualReport returnReport(long id, ReportNoteRequest r) {
        if (r.note() == null || r.note().isBlank()) {
            throw InvalidInputException.field("note", "disclosure.reason.required");
        }
        ReportRecord record = take(id, Step.RETURN, r.version());
        record.returned();
        return move(record, Step.RETURN, ReportStatus.DRAFT, Map.of("reason", r.note().strip()));
    }

    /** The DOCX in the official format; refused (409) while a cross-check fails or a cell is missing, naming it. */
    @Allowed.Staff
    public byte[] docx(long id, Locale locale) {
        AnnualReport r = builder.build(require(id));
        checkExportable(r);
        audit.action(AnnualReport.SUBJECT.name(), id, "export", Map.of("format", "docx"));
        return docx.write(r, locale);
    }

    // ----- the portal -----

    @Transactional(readOnly = true)
    public List<AnnualReport> published() {
        return store.publishedIds().stream().map(i -> builder.build(records.findById(i).orElseThrow())).toList();
    }

    @Transactional(readOnly = true)
    public AnnualReport publishedReport(long id) {
        ReportRecord r = records.findById(id).filter(x -> x.status() == ReportStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException(AnnualReport.SUBJECT.name(), id));
        return builder.build(r);
    }

    @Transactional(readOnly = true)
    public byte[] publishedDocx(long id, Locale locale) {
        AnnualReport r = publishedReport(id);
        checkExportable(r);
        return docx.write(r, locale);
    }

    // -----

    private static void checkExportable(AnnualReport r) {
        if (!r.failedChecks().isEmpty()) {
            throw new RefusedException("cross-check-failed", "disclosure.refused.cross-check-failed",
                    r.failedChecks().get(0).cell());
        }
        if (!r.missingCells().isEmpty()) {
            throw new RefusedException("cells-missing", "disclosure.refused.cells-missing",
                    String.join(", ", r.missingCells()));
        }
    }

    private AnnualReport move(ReportRecord record, Step step, ReportStatus next, Map<String, ?> details) {
        ReportStatus before = record.status();
        record.moveTo(next, now());
        save(record);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", next);
        after.putAll(details);
        audit.changed(AnnualReport.SUBJECT.name(), record.id(), ReportProcedure.name(step), Map.of("status", before),
                after);
        return builder.build(record);
    }

    private ReportRecord take(long id, Step step, Integer version) {
        ReportRecord record = records.lock(id).filter(x -> scope.canSee(x.unitId()))
                .orElseThrow(() -> new NotFoundException(AnnualReport.SUBJECT.name(), id));
        StaleVersionException.check(version, record.version(), AnnualReport.SUBJECT.name(), id);
        ReportProcedure.PROCEDURE.next(step, facts(record));
        return record;
    }

    private ReportRecord require(long id) {
        return records.findById(id).filter(x -> scope.canSee(x.unitId()))
                .orElseThrow(() -> new NotFoundException(AnnualReport.SUBJECT.name(), id));
    }

    private ReportFacts facts(ReportRecord record) {
        return new ReportFacts(builder.build(record),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), Actor.current().userId(),
                LocalDate.now(clock));
    }

    private ReportRecord save(ReportRecord r) {
        try {
            return records.save(r);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
