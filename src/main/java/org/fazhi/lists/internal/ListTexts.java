package org.fazhi.lists.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fazhi.lists.ListDiff;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersion;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewedText;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A list version as text, for the public consultation and the legality-review desk: the adjustment's
 * reason, what changed against the version last published (added, removed, changed field by field) and
 * every item. The text is written once when it is put out or submitted and kept ({@code list_text}), so
 * the public and the desk read exactly that text, with its SHA-256. Written in Chinese, the language of
 * the record.
 */
@Component
public class ListTexts implements ReviewTextSource {

    private final ListStore store;
    private final Units units;
    private final MessageSource messages;

    ListTexts(ListStore store, Units units, MessageSource messages) {
        this.store = store;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public String module() {
        return ListVersion.SUBJECT.module();
    }

    @Override
    public Optional<ReviewedText> text(String subjectType, String subjectId, long versionId) {
        if (!ListVersion.SUBJECT.name().equals(subjectType) || !subjectId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long listVersionId = Long.parseLong(subjectId);
        return store.text(versionId).filter(t -> t.versionId() == listVersionId).flatMap(t -> store
                .version(listVersionId).map(v -> new ReviewedText(t.id(), t.revision(), t.title(), t.body(),
                        v.reason(), null, t.sha256(), v.participationRequired() ? null : v.noParticipationReason())));
    }

    /** The title a version is reviewed and listed under: the unit, the kind and the version number. */
    public String title(ListVersion v) {
        return zh("lists.text.title", units.name(v.unitId()), zh("lists.kind." + v.kind().name()),
                String.valueOf(v.versionNo()));
    }

    /** The text of {@code v} with its entries, against the version last published ({@code base}, may be null). */
    public String body(ListVersion v, List<ListEntry> entries, ListVersion base, List<ListEntry> baseEntries) {
        Map<Long, String> unitNames = units.names(entries.stream().map(ListEntry::implementingUnitId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        StringBuilder sb = new StringBuilder();
        sb.append(zh("lists.text.reason", v.reason())).append("\n\n");
        if (base != null) {
            ListDiff d = ListDiff.of(base, baseEntries, v, entries);
            sb.append(zh("lists.text.against", String.valueOf(base.versionNo()), String.valueOf(d.added().size()),
                    String.valueOf(d.removed().size()), String.valueOf(d.changed().size()))).append('\n');
            d.added().forEach(e -> sb.append(zh("lists.text.added", e.code(), e.name())).append('\n'));
            d.removed().forEach(e -> sb.append(zh("lists.text.removed", e.code(), e.name())).append('\n'));
            for (ListDiff.Changed c : d.changed()) {
                List<String> fields = new ArrayList<>();
                c.changes().forEach(ch -> fields.add(zh("lists.field." + ch.field()) + "："
                        + value(ch.field(), ch.before(), unitNames) + " → " + value(ch.field(), ch.after(), unitNames)));
                sb.append(zh("lists.text.changed", c.after().code(), c.after().name(), String.join("；", fields)))
                        .append('\n');
            }
            sb.append('\n');
        }
        sb.append(zh("lists.text.items", String.valueOf(entries.size()))).append('\n');
        int n = 0;
        for (ListEntry e : entries) {
            sb.append(++n).append(". ").append(line(v.kind(), e, unitNames)).append('\n');
        }
        return sb.toString();
    }

    /** One item as a line of text: code, name and the fields of the kind. */
    String line(ListKind kind, ListEntry e, Map<Long, String> unitNames) {
        List<String> parts = new ArrayList<>();
        parts.add("[" + e.code() + "] " + e.name());
        Map<String, Object> values = e.values();
        for (String f : ListEntry.FIELDS) {
            Object v = values.get(f);
            if (f.equals("name") || v == null || Boolean.FALSE.equals(v) || (f.equals("powerType") && kind != ListKind.POWER)) {
                continue;
            }
            parts.add(zh("lists.field." + f) + "：" + value(f, v, unitNames));
        }
        return String.join("｜", parts);
    }

    private String value(String field, Object v, Map<Long, String> unitNames) {
        if (v == null) {
            return "—";
        }
        return switch (field) {
            case "powerType" -> zh("lists.power-type." + v);
            case "certStatus" -> zh("lists.cert-status." + v);
            case "implementingUnitId" -> unitNames.getOrDefault((Long) v, units.name((Long) v));
            default -> v instanceof Boolean b ? zh(b ? "lists.yes" : "lists.no") : String.valueOf(v);
        };
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
