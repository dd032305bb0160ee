package org.fazhi.litigation.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.fazhi.accountability.Accountabilities;
import org.fazhi.litigation.AppearanceRole;
import org.fazhi.litigation.Appellant;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.JudgmentKind;
import org.fazhi.litigation.JudgmentOutcome;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationOverview;
import org.fazhi.litigation.LitigationOverviews;
import org.fazhi.litigation.LitigationStatus;
import org.fazhi.litigation.PlaintiffType;
import org.fazhi.litigation.Stage;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the litigation pages show: the suit with its names, the guide in words (the next step, and for
 * each step whether it may be taken or why not), and the choices of every form.
 */
@Component
class LitigationViews {

    /** A step as the page shows it: allowed, or the reason it would be refused. */
    record StepView(String step, boolean allowed, String reason) {
    }

    /** The guide in words. */
    record GuideView(String status, String next, Map<String, StepView> steps) {

        public boolean allowed(String step) {
            StepView s = steps.get(step);
            return s != null && s.allowed();
        }

        public String reason(String step) {
            StepView s = steps.get(step);
            return s == null ? "" : s.reason();
        }
    }

    private final LitigationOverviews overviews;
    private final Accountabilities accountability;
    private final MessageSource messages;
    private final Clock clock;

    LitigationViews(LitigationOverviews overviews, Accountabilities accountability, MessageSource messages,
            Clock clock) {
        this.overviews = overviews;
        this.accountability = accountability;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<Integer> years() {
        return IntStream.rangeClosed(2020, today().getYear()).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    <S extends Enum<S>> GuideView guide(Guide<S> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(),
                    s.allowed() ? "" : text(s.messageKey(), s.args().toArray())));
        }
        return new GuideView(g.status().name(), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    /** Fills the model of the case page; {@code form} carries the values and errors of a failed form. */
    String detail(long id, Model model, FormInput form) {
        LitigationOverview o = overviews.of(id);
        model.addAttribute("o", o);
        model.addAttribute("c", o.c());
        model.addAttribute("guide", guide(o.guide()));
        model.addAttribute("accountability", accountability.ofSource(LitigationCase.SUBJECT.name(), id));
        model.addAttribute("today", o.today());
        choices(model);
        form.addTo(model);
        return "litigation/case";
    }

    void choices(Model model) {
        model.addAttribute("stages", Stage.values());
        model.addAttribute("statuses", LitigationStatus.values());
        model.addAttribute("plaintiffTypes", PlaintiffType.values());
        model.addAttribute("filingBases", FilingBasis.values());
        model.addAttribute("roles", AppearanceRole.values());
        model.addAttribute("kinds", JudgmentKind.values());
        model.addAttribute("outcomes", JudgmentOutcome.values());
        model.addAttribute("appellants", Appellant.values());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    List<String> labels(List<String> keys) {
        return keys.stream().map(this::text).toList();
    }
}
