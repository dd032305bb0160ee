package org.fazhi.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.indicators.AnnualReport.Figure;
import org.fazhi.indicators.AnnualReport.Part;
import org.fazhi.indicators.Scorecards.AreaLines;
import org.fazhi.indicators.Scorecards.Line;
import org.fazhi.indicators.Scorecards.Scorecard;
import org.fazhi.indicators.internal.IndicatorsRules;
import org.fazhi.indicators.internal.ReportStore;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.BackgroundJobs;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual rule-of-law government report of a unit and year, drafted from the figures: section 1 has a
 * part per area of the year's indicator system quoting each indicator's figure (traceable to its metric and
 * records), section 2 lists the indicators short of their targets, and every part has a narrative the
 * drafter edits. A refresh recomputes the figures, keeps the narratives and marks the figures that changed.
 * Submitting it meets AR-01 (and AR-03 for a demonstration area), publishing meets AR-02 and puts it on the
 * portal with the unit's earlier reports. A report outside the reader's scope answers 404.
 */
@Service
@Transactional
public class AnnualReports {

    /** The phase of a draft after its figures: the parts and deadlines written. */
    public static final String WRITING = "WRITING";

    /** A report with its parts and the unit's name; {@code deadlines}: its AR-01/AR-02/AR-03 deadlines. */
    public record ReportView(AnnualReport report, String unitName, List<Part> parts, List<TrackedDeadline> deadlines) {

        public List<Part> section(int section) {
            return parts.stream().filter(p -> p.section() == section).toList();
        }

        /** The quoted figures short of their targets (section 2's list). */
        public List<Figure> shortfalls() {
            return parts.stream().flatMap(p -> p.figures().stream()).filter(f -> Boolean.FALSE.equals(f.met()))
                    .toList();
        }

        public long changedFigures() {
            return parts.stream().flatMap(p -> p.figures().stream()).filter(Figure::changed).count();
        }
    }

    private final ReportStore store;
    private final IndicatorSystems systems;
    private final Scorecards scorecards;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final Units units;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    AnnualReports(ReportStore store, IndicatorSystems systems, Scorecards scorecards, Deadlines deadlines,
            DataScope scope, Units units, MessageSource messages, AuditLog audit, Clock clock) {
        this.store = store;
        this.systems = systems;
        this.scorecards = scorecards;
        this.deadlines = deadlines;
        this.scope = scope;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reports of the units the reader may see, newest year first. */
    @Transactional(readOnly = true)
    @Allowed.Overseers
    public List<AnnualReport> visible() {
        return store.of(scope.visibleUnitIds());
    }

    /** The published reports, for the portal. */
    @Transactional(readOnly = true)
    public List<AnnualReport> published() {
        return store.published();
    }

    /** Drafts the report of a unit for a year from its figures, and puts its deadlines on the 督办台. */
    @Allowed.RuleOfLawOffice
    public AnnualReport draft(ReportDraftRequest r) {
        return draft(r, (phase, done, total, percent) -> { });
    }

    /**
     * Whether the report may be drafted (the unit in scope, no report of that year yet, a system for the
     * year), so that a form can say so at once before the drafting starts in the background. Returns the
     * report's title.
     */
    @Transactional(readOnly = true)
    @Allowed.RuleOfLawOffice
    public String checkDraft(ReportDraftRequest r) {
        scope.require(r.unitId(), AnnualReport.SUBJECT.name(), r.unitId());
        if (store.find(r.unitId(), r.year()).isPresent()) {
            throw new RefusedException("report-exists", "indicators.refused.report-exists", r.year());
        }
        systems.forYear(r.year(), r.unitId());
        return messages.getMessage("indicators.report.default-title", new Object[] {units.name(r.unitId()),
                String.valueOf(r.year())}, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * {@link #draft(ReportDraftRequest)} telling {@code progress} where it stands: the figures of each
     * indicator ({@link Scorecards#FIGURES}, most of the time for a large unit), then the parts written
     * ({@link #WRITING}).
     */
    @Allowed.RuleOfLawOffice
    public AnnualReport draft(ReportDraftRequest r, BackgroundJobs.Progress progress) {
        String title = checkDraft(r);
        IndicatorSystem system = systems.forYear(r.year(), r.unitId());
        long id = store.insert(r.unitId(), r.year(), system.id(), title, r.demonstration());
        Scorecard card = scorecards.card(system.id(), r.unitId(), r.year(), (phase, done, total, percent) ->
                progress.at(phase, done, total, percent == null ? null : percent * 9 / 10));
        progress.at(WRITING, 0, card.areas().size(), 90);
        int seq = 0;
        for (AreaLines area : card.areas()) {
            long part = store.insertPart(id, 1, ++seq, area.area().title());
            for (Line l : area.lines()) {
                quote(id, part, l);
            }
        }
        for (int section = 2; section <= AnnualReport.SECTIONS; section++) {
            store.insertPart(id, section, 1, null);
        }
        LocalDate start = LocalDate.of(r.year() + 1, 1, 1);
        String link = "/console/indicators/reports/" + id;
        track(id, title, IndicatorsRules.REPORT_SUBMITTED, start, r.unitId(), link, "indicators.deadline.submit");
        track(id, title, IndicatorsRules.REPORT_PUBLISHED, start, r.unitId(), link, "indicators.deadline.publish");
        if (r.demonstration()) {
            track(id, title, IndicatorsRules.DEMONSTRATION_REPORT, start, r.unitId(), link,
                    "indicators.deadline.demonstration");
        }
        audit.created(AnnualReport.SUBJECT.name(), id, Map.of("unitId", r.unitId(), "year", r.year(), "systemId",
                system.id(), "title", title, "demonstration", r.demonstration()));
        progress.at(WRITING, card.areas().size(), card.areas().size(), 100);
        return store.find(id).orElseThrow();
    }

    private void track(long id, String title, String rule, LocalDate start, long unitId, String link, String label) {
        deadlines.track(NewDeadline.of(IndicatorSystem.MODULE, AnnualReport.SUBJECT.name(), String.valueOf(id), title,
                rule, start, unitId).withLabel(label).withLink(link));
    }

    private void quote(long reportId, long partId, Line l) {
        if (l.hasSource()) {
            store.insertFigure(reportId, partId, l.indicator().id(), l.indicator().metricId(), l.indicator().title(),
                    l.kind().name(), l.numerator(), l.denominator(), l.value(), l.target(), l.met());
        }
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public ReportView view(long id) {
        AnnualReport report = visible(id);
        return new ReportView(report, units.name(report.unitId()), store.parts(id),
                deadlines.forSubject(IndicatorSystem.MODULE, AnnualReport.SUBJECT.name(), String.valueOf(id)));
    }

    /**
     * A published report as the public reads it: only a published one (404 otherwise), its narratives
     * with natural persons' identifiers removed.
     */
    @Transactional(readOnly = true)
    public ReportView publicView(long id) {
        AnnualReport report = store.find(id).filter(r -> r.status() == ReportStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException(AnnualReport.SUBJECT.name(), id));
        List<Part> parts = store.parts(id).stream().map(p -> new Part(p.id(), p.section(), p.seq(), p.heading(),
                PersonalData.redact(p.narrative()), p.figures())).toList();
        return new ReportView(report, units.name(report.unitId()), parts, List.of());
    }

    /**
     * Recomputes every figure of a draft from today's records; the narratives stay as edited and each figure
     * whose value moved is marked with the value before. Indicators that gained a data source are quoted.
     */
    @Allowed.RuleOfLawOffice
    public ReportView refresh(long id, Integer expectedVersion) {
        AnnualReport report = draftOf(id, expectedVersion);
        Scorecard card = scorecards.card(report.systemId(), report.unitId(), report.year());
        List<Part> parts = store.parts(id);
        int changed = 0;
        List<Long> quoted = new ArrayList<>();
        for (Part p : parts) {
            for (Figure f : p.figures()) {
                quoted.add(f.indicatorId());
                Line l = card.lines().stream().filter(x -> x.indicator().id() == f.indicatorId()).findFirst()
                        .orElse(null);
                if (l == null || !l.hasSource()) {
                    continue;
                }
                boolean moved = !Objects.equals(normal(f.value()), normal(l.value())) || f.numerator() != l.numerator()
                        || f.denominator() != l.denominator();
                changed += moved ? 1 : 0;
                store.refreshFigure(f.id(), l.numerator(), l.denominator(), l.value(), l.target(), l.met(),
                        moved ? f.value() : null, moved);
            }
        }
        for (int a = 0; a < card.areas().size(); a++) {
            AreaLines area = card.areas().get(a);
            Part part = parts.stream().filter(p -> p.section() == 1 && p.heading() != null
                    && p.heading().equals(area.area().title())).findFirst().orElse(null);
            if (part != null) {
                area.lines().stream().filter(l -> l.hasSource() && !quoted.contains(l.indicator().id()))
                        .forEach(l -> quote(id, part.id(), l));
            }
        }
        store.update(id, report.status(), report.submittedOn(), report.publishedOn(), true);
        audit.action(AnnualReport.SUBJECT.name(), id, "refreshed", Map.of("changedFigures", changed));
        return view(id);
    }

    /** Edits a part's narrative; the figures are not touched. */
    @Allowed.RuleOfLawOffice
    public ReportView edit(long id, long partId, NarrativeRequest r) {
        AnnualReport report = draftOf(id, r.version());
        Part part = store.parts(id).stream().filter(p -> p.id() == partId).findFirst()
                .orElseThrow(() -> new NotFoundException("annual-report-part", partId));
        store.narrative(partId, r.narrative().strip());
        store.update(id, report.status(), report.submittedOn(), report.publishedOn(), false);
        audit.changed(AnnualReport.SUBJECT.name(), id, "narrative-edited", Map.of("partId", partId, "narrative",
                part.narrative()), Map.of("partId", partId, "narrative", r.narrative().strip()));
        return view(id);
    }

    /** Reported to the party committee and the superior: AR-01 (and AR-03) met today; figures are fixed. */
    @Allowed.RuleOfLawOffice
    public ReportView submit(long id, Integer expectedVersion) {
        AnnualReport report = draftOf(id, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        store.update(id, ReportStatus.SUBMITTED, today, null, false);
        meet(id, today, IndicatorsRules.REPORT_SUBMITTED, IndicatorsRules.DEMONSTRATION_REPORT);
        audit.action(AnnualReport.SUBJECT.name(), id, "submitted", Map.of("submittedOn", today.toString(), "year",
                report.year()));
        return view(id);
    }

    /** Made public: on the portal from today, AR-02 met. Only a submitted report is published. */
    @Allowed.RuleOfLawOffice
    public ReportView publish(long id, Integer expectedVersion) {
        AnnualReport report = locked(id, expectedVersion);
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new RefusedException("report-not-submitted", "indicators.refused.report-not-submitted");
        }
        LocalDate today = LocalDate.now(clock);
        store.update(id, ReportStatus.PUBLISHED, report.submittedOn(), today, false);
        meet(id, today, IndicatorsRules.REPORT_PUBLISHED);
        audit.action(AnnualReport.SUBJECT.name(), id, "published", Map.of("publishedOn", today.toString(), "year",
                report.year()));
        return view(id);
    }

    private void meet(long id, LocalDate on, String... rules) {
        List<String> wanted = List.of(rules);
        deadlines.forSubject(IndicatorSystem.MODULE, AnnualReport.SUBJECT.name(), String.valueOf(id)).stream()
                .filter(t -> t.status().isActive() && wanted.contains(t.ruleId())).forEach(t -> deadlines.meet(t.id(), on));
    }

    private AnnualReport visible(long id) {
        AnnualReport report = store.find(id).orElseThrow(() -> new NotFoundException(AnnualReport.SUBJECT.name(), id));
        scope.require(report.unitId(), AnnualReport.SUBJECT.name(), id);
        return report;
    }

    private AnnualReport locked(long id, Integer expectedVersion) {
        visible(id);
        AnnualReport report = store.lock(id).orElseThrow();
        StaleVersionException.check(expectedVersion, report.version(), AnnualReport.SUBJECT.name(), id);
        return report;
    }

    private AnnualReport draftOf(long id, Integer expectedVersion) {
        AnnualReport report = locked(id, expectedVersion);
        if (report.status() != ReportStatus.DRAFT) {
            throw new RefusedException("report-not-draft", "indicators.refused.report-not-draft");
        }
        return report;
    }

    private static BigDecimal normal(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
