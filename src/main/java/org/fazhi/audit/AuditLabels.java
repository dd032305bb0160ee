package org.fazhi.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What the audit log's object types and actions are called in the reader's language. Each module
 * contributes the names of what it audits as messages {@code audit.entity.<type>} and
 * {@code audit.action.<action>} in its own {@code i18n/<module>.properties}; a type or action without a
 * name is shown as recorded. The lists of known types and actions (for the console's filters) are the
 * keys found in the message files.
 */
@Component
public class AuditLabels {

    /** A code with its name. */
    public record Label(String code, String name) {
    }

    static final String ENTITY = "audit.entity.";
    static final String ACTION = "audit.action.";

    private final MessageSource messages;
    private final List<String> entityTypes;
    private final List<String> actions;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> acts = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = r.getFilename();
                if (name == null || name.contains("_")) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = r.getInputStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    if (key.startsWith(ENTITY)) {
                        types.add(key.substring(ENTITY.length()));
                    } else if (key.startsWith(ACTION)) {
                        acts.add(key.substring(ACTION.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.entityTypes = List.copyOf(types);
        this.actions = List.copyOf(acts);
    }

    /** The name of an object type ({@code sign-in} → 登录), or the code when no module names it. */
    public String entity(String type) {
        return type == null ? "" : messages.getMessage(ENTITY + type, null, type, LocaleContextHolder.getLocale());
    }

    /** The name of an action ({@code urge} → 催办), or the code when no module names it. */
    public String action(String action) {
        return action == null ? "" : messages.getMessage(ACTION + action, null, action, LocaleContextHolder.getLocale());
    }

    /** Every named object type, by name. */
    public List<Label> entityTypes() {
        return sorted(entityTypes.stream().map(t -> new Label(t, entity(t))).toList());
    }

    /** Every named action, by name. */
    public List<Label> actions() {
        return sorted(actions.stream().map(a -> new Label(a, action(a))).toList());
    }

    private static List<Label> sorted(List<Label> labels) {
        java.text.Collator collator = java.text.Collator.getInstance(LocaleContextHolder.getLocale() == null
                ? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale());
        return labels.stream().sorted(Comparator.comparing(Label::name, collator)).toList();
    }
}
