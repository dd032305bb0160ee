package org.fazhi.publicity.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the publicity pages share: the guide in words, the reader's texts, today and the years to choose
 * from, the actor's home unit, unit names and the units to choose from by kind.
 */
@Component
class PublicityViews {

    /** A step as the page shows it: allowed, or the reason it would be refused. */
    public record StepView(String step, boolean allowed, String reason) {
    }

    /** The guide in words (also the API's answer for a record's guide). */
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

    /** A unit to choose in a form. */
    public record Option(Long id, String name) {
    }

    private final MessageSource messages;
    private final DataScope scope;
    private final Units units;
    private final Clock clock;

    PublicityViews(MessageSource messages, DataScope scope, Units units, Clock clock) {
        this.messages = messages;
        this.scope = scope;
        this.units = units;
        this.clock = clock;
    }

    <S> GuideView guide(Guide<S> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(), s.allowed() ? "" : text(s.messageKey(),
                    s.args().toArray())));
        }
        return new GuideView(String.valueOf(g.status()), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    /** A console form as typed, each field labelled {@code publicity.field.<name>} in the error summary. */
    org.fazhi.shared.web.FormInput form(String name, Map<String, String> params) {
        Map<String, String> labels = new LinkedHashMap<>();
        params.keySet().forEach(k -> labels.put(k, "publicity.field." + k));
        return org.fazhi.shared.web.FormInput.of(name, params, messages).labels(labels);
    }

    /** An empty form (a page read with GET), with default values. */
    org.fazhi.shared.web.FormInput empty(String... defaults) {
        org.fazhi.shared.web.FormInput f = org.fazhi.shared.web.FormInput.empty(messages);
        for (int i = 0; i + 1 < defaults.length; i += 2) {
            f.put(defaults[i], defaults[i + 1]);
        }
        return f;
    }

    /** The choices of an enum with their names ({@code prefix + NAME}), for a select. */
    <E extends Enum<E>> Map<String, String> choices(Class<E> type, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(e.name(), text(prefix + e.name()));
        }
        return out;
    }

    /** The units the actor may choose (of the given kinds), for a select. */
    Map<String, String> unitChoices(UnitKind... kinds) {
        Map<String, String> out = new LinkedHashMap<>();
        units(kinds).forEach(o -> out.put(String.valueOf(o.id()), o.name()));
        return out;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw InvalidInputException.field("year", "publicity.year.range");
        }
        return year == null ? today().getYear() : year;
    }

    List<Integer> years() {
        int now = today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** The actor's own unit (the default of a form's unit and of the pages' figures). */
    Long home() {
        return scope.homeUnitId();
    }

    Map<Long, String> names(Collection<Long> ids) {
        return units.names(ids.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** The units the actor may choose, in tree order; of the given kinds only (every unit when none). */
    List<Option> units(UnitKind... kinds) {
        List<UnitKind> wanted = List.of(kinds);
        return units.visibleTree().stream().filter(Unit::active)
                .filter(u -> wanted.isEmpty() || wanted.contains(u.kind())).map(u -> new Option(u.id(), u.name()))
                .toList();
    }

    /** A decimal field as typed (null, with the field's error, when it is not a number). */
    java.math.BigDecimal decimal(org.fazhi.shared.web.FormInput form, String field) {
        String v = form.text(field);
        if (v == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            form.field(field, text("publicity.number.invalid"));
            return null;
        }
    }
}
