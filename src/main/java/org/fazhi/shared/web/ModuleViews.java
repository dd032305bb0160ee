package org.fazhi.shared.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the console pages of a module share, for a module to extend as its own views bean: the guide in
 * words, forms whose fields are labelled {@code <module>.field.<name>}, the reader's texts, today and the
 * years to choose from ({@code <module>.year.range} beyond 2000–2100), decimals as typed
 * ({@code <module>.number.invalid}), choices of an enum, the reader's home unit, unit names and the units
 * to choose from by kind.
 */
public class ModuleViews {

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

    private final String module;
    private final MessageSource messages;
    private final UnitDirectory units;
    private final Clock clock;

    protected ModuleViews(String module, MessageSource messages, UnitDirectory units, Clock clock) {
        this.module = module;
        this.messages = messages;
        this.units = units;
        this.clock = clock;
    }

    public <S> GuideView guide(Guide<S> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(), s.allowed() ? "" : text(s.messageKey(),
                    s.args().toArray())));
        }
        return new GuideView(String.valueOf(g.status()), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    /** A console form as typed, each field labelled {@code <module>.field.<name>} in the error summary. */
    public FormInput form(String name, Map<String, String> params) {
        Map<String, String> labels = new LinkedHashMap<>();
        params.keySet().forEach(k -> labels.put(k, module + ".field." + k));
        return FormInput.of(name, params, messages).labels(labels);
    }

    /** An empty form (a page read with GET), with default values: name, value, name, value … */
    public FormInput empty(String... defaults) {
        FormInput f = FormInput.empty(messages);
        for (int i = 0; i + 1 < defaults.length; i += 2) {
            f.put(defaults[i], defaults[i + 1]);
        }
        return f;
    }

    /** The choices of an enum with their names ({@code prefix + NAME}), for a select. */
    public <E extends Enum<E>> Map<String, String> choices(Class<E> type, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(e.name(), text(prefix + e.name()));
        }
        return out;
    }

    /** The units the reader may choose (of the given kinds), for a select. */
    public Map<String, String> unitChoices(Enum<?>... kinds) {
        Map<String, String> out = new LinkedHashMap<>();
        units(kinds).forEach(o -> out.put(String.valueOf(o.id()), o.name()));
        return out;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year asked for (this year when none); a year outside 2000–2100 is refused on the field. */
    public int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw InvalidInputException.field("year", module + ".year.range");
        }
        return year == null ? today().getYear() : year;
    }

    /** Next year and the five before this one, newest first. */
    public List<Integer> years() {
        int now = today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    /** A decimal field as typed (null, with the field's error, when it is not a number). */
    public BigDecimal decimal(FormInput form, String field) {
        String v = form.text(field);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            form.field(field, text(module + ".number.invalid"));
            return null;
        }
    }

    /** The reader's own unit (the default of a form's unit and of the pages' figures). */
    public Long home() {
        return units.homeUnitId();
    }

    public Map<Long, String> names(Collection<Long> ids) {
        return units.names(ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The units the reader may choose, in tree order; of the given kinds only (every unit when none). */
    public List<UnitDirectory.Option> units(Enum<?>... kinds) {
        return units.choosable(Stream.of(kinds).map(Enum::name).toList());
    }
}
