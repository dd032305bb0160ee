package org.fazhi.units.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fazhi.shared.excel.RowError;
import org.fazhi.units.Role;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the spreadsheet imports: column headers (always the Chinese ones, so that a
 * template works whatever language the console shows), error messages in the reader's language,
 * and unit kinds, levels and roles written either as their Chinese label or as the code.
 */
@Component
class ImportTexts {

    private static final Locale SHEET_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    private final MessageSource messages;

    ImportTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A column header as it appears in templates and exports. */
    String header(String key) {
        return messages.getMessage(key, null, key, SHEET_LOCALE);
    }

    List<String> headers(List<String> keys) {
        return keys.stream().map(this::header).toList();
    }

    /** A message in the reader's language. */
    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    RowError error(int row, String headerKey, String messageKey, Object... args) {
        return new RowError(row, header(headerKey), text(messageKey, args));
    }

    Optional<UnitKind> kind(String cell) {
        for (UnitKind k : UnitKind.values()) {
            if (matches(cell, k.name(), "unit.kind." + k.name())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    Optional<UnitLevel> level(String cell) {
        for (UnitLevel l : UnitLevel.values()) {
            if (matches(cell, l.name(), "unit.level." + l.name())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    Optional<Role> role(String cell) {
        for (Role r : Role.values()) {
            if (matches(cell, r.name(), "role." + r.name())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Roles listed in one cell ("法制审核员、起草经办人员" or "LEGAL_REVIEWER,DRAFTER"); unknown ones in {@code unknown}. */
    Set<Role> roles(String cell, List<String> unknown) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : ROLE_SEPARATORS.split(cell.strip())) {
            if (part.isBlank()) {
                continue;
            }
            role(part).ifPresentOrElse(roles::add, () -> unknown.add(part));
        }
        return roles;
    }

    /** The Chinese label of a kind, level or role for exports. */
    String label(String key) {
        return messages.getMessage(key, null, key, SHEET_LOCALE);
    }

    private boolean matches(String cell, String code, String labelKey) {
        String v = cell == null ? "" : cell.strip();
        if (v.isEmpty()) {
            return false;
        }
        if (v.equalsIgnoreCase(code)) {
            return true;
        }
        List<String> labels = new ArrayList<>();
        labels.add(messages.getMessage(labelKey, null, "", SHEET_LOCALE));
        labels.add(messages.getMessage(labelKey, null, "", Locale.ENGLISH));
        return labels.stream().anyMatch(l -> !l.isEmpty() && l.equalsIgnoreCase(v));
    }
}
