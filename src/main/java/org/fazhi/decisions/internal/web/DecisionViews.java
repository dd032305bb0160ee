package org.fazhi.decisions.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.decisions.DecisionOverview;
import org.fazhi.decisions.DecisionOverviews;
import org.fazhi.decisions.DecisionVersion;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the decision pages show: the guide in words (the next legal step, and each step allowed or the
 * reason it would be refused), and the decision page's model from {@link DecisionOverviews} in one call.
 */
@Component
class DecisionViews {

    /** A step as a page shows it: allowed, or the reason it would be refused. */
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

    /** The attributes' field names, in the order the forms list them. */
    static final List<String> ATTRIBUTES = List.of("affectsPublic", "majorPublicInterest", "livelihood", "technical",
            "stabilityRisk");

    /** The sections of the decision page, in order (anchors and the section menu). */
    static final List<String> SECTIONS = List.of("procedures", "versions", "participation", "hearings", "polls",
            "experts", "risk", "review", "meeting", "publication", "implementation", "evaluation", "lifecycle",
            "record");

    private final DecisionOverviews overviews;
    private final DataScope scope;
    private final MessageSource messages;
    private final Clock clock;

    DecisionViews(DecisionOverviews overviews, DataScope scope, MessageSource messages, Clock clock) {
        this.overviews = overviews;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    <S extends Enum<S>> GuideView guide(Guide<S> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), view(s));
        }
        return new GuideView(g.status().name(), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    StepView view(StepCheck s) {
        return new StepView(s.step(), s.allowed(), s.allowed() ? "" : text(s.messageKey(), s.args().toArray()));
    }

    /** Fills the decision page's model; {@code form} carries the values and errors of a failed form. */
    String detail(long id, Model model, FormInput form) {
        DecisionOverview o = overviews.of(id);
        Map<Long, Integer> versionNos = new LinkedHashMap<>();
        o.versions().forEach((DecisionVersion v) -> versionNos.put(v.id(), v.versionNo()));
        model.addAttribute("o", o);
        model.addAttribute("d", o.decision());
        model.addAttribute("guide", guide(o.guide()));
        model.addAttribute("versionNos", versionNos);
        model.addAttribute("current", o.currentVersion());
        model.addAttribute("units", o.unitNames());
        model.addAttribute("unitChoices", unitChoices(o.decision().decidingUnitId()));
        model.addAttribute("today", o.today());
        model.addAttribute("attributeNames", ATTRIBUTES);
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("attributes", java.util.Map.of("affectsPublic", o.decision().attributes().affectsPublic(),
                "majorPublicInterest", o.decision().attributes().majorPublicInterest(), "livelihood",
                o.decision().attributes().livelihood(), "technical", o.decision().attributes().technical(),
                "stabilityRisk", o.decision().attributes().stabilityRisk()));
        model.addAttribute("procedureKinds", org.fazhi.decisions.RequiredProcedure.values());
        model.addAttribute("riskLevels", org.fazhi.decisions.RiskAssessment.RiskLevel.values());
        model.addAttribute("forms", org.fazhi.decisions.Argumentation.Form.values());
        model.addAttribute("answerKinds", org.fazhi.decisions.ExpertOpinion.AnswerKind.values());
        model.addAttribute("triggers", org.fazhi.decisions.DecisionEvaluation.Trigger.values());
        model.addAttribute("conclusions", org.fazhi.decisions.DecisionEvaluation.Conclusion.values());
        defaults(form, o.today());
        form.addTo(model);
        return "decisions/decision";
    }

    /** The units a milestone, assessor or evaluator may be chosen from: those the actor may see. */
    List<Unit> unitChoices(long decidingUnitId) {
        List<Unit> out = new ArrayList<>(scope.visibleUnits());
        out.sort(java.util.Comparator.comparing(Unit::path));
        return out;
    }

    private static void defaults(FormInput form, LocalDate today) {
        for (String f : List.of("deliveredOn", "heldOn", "endedOn", "concludedOn", "publicationDate", "reportedOn",
                "completedOn")) {
            if (form.raw(f).isEmpty()) {
                form.put(f, today.toString());
            }
        }
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
