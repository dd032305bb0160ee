package org.fazhi.decisions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fazhi.decisions.internal.CatalogStore;
import org.fazhi.decisions.internal.DecisionFacts;
import org.fazhi.decisions.internal.DecisionFactsReader;
import org.fazhi.decisions.internal.DecisionStore;
import org.fazhi.decisions.internal.HearingSchedule;
import org.fazhi.decisions.internal.ImplementationStore;
import org.fazhi.decisions.internal.MeetingStore;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a decision's page in one call: one scope check, one transaction ({@link DecisionOverview}). */
@Service
@Transactional(readOnly = true)
public class DecisionOverviews {

    private final DecisionFactsReader facts;
    private final DecisionGuide guide;
    private final DecisionStore decisions;
    private final CatalogStore catalogs;
    private final MeetingStore meetings;
    private final ImplementationStore implementation;
    private final Experts experts;
    private final PublicConsultations participation;
    private final HearingSchedule schedule;
    private final Units units;

    DecisionOverviews(DecisionFactsReader facts, DecisionGuide guide, DecisionStore decisions, CatalogStore catalogs,
            MeetingStore meetings, ImplementationStore implementation, Experts experts,
            PublicConsultations participation, HearingSchedule schedule, Units units) {
        this.facts = facts;
        this.guide = guide;
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.meetings = meetings;
        this.implementation = implementation;
        this.experts = experts;
        this.participation = participation;
        this.schedule = schedule;
        this.units = units;
    }

    /** The page of a decision the actor may see (404 otherwise). */
    @Allowed.ProcedureReaders
    public DecisionOverview of(long id) {
        DecisionFacts f = facts.read(id);
        MajorDecision d = f.decision();
        CatalogItem item = catalogs.item(d.catalogItemId()).orElseThrow();
        DecisionCatalog catalog = catalogs.find(item.catalogId()).orElseThrow();
        Set<Long> unitIds = new HashSet<>();
        unitIds.add(d.unitId());
        unitIds.add(d.decidingUnitId());
        f.milestones().forEach(m -> unitIds.add(m.responsibleUnitId()));
        Map<Long, Meeting> topicMeetings = new LinkedHashMap<>();
        f.topics().forEach(t -> meetings.find(t.meetingId()).ifPresent(m -> topicMeetings.put(m.id(), m)));
        return new DecisionOverview(d, item, catalog, units.names(unitIds), guide.of(f), f.procedures(),
                decisions.versions(id), f.waivers(), f.consultations(),
                participation.summaryOfSubject(MajorDecision.SUBJECT.ref(id)), f.hearings(), f.polls(),
                f.argumentations(), experts.usableFor(d), f.risks(), f.reviews(), f.topics(), topicMeetings,
                f.milestones(), f.reports(), implementation.evaluations(id), decisions.processRecord(id),
                f.missingMaterials(), f.missingArchive(),
                participation.earliestClose(ConsultationKind.MAJOR_DECISION, f.today(), d.unitId()),
                schedule.earliestHearing(f.today(), d.unitId()), f.today());
    }
}
