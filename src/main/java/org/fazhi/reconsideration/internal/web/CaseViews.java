package org.fazhi.reconsideration.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.reconsideration.ActType;
import org.fazhi.reconsideration.ApplicantType;
import org.fazhi.reconsideration.AttachmentKind;
import org.fazhi.reconsideration.CaseOverview;
import org.fazhi.reconsideration.CaseOverviews;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.Channel;
import org.fazhi.reconsideration.DecisionOutcome;
import org.fazhi.reconsideration.HearingKind;
import org.fazhi.reconsideration.IdType;
import org.fazhi.reconsideration.LetterKind;
import org.fazhi.reconsideration.NormdocConclusion;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.ReconsiderationBodies;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.SuspensionGround;
import org.fazhi.reconsideration.TerminationGround;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case pages show: the case with its names, the guide in words (the next legal step, and for
 * each step whether it may be taken or why not), the clocks, and the choices of every form.
 */
@Component
class CaseViews {

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

        /** Whether any of the steps is allowed (a section shows its forms then). */
        public boolean any(String... names) {
            for (String n : names) {
                if (allowed(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final CaseOverviews overviews;
    private final ReconsiderationBodies bodies;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    CaseViews(CaseOverviews overviews, ReconsiderationBodies bodies, Units units, MessageSource messages, Clock clock) {
        this.overviews = overviews;
        this.bodies = bodies;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
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
        CaseOverview o = overviews.of(id);
        ReconsiderationCase c = o.c();
        model.addAttribute("o", o);
        model.addAttribute("c", c);
        model.addAttribute("guide", guide(o.guide()));
        model.addAttribute("today", o.today());
        model.addAttribute("recipients", recipients(c));
        choices(model);
        form.addTo(model);
        return "reconsideration/case";
    }

    /** The units a letter may go to: the agencies under the body's government. */
    List<Unit> recipients(ReconsiderationCase c) {
        long government = bodies.get(c.bodyId()).unitId();
        return new ArrayList<>(units.activeSubtree(government).stream().filter(u -> u.id() != government).toList());
    }

    void choices(Model model) {
        model.addAttribute("channels", List.of(Channel.POST, Channel.COUNTER, Channel.ORAL, Channel.VIA_AGENCY));
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("actTypes", ActType.values());
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("suspensionGrounds", java.util.Arrays.stream(SuspensionGround.values())
                .filter(g -> g != SuspensionGround.NORMDOC_REVIEW).toList());
        model.addAttribute("terminationGrounds", java.util.Arrays.stream(TerminationGround.values())
                .filter(g -> g != TerminationGround.SUSPENSION_EXPIRED).toList());
        model.addAttribute("viewKinds", List.of(HearingKind.VIEWS, HearingKind.WRITTEN));
        model.addAttribute("letterKinds", LetterKind.values());
        model.addAttribute("conclusions", NormdocConclusion.values());
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("statuses", CaseStatus.values());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    List<String> labels(List<String> keys) {
        return keys.stream().map(this::text).toList();
    }
}
