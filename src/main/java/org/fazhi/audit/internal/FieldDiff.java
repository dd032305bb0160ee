package org.fazhi.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fazhi.audit.FieldChange;
import tools.jackson.databind.json.JsonMapper;

/** Field-by-field comparison of two values (records, beans or maps), secrets left out. */
final class FieldDiff {

    private static final List<String> SECRET_MARKERS = List.of("password", "secret", "token", "hash", "totp");

    private FieldDiff() {
    }

    static List<FieldChange> between(JsonMapper json, Object before, Object after) {
        Map<String, Object> b = flatten(json, before);
        Map<String, Object> a = flatten(json, after);
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(a.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            Object bv = b.get(f);
            Object av = a.get(f);
            if (!Objects.equals(bv, av)) {
                changes.add(isSecret(f) ? new FieldChange(f, bv == null ? null : "***", av == null ? null : "***")
                        : new FieldChange(f, bv, av));
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(JsonMapper json, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : json.convertValue(v, Object.class)));
            return out;
        }
        Object converted = json.convertValue(value, Object.class);
        if (converted instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        return Map.of("value", converted);
    }

    private static boolean isSecret(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(f::contains);
    }
}
