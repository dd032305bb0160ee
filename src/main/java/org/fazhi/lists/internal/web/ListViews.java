package org.fazhi.lists.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fazhi.lists.ListDiff;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the list pages (console and portal) and the exports show a list: the guide in words, the columns
 * of each kind, an item's cells as text, a comparison's changes in words, in the reader's language.
 */
@Component
public class ListViews {

    /** A step as the page shows it: allowed, or the reason it would be refused. */
    public record StepView(String step, boolean allowed, String reason) {
    }

    /** The guide in words. */
    public record GuideView(String status, String next, Map<String, StepView> steps) {

        public boolean allowed(String step) {
            StepView s = steps.get(step);
            return s != null && s.allowed();
        }

        public String reason(String step) {
            StepView s = steps.get(step);
            return s == null ? "" : s.reason();
        }
    }

    /** A changed field in words: its label and the two values. */
    public record ChangeView(String field, String before, String after) {
    }

    /** A changed item with its changes in words. */
    public record ChangedView(ListEntry before, ListEntry after, List<ChangeView> changes) {
    }

    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    ListViews(Units units, MessageSource messages, Clock clock) {
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public GuideView guide(Guide<ListVersionStatus> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(),
                    s.allowed() ? "" : text(s.messageKey(), s.args().toArray())));
        }
        return new GuideView(g.status().name(), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    /** The fields shown for a kind, in order (after code and name). */
    public static List<String> fields(ListKind kind) {
        return switch (kind) {
            case POWER -> List.of("powerType", "basis", "implementingUnitId", "responsibilities", "accountability");
            case LICENSING -> List.of("basis", "implementingUnitId");
            case CERTIFICATION -> List.of("basis", "certIssuer", "certStatus", "notificationCommitment", "replacement");
            case SERVICE -> List.of("implementingUnitId", "windowAcceptance", "fullyOnline", "oneTrip", "highFrequency",
                    "timeLimitDays", "companyStartup");
        };
    }

    /** The column headings of a kind: code, name, then its fields. */
    public List<String> headings(ListKind kind) {
        List<String> h = new ArrayList<>(List.of(text("lists.field.code"), text("lists.field.name")));
        fields(kind).forEach(f -> h.add(text("lists.column." + f)));
        return h;
    }

    /** The cells of an item for its kind's fields (after code and name), as text. */
    public List<String> cells(ListKind kind, ListEntry e, Map<Long, String> unitNames) {
        List<String> cells = new ArrayList<>();
        for (String f : fields(kind)) {
            cells.add(switch (f) {
                case "basis" -> (e.basisLaw() == null ? "" : e.basisLaw())
                        + (e.basisArticle() == null ? "" : e.basisArticle());
                case "powerType" -> e.powerType() == null ? "" : text("lists.power-type." + e.powerType().name());
                case "implementingUnitId" -> e.implementingUnitId() == null ? ""
                        : unitNames.getOrDefault(e.implementingUnitId(), "");
                case "responsibilities" -> nz(e.responsibilities());
                case "accountability" -> nz(e.accountability());
                case "certIssuer" -> nz(e.certIssuer());
                case "certStatus" -> e.certStatus() == null ? "" : text("lists.cert-status." + e.certStatus().name());
                case "notificationCommitment" -> yesNo(e.notificationCommitment());
                case "replacement" -> nz(e.replacement());
                case "windowAcceptance" -> yesNo(e.windowAcceptance());
                case "fullyOnline" -> yesNo(e.fullyOnline());
                case "oneTrip" -> yesNo(e.oneTrip());
                case "highFrequency" -> yesNo(e.highFrequency());
                case "timeLimitDays" -> e.timeLimitDays() == null ? "" : String.valueOf(e.timeLimitDays());
                case "companyStartup" -> yesNo(e.companyStartup());
                default -> "";
            });
        }
        return cells;
    }

    /** Every item as a row of text (code, name, the kind's fields), for an export. */
    public List<List<?>> rows(ListKind kind, List<ListEntry> entries) {
        Map<Long, String> names = unitNames(entries);
        List<List<?>> rows = new ArrayList<>();
        for (ListEntry e : entries) {
            List<Object> row = new ArrayList<>(List.of(e.code(), e.name()));
            row.addAll(cells(kind, e, names));
            rows.add(row);
        }
        return rows;
    }

    /** The names of the implementing units of these items. */
    public Map<Long, String> unitNames(Collection<ListEntry> entries) {
        return units.names(entries.stream().map(ListEntry::implementingUnitId).filter(Objects::nonNull).distinct()
                .toList());
    }

    /** The names of the implementing units named anywhere in a comparison. */
    public Map<Long, String> unitNames(ListDiff d) {
        List<ListEntry> all = new ArrayList<>(d.added());
        all.addAll(d.removed());
        d.changed().forEach(c -> {
            all.add(c.before());
            all.add(c.after());
        });
        return unitNames(all);
    }

    /** The changed items with their changes in words. */
    public List<ChangedView> changes(List<ListDiff.Changed> changed, Map<Long, String> unitNames) {
        return changed.stream().map(c -> new ChangedView(c.before(), c.after(), c.changes().stream()
                .map(ch -> new ChangeView(text("lists.field." + ch.field()), value(ch.field(), ch.before(), unitNames),
                        value(ch.field(), ch.after(), unitNames))).toList())).toList();
    }

    private String value(String field, Object v, Map<Long, String> unitNames) {
        if (v == null) {
            return "—";
        }
        return switch (field) {
            case "powerType" -> text("lists.power-type." + v);
            case "certStatus" -> text("lists.cert-status." + v);
            case "implementingUnitId" -> unitNames.getOrDefault((Long) v, String.valueOf(v));
            default -> v instanceof Boolean b ? yesNo(b) : String.valueOf(v);
        };
    }

    public String yesNo(boolean b) {
        return text(b ? "lists.yes" : "lists.no");
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public List<String> labels(String... keys) {
        return Arrays.stream(keys).map(k -> text(k)).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
