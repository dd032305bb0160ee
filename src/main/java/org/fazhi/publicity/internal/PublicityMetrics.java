package org.fazhi.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
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
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.publicity.Attendance;
import org.fazhi.publicity.DutyListStatus;
import org.fazhi.publicity.ExamResult;
import org.fazhi.publicity.LawExam;
import org.fazhi.publicity.Publicity;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.PublicityDuties;
import org.fazhi.publicity.TrainingSession;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * The module's figures for the assessment, per unit subtree and year, each with the records behind it: the
 * agencies with a 谁执法谁普法 list for the year and those reviewed; activities held, their participants and the
 * copies of materials handed out; training sessions and attendance; exams, those who sat them and the pass
 * rate; legal vice-principals and 法律明白人 serving, model villages. None has a statutory target. Figures "on a
 * day" are read on 31 December of the year, or today for the current year.
 */
@Component
public class PublicityMetrics implements MetricSource {

    static final String P = "publicity.";
    /** Figures that sum the number in each record's note rather than count the records. */
    private static final Set<String> SUMS = Set.of(P + "activity-participants", P + "materials-copies");

    private final PublicityDuties duties;
    private final PublicityStore store;
    private final Units units;
    private final Clock clock;

    PublicityMetrics(PublicityDuties duties, PublicityStore store, Units units, Clock clock) {
        this.duties = duties;
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(rate("duty-lists"), rate("duty-reviews"), count("activities-held"),
                count("activity-participants"), count("materials-copies"), count("trainings"),
                rate("training-attendance"), count("exams"), rate("exam-pass-rate"), count("vice-principals"),
                count("legal-literate-persons"), count("model-villages"));
    }

    private static Metric rate(String name) {
        return new Metric(P + name, Publicity.MODULE, "metric." + P + name, MetricKind.RATE, null, null);
    }

    private static Metric count(String name) {
        return new Metric(P + name, Publicity.MODULE, "metric." + P + name, MetricKind.COUNT, null, null);
    }

    @Override
    public MetricValue value(String id, Set<Long> unitIds, int year) {
        List<MetricRecord> records = records(id, unitIds, year);
        Metric m = metrics().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("metric", id));
        if (SUMS.contains(id)) {
            return MetricValue.count(id, records.stream().mapToLong(r -> Long.parseLong(r.note())).sum());
        }
        long counted = records.stream().filter(MetricRecord::counted).count();
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> unitIds, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = end.isAfter(today) ? today : end;
        String metric = id.startsWith(P) ? id.substring(P.length()) : id;
        return switch (metric) {
            case "duty-lists" -> duties.statuses(unitIds, year).stream()
                    .map(s -> new MetricRecord(s.unitName(), "/console/publicity/duties?year=" + year, s.hasList(),
                            String.valueOf(s.lines())))
                    .toList();
            case "duty-reviews" -> duties.statuses(unitIds, year).stream().filter(DutyListStatus::hasList)
                    .map(s -> new MetricRecord(s.unitName(), "/console/publicity/duties?year=" + year,
                            s.review() != null, s.review() == null ? null : s.review().rating().name()))
                    .toList();
            case "activities-held" -> held(unitIds, year).stream().map(a -> activity(a, true, null)).toList();
            case "activity-participants" -> held(unitIds, year).stream()
                    .map(a -> activity(a, a.participants() > 0, String.valueOf(a.participants()))).toList();
            case "materials-copies" -> held(unitIds, year).stream()
                    .map(a -> activity(a, a.copies() > 0, String.valueOf(a.copies()))).toList();
            case "trainings" -> store.trainings(unitIds, year).stream()
                    .map(t -> new MetricRecord(t.heldOn() + " · " + t.title(), "/console/publicity/training/" + t.id(),
                            true, t.kind().name()))
                    .toList();
            case "training-attendance" -> {
                Map<Long, TrainingSession> byId = store.trainings(unitIds, year).stream()
                        .collect(Collectors.toMap(TrainingSession::id, Function.identity()));
                yield store.attendance(byId.keySet()).stream()
                        .map((Attendance a) -> new MetricRecord(byId.get(a.trainingId()).title() + " · " + a.personName(),
                                "/console/publicity/training/" + a.trainingId(), a.attended(), null))
                        .toList();
            }
            case "exams" -> store.exams(unitIds, year).stream()
                    .map(e -> new MetricRecord(e.heldOn() + " · " + e.title(), "/console/publicity/exams/" + e.id(),
                            true, e.kind().name()))
                    .toList();
            case "exam-pass-rate" -> {
                Map<Long, LawExam> byId = store.exams(unitIds, year).stream()
                        .collect(Collectors.toMap(LawExam::id, Function.identity()));
                yield store.results(byId.keySet()).stream().filter(r -> !r.absent())
                        .map((ExamResult r) -> new MetricRecord(byId.get(r.examId()).title() + " · " + r.personName(),
                                "/console/publicity/exams/" + r.examId(), r.passed(), r.score().toPlainString()))
                        .toList();
            }
            case "vice-principals" -> store.vicePrincipals(unitIds).stream().filter(v -> v.activeOn(on))
                    .map(v -> new MetricRecord(v.schoolName() + " · " + v.personName(), "/console/publicity/grassroots",
                            true, v.personOrg()))
                    .toList();
            case "legal-literate-persons" -> store.literatePersons(unitIds).stream().filter(p -> p.activeOn(on))
                    .map(p -> new MetricRecord(units.name(p.villageUnitId()) + " · " + p.personName(),
                            "/console/publicity/grassroots", true, null))
                    .toList();
            case "model-villages" -> store.modelVillages(unitIds).stream()
                    .filter(m -> m.awardedYear() <= year && (m.revokedOn() == null || m.revokedOn().isAfter(on)))
                    .map(m -> new MetricRecord(units.name(m.villageUnitId()) + " · " + m.awardedYear(),
                            "/console/publicity/grassroots", true, m.level().name()))
                    .toList();
            default -> throw new NotFoundException("metric", id);
        };
    }

    private List<PublicityActivity> held(Set<Long> unitIds, int year) {
        return store.activities(unitIds, year, ActivityStatus.HELD);
    }

    private static MetricRecord activity(PublicityActivity a, boolean counted, String note) {
        return new MetricRecord(a.startsOn() + " · " + a.title(), "/console/publicity/activities/" + a.id(), counted,
                note);
    }
}
