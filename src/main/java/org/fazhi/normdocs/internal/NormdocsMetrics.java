package org.fazhi.normdocs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.normdocs.Validity;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * The module's figures for the assessment, per unit subtree and year, each with the records behind
 * it: legality review rate (SD-03), review time within limits (ND-02), consultation compliance
 * (SD-01), filing rate, timeliness and completeness (ND-06), documents registered, published,
 * repealed and expired, cleanup verdicts, issuing bodies, and legal-adviser uses.
 */
@Component
public class NormdocsMetrics implements MetricSource {

    static final String P = "normdocs.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<Metric> METRICS = List.of(
            new Metric(P + "legality-review-rate", NormativeDocument.MODULE, "metric.normdocs.legality-review-rate", MetricKind.RATE,
                    NormdocsRules.REVIEW_RATE_TARGET, HUNDRED),
            new Metric(P + "review-within-limit", NormativeDocument.MODULE, "metric.normdocs.review-within-limit", MetricKind.RATE,
                    NormdocsRules.REVIEW_TIME, HUNDRED),
            new Metric(P + "consultation-compliance", NormativeDocument.MODULE, "metric.normdocs.consultation-compliance",
                    MetricKind.RATE, NormdocsRules.CONSULTATION_MINIMUM, HUNDRED),
            new Metric(P + "filing-rate", NormativeDocument.MODULE, "metric.normdocs.filing-rate", MetricKind.RATE, NormdocsRules.FILING_TARGETS, HUNDRED),
            new Metric(P + "filing-timeliness", NormativeDocument.MODULE, "metric.normdocs.filing-timeliness", MetricKind.RATE,
                    NormdocsRules.FILING_TARGETS, HUNDRED),
            new Metric(P + "filing-completeness", NormativeDocument.MODULE, "metric.normdocs.filing-completeness", MetricKind.RATE,
                    NormdocsRules.FILING_TARGETS, HUNDRED),
            new Metric(P + "registered", NormativeDocument.MODULE, "metric.normdocs.registered", MetricKind.COUNT, null, null),
            new Metric(P + "published", NormativeDocument.MODULE, "metric.normdocs.published", MetricKind.COUNT, null, null),
            new Metric(P + "repealed", NormativeDocument.MODULE, "metric.normdocs.repealed", MetricKind.COUNT, null, null),
            new Metric(P + "expired", NormativeDocument.MODULE, "metric.normdocs.expired", MetricKind.COUNT, null, null),
            new Metric(P + "cleanup-continue", NormativeDocument.MODULE, "metric.normdocs.cleanup-continue", MetricKind.COUNT, null,
                    null),
            new Metric(P + "cleanup-amend", NormativeDocument.MODULE, "metric.normdocs.cleanup-amend", MetricKind.COUNT, null, null),
            new Metric(P + "cleanup-repeal", NormativeDocument.MODULE, "metric.normdocs.cleanup-repeal", MetricKind.COUNT, null,
                    null),
            new Metric(P + "cleanup-declare-invalid", NormativeDocument.MODULE, "metric.normdocs.cleanup-declare-invalid",
                    MetricKind.COUNT, null, null),
            new Metric(P + "issuing-bodies", NormativeDocument.MODULE, "metric.normdocs.issuing-bodies", MetricKind.COUNT, null,
                    null),
            new Metric(P + "adviser-uses", NormativeDocument.MODULE, "metric.normdocs.adviser-uses", MetricKind.COUNT, null, null));

    private final MetricsQueries queries;
    private final FilingStore filings;
    private final PublicConsultations consultations;
    private final CleanupStore cleanups;
    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final Deadlines deadlines;
    private final java.time.Clock clock;

    NormdocsMetrics(MetricsQueries queries, FilingStore filings, PublicConsultations consultations,
            CleanupStore cleanups, LegalityReviews reviews, LegalAdvisers advisers, Deadlines deadlines,
            java.time.Clock clock) {
        this.queries = queries;
        this.filings = filings;
        this.consultations = consultations;
        this.cleanups = cleanups;
        this.reviews = reviews;
        this.advisers = advisers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public MetricValue value(String id, Set<Long> units, int year) {
        List<MetricRecord> records = records(id, units, year);
        Metric m = METRICS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        long counted = records.stream().filter(MetricRecord::counted).count();
        if (id.equals(P + "adviser-uses")) {
            return MetricValue.count(id, records.stream().mapToLong(r -> Long.parseLong(r.note())).sum());
        }
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> units, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String metric = id.startsWith(P) ? id.substring(P.length()) : id;
        return switch (metric) {
            case "legality-review-rate" -> docs(queries.publishedBetween(units, from, to).stream()
                    .filter(d -> !d.imported()).toList(), d -> passingReview(d).isPresent());
            case "review-within-limit" -> reviewTimes(units, from, to);
            case "consultation-compliance" -> docs(queries.publishedBetween(units, from, to).stream()
                    .filter(d -> d.affectsRights() && !d.imported()).toList(), this::consultedLongEnough);
            // 报备率 and 及时率 count the documents due for filing: filed, or their filing period over; a
            // document still within its period counts in neither and is no failure yet
            case "filing-rate" -> filingRecords(units, from, to, this::dueForFiling, Filing::filed);
            case "filing-timeliness" -> filingRecords(units, from, to, this::dueForFiling, Filing::onTime);
            case "filing-completeness" -> filingRecords(units, from, to, Filing::filed,
                    f -> Boolean.TRUE.equals(f.packetComplete()));
            case "registered" -> docs(queries.registeredBetween(units, from, to), d -> true);
            case "published" -> docs(queries.publishedBetween(units, from, to), d -> true);
            case "repealed" -> docs(queries.validityChangedBetween(units, Validity.REPEALED.name(), from, to),
                    d -> true);
            case "expired" -> docs(queries.validityChangedBetween(units, Validity.EXPIRED.name(), from, to),
                    d -> true);
            case "cleanup-continue" -> verdicts(units, from, to, CleanupVerdict.CONTINUE);
            case "cleanup-amend" -> verdicts(units, from, to, CleanupVerdict.AMEND);
            case "cleanup-repeal" -> verdicts(units, from, to, CleanupVerdict.REPEAL);
            case "cleanup-declare-invalid" -> verdicts(units, from, to, CleanupVerdict.DECLARE_INVALID);
            case "issuing-bodies" -> queries.activeIssuingBodyNames(units).stream()
                    .map(n -> new MetricRecord(n, "/console/normdocs/bodies", true, null)).toList();
            case "adviser-uses" -> advisers.usesIn(units, year).stream()
                    .map(u -> new MetricRecord(u.adviser().name() + (u.adviser().firm() == null ? ""
                            : " · " + u.adviser().firm()), "/console/review/advisers", u.uses() > 0,
                            String.valueOf(u.uses())))
                    .toList();
            default -> throw new org.fazhi.shared.NotFoundException("metric", id);
        };
    }

    private List<MetricRecord> docs(List<NormativeDocument> docs, Predicate<NormativeDocument> counted) {
        return docs.stream().map(d -> new MetricRecord(label(d), "/console/normdocs/" + d.id(), counted.test(d), null))
                .toList();
    }

    private Optional<LegalityReview> passingReview(NormativeDocument d) {
        return reviews.forSubject(NormativeDocument.SUBJECT.ref(d.id())).stream()
                .filter(r -> r.status() == ReviewStatus.CONCLUDED && r.outcome().passes()).findFirst();
    }

    private boolean consultedLongEnough(NormativeDocument d) {
        return consultations.ofSubject(NormativeDocument.SUBJECT.ref(d.id())).stream()
                .anyMatch(NormdocsMetrics::closedAfterMinimum);
    }

    private static boolean closedAfterMinimum(PublicConsultation c) {
        return c.closed() && c.closedOn().isAfter(c.earliestClose());
    }

    private List<MetricRecord> reviewTimes(Set<Long> units, LocalDate from, LocalDate to) {
        List<MetricRecord> out = new ArrayList<>();
        for (NormativeDocument d : queries.all(units)) {
            for (LegalityReview r : reviews.forSubject(NormativeDocument.SUBJECT.ref(d.id()))) {
                if (r.status().isOpen() && r.dueOn() != null && r.dueOn().isBefore(LocalDate.now(clock))
                        && !r.dueOn().isBefore(from) && !r.dueOn().isAfter(to)) {
                    // still open past its limit: a review not done within the limit
                    out.add(new MetricRecord(label(d) + " #" + r.round(), "/console/review/requests/" + r.id(), false,
                            r.receivedOn() + " → " + r.dueOn()));
                    continue;
                }
                if (r.status() != ReviewStatus.CONCLUDED || r.concludedOn().isBefore(from) || r.concludedOn().isAfter(to)) {
                    continue;
                }
                boolean onTime = r.deadlineId() == null || deadlines.find(r.deadlineId()).map(t -> !late(t)).orElse(true);
                out.add(new MetricRecord(label(d) + " #" + r.round(), "/console/review/requests/" + r.id(), onTime,
                        r.receivedOn() + " → " + r.concludedOn()));
            }
        }
        return out;
    }

    private static boolean late(TrackedDeadline t) {
        return t.late();
    }

    private List<MetricRecord> filingRecords(Set<Long> units, LocalDate from, LocalDate to,
            Predicate<Filing> included, Predicate<Filing> counted) {
        List<NormativeDocument> published = queries.publishedBetween(units, from, to);
        Map<Long, NormativeDocument> byId = new java.util.HashMap<>();
        published.forEach(d -> byId.put(d.id(), d));
        return filings.ofDocuments(byId.keySet()).stream().filter(included)
                .sorted(java.util.Comparator.comparing(Filing::documentId))
                .map(f -> new MetricRecord(label(byId.get(f.documentId())), "/console/normdocs/" + f.documentId(),
                        counted.test(f), f.filedOn() == null ? null : f.filedOn() + " / " + f.dueOn()))
                .toList();
    }

    private boolean dueForFiling(Filing f) {
        return f.filed() || LocalDate.now(clock).isAfter(f.dueOn());
    }

    private List<MetricRecord> verdicts(Set<Long> units, LocalDate from, LocalDate to, CleanupVerdict verdict) {
        List<MetricRecord> out = new ArrayList<>();
        for (var c : cleanups.ofUnits(units)) {
            if (!c.completed() || c.completedOn().isBefore(from) || c.completedOn().isAfter(to)) {
                continue;
            }
            for (var line : cleanups.lines(c.id())) {
                if (line.verdict() == verdict) {
                    out.add(new MetricRecord(c.name() + " · #" + line.documentId(),
                            "/console/normdocs/" + line.documentId(), true, line.reason()));
                }
            }
        }
        return out;
    }

    private static String label(NormativeDocument d) {
        return d.title() + (d.documentNumber() == null ? "" : " · " + d.documentNumber());
    }
}
