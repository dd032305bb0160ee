package org.fazhi.disputes.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disputes.AdministrativeMediation;
import org.fazhi.disputes.ConfirmationOutcome;
import org.fazhi.disputes.Disputes;
import org.fazhi.disputes.LegalAidCase;
import org.fazhi.disputes.LegalAidStatus;
import org.fazhi.disputes.LegalServicePoint;
import org.fazhi.disputes.LegalServices;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.MediationOrgKind;
import org.fazhi.disputes.MediationOrgs;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.disputes.ServicePointLevel;
import org.fazhi.disputes.VillageCoverage;
import org.fazhi.rules.Rule;
import org.fazhi.rules.RulesCatalog;
import org.springframework.stereotype.Component;

/**
 * The module's figures for the assessment, per unit subtree and year, each with the records behind it:
 * administrative mediation staff per enforcement department (SD-18), one legal adviser per village
 * (SD-19), the committees' coverage of the villages, the mediation resolution rate, petitions handled
 * within their time limits (PT-01, PT-02); and the counts the seeds report — committees (new enterprise
 * committees among them), mediators, cases and agreements, judicial confirmations applied for, service
 * centres, stations and rooms, consultations answered, legal-aid cases, petitions, leaders' reception days
 * and visitors. Figures "on a day" are read on 31 December of the year, or today for the current year.
 */
@Component
public class DisputesMetrics implements MetricSource {

    static final String P = "disputes.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Figures that sum the number in each record's note rather than count the records. */
    private static final Set<String> SUMS = Set.of(P + "consultations", P + "reception-visitors");

    private final MediationOrgs orgs;
    private final AdministrativeMediation administrative;
    private final LegalServices services;
    private final MediationStore mediation;
    private final LegalServiceStore legal;
    private final PetitionStore petitions;
    private final Deadlines deadlines;
    private final RulesCatalog rules;
    private final Clock clock;

    DisputesMetrics(MediationOrgs orgs, AdministrativeMediation administrative, LegalServices services,
            MediationStore mediation, LegalServiceStore legal, PetitionStore petitions, Deadlines deadlines,
            RulesCatalog rules, Clock clock) {
        this.orgs = orgs;
        this.administrative = administrative;
        this.services = services;
        this.mediation = mediation;
        this.legal = legal;
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        BigDecimal advisers = rules.find(DisputesRules.VILLAGE_ADVISERS).map(Rule::amount).orElse(HUNDRED);
        return List.of(
                rate("admin-mediation-staff", DisputesRules.ADMIN_MEDIATION_STAFF, HUNDRED),
                rate("village-adviser-coverage", DisputesRules.VILLAGE_ADVISERS, advisers),
                rate("mediation-committee-coverage", null, null),
                rate("mediation-resolution-rate", null, null),
                rate("petitions-on-time", DisputesRules.PETITION_HANDLING, HUNDRED),
                count("mediation-organisations"), count("enterprise-committees-new"), count("mediators"),
                count("mediation-cases"), count("mediation-agreements"), count("judicial-confirmations"),
                count("legal-service-centres"), count("legal-service-stations"), count("legal-service-rooms"),
                count("consultations"), count("legal-aid-cases"), count("legal-aid-granted"), count("petitions"),
                count("reception-days"), count("reception-visitors"));
    }

    private static Metric rate(String name, String ruleId, BigDecimal target) {
        return new Metric(P + name, Disputes.MODULE, "metric." + P + name, MetricKind.RATE, ruleId, target);
    }

    private static Metric count(String name) {
        return new Metric(P + name, Disputes.MODULE, "metric." + P + name, MetricKind.COUNT, null, null);
    }

    @Override
    public MetricValue value(String id, Set<Long> units, int year) {
        List<MetricRecord> records = records(id, units, year);
        Metric m = metrics().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        if (SUMS.contains(id)) {
            return MetricValue.count(id, records.stream().mapToLong(r -> Long.parseLong(r.note())).sum());
        }
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = to.isAfter(today) ? today : to;
        String metric = id.startsWith(P) ? id.substring(P.length()) : id;
        return switch (metric) {
            case "admin-mediation-staff" -> administrative.departments(units, on).stream()
                    .map(d -> new MetricRecord(d.unitName(), "/console/disputes/staff", d.meets(),
                            d.count() + " / " + d.required()))
                    .toList();
            case "village-adviser-coverage" -> coverage(services.adviserCoverage(units, on), "/console/disputes/services");
            case "mediation-committee-coverage" -> coverage(orgs.coverage(units, on), "/console/disputes/orgs");
            case "mediation-resolution-rate" -> cases(units, year).stream()
                    .filter(c -> c.status() != MediationStatus.DECLINED)
                    .map(c -> caseRecord(c, c.status() == MediationStatus.AGREED)).toList();
            case "petitions-on-time" -> petitionsOnTime(units, from, to, today);
            case "mediation-organisations" -> mediation.orgs(units).stream().filter(o -> o.activeOn(on))
                    .map(o -> orgRecord(o)).toList();
            case "enterprise-committees-new" -> mediation.orgs(units).stream()
                    .filter(o -> o.kind() == MediationOrgKind.ENTERPRISE && !o.establishedOn().isBefore(from)
                            && !o.establishedOn().isAfter(to))
                    .map(o -> orgRecord(o)).toList();
            case "mediators" -> {
                Map<Long, MediationOrg> byId = mediation.orgs(units).stream()
                        .collect(Collectors.toMap(MediationOrg::id, Function.identity()));
                yield mediation.mediatorsOf(byId.keySet()).stream().filter(x -> x.activeOn(on))
                        .map(x -> new MetricRecord(x.personName() + " · " + byId.get(x.orgId()).name(),
                                "/console/disputes/orgs", true, null))
                        .toList();
            }
            case "mediation-cases" -> cases(units, year).stream().map(c -> caseRecord(c, true)).toList();
            case "mediation-agreements" -> cases(units, year).stream().filter(c -> c.status() == MediationStatus.AGREED)
                    .map(c -> caseRecord(c, true)).toList();
            case "judicial-confirmations" -> mediation.cases(units, null, MediationStatus.AGREED).stream()
                    .filter(c -> c.confirmationOutcome() == ConfirmationOutcome.APPLIED
                            && !c.confirmationOn().isBefore(from) && !c.confirmationOn().isAfter(to))
                    .map(c -> caseRecord(c, true)).toList();
            case "legal-service-centres" -> points(units, on, ServicePointLevel.CENTRE);
            case "legal-service-stations" -> points(units, on, ServicePointLevel.STATION);
            case "legal-service-rooms" -> points(units, on, ServicePointLevel.ROOM);
            case "consultations" -> {
                Map<Long, LegalServicePoint> byId = legal.points(units).stream()
                        .collect(Collectors.toMap(LegalServicePoint::id, Function.identity()));
                yield legal.tallies(byId.keySet(), from, to).stream()
                        .map(t -> new MetricRecord(byId.get(t.pointId()).name() + " · " + t.monthStart().getYear() + "-"
                                + String.format("%02d", t.monthStart().getMonthValue()), "/console/disputes/services",
                                t.consultations() > 0, String.valueOf(t.consultations())))
                        .toList();
            }
            case "legal-aid-cases" -> legal.aids(units, year).stream().map(a -> aidRecord(a)).toList();
            case "legal-aid-granted" -> legal.aids(units, null).stream()
                    .filter(a -> (a.status() == LegalAidStatus.GRANTED || a.status() == LegalAidStatus.CLOSED)
                            && !a.decidedOn().isBefore(from) && !a.decidedOn().isAfter(to))
                    .map(a -> aidRecord(a)).toList();
            case "petitions" -> petitions.petitions(units, year, null).stream()
                    .map(p -> petitionRecord(p, true, null)).toList();
            case "reception-days" -> petitions.receptions(units, year).stream()
                    .map(d -> new MetricRecord(d.heldOn() + " · " + d.leaderPost() + " " + d.leaderName(),
                            "/console/disputes/receptions", true, String.valueOf(d.visitors())))
                    .toList();
            case "reception-visitors" -> petitions.receptions(units, year).stream()
                    .map(d -> new MetricRecord(d.heldOn() + " · " + d.leaderPost() + " " + d.leaderName(),
                            "/console/disputes/receptions", d.visitors() > 0, String.valueOf(d.visitors())))
                    .toList();
            default -> throw new org.fazhi.shared.NotFoundException("metric", id);
        };
    }

    private List<MediationCase> cases(Set<Long> units, int year) {
        return mediation.cases(units, year, null);
    }

    private static List<MetricRecord> coverage(VillageCoverage c, String link) {
        return c.rows().stream().map(r -> new MetricRecord(r.parentName() + " · " + r.unitName(), link, r.covered(),
                String.join("；", r.by()))).toList();
    }

    private static MetricRecord caseRecord(MediationCase c, boolean counted) {
        return new MetricRecord(c.caseNo(), "/console/disputes/cases/" + c.id(), counted, c.status().name());
    }

    private static MetricRecord orgRecord(MediationOrg o) {
        return new MetricRecord(o.name(), "/console/disputes/orgs", true, o.kind().name());
    }

    private static MetricRecord aidRecord(LegalAidCase a) {
        return new MetricRecord(a.caseNo(), "/console/disputes/legal-aid", true, a.status().name());
    }

    private static MetricRecord petitionRecord(Petition p, boolean counted, String note) {
        return new MetricRecord(p.petitionNo() + " · " + p.subject(), "/console/disputes/petitions/" + p.id(), counted,
                note);
    }

    private List<MetricRecord> points(Set<Long> units, LocalDate on, ServicePointLevel level) {
        return legal.points(units).stream().filter(p -> p.level() == level && p.activeOn(on))
                .map(p -> new MetricRecord(p.name(), "/console/disputes/services", true, null)).toList();
    }

    /**
     * Petitions decided or replied in the year, each on time when every deadline it met was met by its due
     * date (the acceptance decision, PT-01, and for an accepted one the reply, PT-02); and petitions still
     * open whose running deadline fell due in the year and has passed, which are late already.
     */
    private List<MetricRecord> petitionsOnTime(Set<Long> units, LocalDate from, LocalDate to, LocalDate today) {
        List<MetricRecord> out = new ArrayList<>();
        for (Petition p : petitions.all(units)) {
            TrackedDeadline acceptance = find(p.acceptanceDeadlineId());
            TrackedDeadline handling = find(p.handlingDeadlineId());
            LocalDate concluded = p.status() == PetitionStatus.REPLIED ? p.repliedOn()
                    : p.status() == PetitionStatus.NOT_ACCEPTED || p.status() == PetitionStatus.TRANSFERRED
                            ? p.decidedOn() : null;
            if (concluded != null) {
                if (concluded.isBefore(from) || concluded.isAfter(to)) {
                    continue;
                }
                boolean onTime = (acceptance == null || !acceptance.late())
                        && (handling == null || !handling.late());
                out.add(petitionRecord(p, onTime, p.receivedOn() + " → " + concluded));
                continue;
            }
            TrackedDeadline running = handling != null ? handling : acceptance;
            if (running != null && running.dueDate().isBefore(today) && !running.dueDate().isBefore(from)
                    && !running.dueDate().isAfter(to)) {
                out.add(petitionRecord(p, false, p.receivedOn() + " → " + running.dueDate()));
            }
        }
        return out;
    }

    private TrackedDeadline find(Long id) {
        return id == null ? null : deadlines.find(id).orElse(null);
    }
}
