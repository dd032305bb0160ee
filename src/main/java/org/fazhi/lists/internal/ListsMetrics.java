package org.fazhi.lists.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.assessment.Metric;
import org.fazhi.assessment.MetricKind;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.assessment.MetricSource;
import org.fazhi.assessment.MetricValue;
import org.fazhi.lists.CertificationStatus;
import org.fazhi.lists.ItemList;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersion;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * The lists' figures for the assessment, per unit subtree and year, measured on the versions in force
 * at the end of the year (today for the current year), each with the records behind it: items of the
 * power and licensing lists, certifications kept, cancelled and handled by 告知承诺 (seed 002: 29 kept,
 * 20 cancelled, 25 告知承诺), public service items, the one-window share (SD-16 ≥80%), high-frequency
 * items at most one trip (LS-01: 100), the fully-online share, company start-up items within SD-15,
 * and the adjustments published in the year.
 */
@Component
public class ListsMetrics implements MetricSource {

    static final String P = "lists.";
    private static final String MODULE = "lists";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ListStore store;
    private final RulesCatalog rules;
    private final Units units;
    private final Clock clock;

    ListsMetrics(ListStore store, RulesCatalog rules, Units units, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public List<Metric> metrics() {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                count("power-items", null, null),
                count("licensing-items", null, null),
                count("certifications-kept", null, null),
                count("certifications-cancelled", null, null),
                count("notification-commitments", null, null),
                count("service-items", null, null),
                rate("one-window-rate", ListsRules.ONE_WINDOW, rules.threshold(ListsRules.ONE_WINDOW, today)),
                count("one-trip-high-frequency", ListsRules.ONE_TRIP_ITEMS,
                        rules.threshold(ListsRules.ONE_TRIP_ITEMS, today)),
                rate("fully-online-rate", null, null),
                rate("company-startup-within-limit", ListsRules.COMPANY_STARTUP, HUNDRED),
                count("adjustments", null, null));
    }

    private static Metric count(String id, String rule, BigDecimal target) {
        return new Metric(P + id, MODULE, "metric.lists." + id, MetricKind.COUNT, rule, target);
    }

    private static Metric rate(String id, String rule, BigDecimal target) {
        return new Metric(P + id, MODULE, "metric.lists." + id, MetricKind.RATE, rule, target);
    }

    @Override
    public MetricValue value(String id, Set<Long> unitIds, int year) {
        Metric m = metrics().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        List<MetricRecord> records = records(id, unitIds, year);
        long counted = records.stream().filter(MetricRecord::counted).count();
        if (id.equals(P + "power-items") || id.equals(P + "licensing-items") || id.equals(P + "service-items")) {
            return MetricValue.count(id, records.stream().mapToLong(r -> Long.parseLong(r.note())).sum());
        }
        return m.kind() == MetricKind.RATE ? MetricValue.rate(id, counted, records.size())
                : MetricValue.count(id, counted);
    }

    @Override
    public List<MetricRecord> records(String id, Set<Long> unitIds, int year) {
        LocalDate asOf = asOf(year);
        String metric = id.startsWith(P) ? id.substring(P.length()) : id;
        return switch (metric) {
            case "power-items" -> perList(unitIds, ListKind.POWER, asOf);
            case "licensing-items" -> perList(unitIds, ListKind.LICENSING, asOf);
            case "service-items" -> perList(unitIds, ListKind.SERVICE, asOf);
            case "certifications-kept" -> items(unitIds, ListKind.CERTIFICATION, asOf,
                    e -> e.certStatus() == CertificationStatus.KEPT, e -> true);
            case "certifications-cancelled" -> items(unitIds, ListKind.CERTIFICATION, asOf,
                    e -> e.certStatus() == CertificationStatus.CANCELLED, e -> true);
            case "notification-commitments" -> items(unitIds, ListKind.CERTIFICATION, asOf,
                    ListEntry::notificationCommitment, e -> true);
            case "one-window-rate" -> items(unitIds, ListKind.SERVICE, asOf, e -> true, ListEntry::windowAcceptance);
            case "one-trip-high-frequency" -> items(unitIds, ListKind.SERVICE, asOf, ListEntry::highFrequency,
                    ListEntry::oneTrip);
            case "fully-online-rate" -> items(unitIds, ListKind.SERVICE, asOf, e -> true, ListEntry::fullyOnline);
            case "company-startup-within-limit" -> {
                int limit = rules.period(ListsRules.COMPANY_STARTUP, org.fazhi.rules.RuleTerm.AMOUNT, asOf).amount();
                yield items(unitIds, ListKind.SERVICE, asOf, ListEntry::companyStartup,
                        e -> e.timeLimitDays() != null && e.timeLimitDays() <= limit);
            }
            case "adjustments" -> adjustments(unitIds, year);
            default -> throw new IllegalArgumentException("unknown metric " + id);
        };
    }

    /** One record per list in force on {@code asOf}, its item count in the note. */
    private List<MetricRecord> perList(Set<Long> unitIds, ListKind kind, LocalDate asOf) {
        List<MetricRecord> out = new ArrayList<>();
        Map<Long, String> names = units.names(unitIds);
        for (ItemList l : store.lists(unitIds, kind)) {
            store.inForce(l.id(), asOf).ifPresent(v -> out.add(new MetricRecord(names.getOrDefault(l.unitId(), "")
                    + " #" + v.versionNo(), "/console/lists/versions/" + v.id(), true, String.valueOf(v.itemCount()))));
        }
        return out;
    }

    /** The items of the lists in force that {@code included} selects, counted when {@code counted} holds. */
    private List<MetricRecord> items(Set<Long> unitIds, ListKind kind, LocalDate asOf, Predicate<ListEntry> included,
            Predicate<ListEntry> counted) {
        List<MetricRecord> out = new ArrayList<>();
        Map<Long, String> names = units.names(unitIds);
        for (ItemList l : store.lists(unitIds, kind)) {
            var version = store.inForce(l.id(), asOf);
            if (version.isEmpty()) {
                continue;
            }
            for (ListEntry e : store.entries(version.get().id())) {
                if (included.test(e)) {
                    out.add(new MetricRecord("[" + e.code() + "] " + e.name() + " — " + names.getOrDefault(l.unitId(), ""),
                            "/console/lists/versions/" + version.get().id() + "?q=" + e.code(), counted.test(e),
                            e.timeLimitDays() == null ? null : String.valueOf(e.timeLimitDays())));
                }
            }
        }
        return out;
    }

    private List<MetricRecord> adjustments(Set<Long> unitIds, int year) {
        List<MetricRecord> out = new ArrayList<>();
        Map<Long, String> names = units.names(unitIds);
        for (ItemList l : store.lists(unitIds, null)) {
            for (ListVersion v : store.publishedVersions(l.id())) {
                if (!v.imported() && v.publishedOn() != null && v.publishedOn().getYear() == year) {
                    out.add(new MetricRecord(names.getOrDefault(l.unitId(), "") + " #" + v.versionNo(),
                            "/console/lists/versions/" + v.id(), true, v.effectiveDate().toString()));
                }
            }
        }
        return out;
    }

    private LocalDate asOf(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = LocalDate.of(year, 12, 31);
        return year == today.getYear() ? today : end;
    }
}
