package org.fazhi.enforcement.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.CaseOverview;
import org.fazhi.enforcement.CaseOverviews;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows: the case with masked identifiers, the guide in words (the next legal step,
 * and for each step whether it may be taken or why not), and every section's records and forms.
 */
@Component
class CaseViews {

    /** A step of the procedure as the page shows it: allowed, or the reason it would be refused. */
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

    private final CaseOverviews overviews;
    private final MessageSource messages;
    private final Clock clock;

    CaseViews(CaseOverviews overviews, MessageSource messages, Clock clock) {
        this.overviews = overviews;
        this.messages = messages;
        this.clock = clock;
    }

    GuideView guide(Guide<CaseStatus> g) {
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
        EnforcementCase c = o.c();
        LocalDate today = o.today();
        model.addAttribute("c", c);
        model.addAttribute("o", o);
        model.addAttribute("agency", o.agency());
        model.addAttribute("guide", guide(o.guide()));
        model.addAttribute("partyIdNo", Masks.idNumber(c.partyIdNo()));
        model.addAttribute("partyContact", Masks.contact(c.partyContact()));
        model.addAttribute("teamIds", o.team().stream().map(Officer::id).toList());
        model.addAttribute("officers", o.roster().stream().filter(x -> x.kind() == OfficerKind.OFFICER).toList());
        model.addAttribute("auxiliaries", o.roster().stream().filter(x -> x.kind() == OfficerKind.AUXILIARY).toList());
        model.addAttribute("officerNames", o.roster().stream().collect(Collectors.toMap(Officer::id, Officer::name)));
        model.addAttribute("standings", o.team().stream().collect(Collectors.toMap(Officer::id,
                x -> x.standingOn(today))));
        model.addAttribute("decisionLate", o.decisionDeadline().map(d -> d.late()
                || (d.status().isActive() && d.dueDate().isBefore(today))).orElse(false));
        model.addAttribute("today", today);
        model.addAttribute("enums", Enums.INSTANCE);
        defaults(form, c, today);
        form.addTo(model);
        return "enforcement/case";
    }

    private static void defaults(FormInput form, EnforcementCase c, LocalDate today) {
        for (String f : List.of("on", "noticeOn", "approvedOn", "educationOn", "evaluatedOn", "decidedOn")) {
            if (form.raw(f).isEmpty()) {
                form.put(f, today);
            }
        }
        if (form.raw("violationCode").isEmpty() && c.violationCode() != null) {
            form.put("violationCode", c.violationCode());
        }
    }

    String agencyName(List<Agency> agencies, Long id) {
        return agencies.stream().filter(a -> a.id().equals(id)).map(Agency::name).findFirst().orElse("");
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
