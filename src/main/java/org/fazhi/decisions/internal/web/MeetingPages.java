package org.fazhi.decisions.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.decisions.AttendanceRequest;
import org.fazhi.decisions.DeliberationRecordRequest;
import org.fazhi.decisions.GovernmentMeetings;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingAttendee;
import org.fazhi.decisions.MeetingKind;
import org.fazhi.decisions.MeetingOverview;
import org.fazhi.decisions.MeetingRequest;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.decisions.TopicRequest;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政府会议 (/console/decisions/meetings): convening a 常务会议 or 全体会议, its agenda (tabling a major
 * decision, other topics), each topic's legality review, the attendance, each topic's deliberation —
 * the speakers numbered in the order they spoke, the head of government last — and closing it.
 */
@Controller
@RequestMapping("/console/decisions/meetings")
@Allowed.ProcedureReaders
class MeetingPages {

    /** Rows of the attendance form. */
    static final int ATTENDEE_ROWS = 12;

    private final GovernmentMeetings meetings;
    private final DecisionViews views;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;

    MeetingPages(GovernmentMeetings meetings, DecisionViews views, DataScope scope, Validator validator,
            MessageSource messages) {
        this.meetings = meetings;
        this.views = views;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return list(model, FormInput.empty(messages));
    }

    private String list(Model model, FormInput form) {
        model.addAttribute("rows", meetings.list());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("unitChoices", units());
        if (form.raw("meetingDate").isEmpty()) {
            form.put("meetingDate", views.today());
        }
        form.addTo(model);
        return "decisions/meetings";
    }

    @PostMapping
    @Allowed.Drafters
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("create", params, messages);
        MeetingRequest r = form.valid(new MeetingRequest(form.id("unitId"), form.choice("kind", MeetingKind.class),
                form.text("title"), form.date("meetingDate"), form.text("place")), validator);
        return FormAction.act(form, redirect, () -> {
            Meeting m = meetings.create(r);
            return new FormAction.Done(views.text("decisionsweb.flash.meeting-created"),
                    "/console/decisions/meetings/" + m.id());
        }, () -> list(model, form));
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages));
    }

    @PostMapping("/{id}/decision-topics")
    @Allowed.Drafters
    String table(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("table", params, messages);
        Long decisionId = form.id("decisionId");
        if (decisionId == null && form.ok()) {
            form.field("decisionId", views.text("decisionsweb.form.choose"));
        }
        return act(id, form, model, redirect, () -> {
            meetings.tableDecision(id, decisionId);
            return views.text("decisionsweb.flash.tabled");
        });
    }

    @PostMapping("/{id}/topics")
    @Allowed.Drafters
    String topic(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("topic", params, messages);
        TopicRequest r = form.valid(new TopicRequest(form.text("title"), form.id("sponsorUnitId"),
                form.text("materials")), validator);
        return act(id, form, model, redirect, () -> {
            meetings.addTopic(id, r);
            return views.text("decisionsweb.flash.topic-added");
        });
    }

    @PostMapping("/{id}/topics/{topicId}/review-submission")
    @Allowed.Drafters
    String review(@PathVariable long id, @PathVariable long topicId, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("topic-" + topicId, Map.of(), messages);
        return act(id, form, model, redirect, () -> {
            var r = meetings.submitTopicForReview(id, topicId);
            return views.text("decisionsweb.flash.topic-submitted", r.dueOn());
        });
    }

    @PostMapping("/{id}/topics/{topicId}/removal")
    @Allowed.Drafters
    String remove(@PathVariable long id, @PathVariable long topicId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("topic-" + topicId, params, messages);
        return act(id, form, model, redirect, () -> {
            meetings.removeTopic(id, topicId, form.text("reason"));
            return views.text("decisionsweb.flash.topic-removed");
        });
    }

    @PostMapping("/{id}/attendance")
    @Allowed.Drafters
    String attendance(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("attendance", params, messages);
        List<AttendanceRequest.Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < ATTENDEE_ROWS; i++) {
            String name = form.text("name-" + i);
            if (name == null) {
                continue;
            }
            attendees.add(new AttendanceRequest.Attendee(name, form.text("position-" + i),
                    String.valueOf(i).equals(form.raw("head")), DecisionPages.flag(form, "voting-" + i)));
        }
        AttendanceRequest r = form.valid(new AttendanceRequest(attendees), validator);
        return act(id, form, model, redirect, () -> {
            meetings.recordAttendance(id, r);
            return views.text("decisionsweb.flash.attendance");
        });
    }

    /**
     * A topic's deliberation: each attendee given an order number spoke, in that order (the head of
     * government is expected last), with the position and what they said.
     */
    @PostMapping("/{id}/topics/{topicId}/deliberation")
    @Allowed.Drafters
    String deliberate(@PathVariable long id, @PathVariable long topicId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("deliberation-" + topicId, params, messages);
        Meeting m = meetings.get(id);
        record Numbered(int order, DeliberationRecordRequest.Speech speech) {
        }
        List<Numbered> numbered = new ArrayList<>();
        for (MeetingAttendee a : m.attendees()) {
            Integer order = form.integer("order-" + a.id());
            if (order == null) {
                continue;
            }
            numbered.add(new Numbered(order, new DeliberationRecordRequest.Speech(a.id(),
                    form.choice("stance-" + a.id(), MeetingTopic.Stance.class), form.text("opinion-" + a.id()))));
        }
        numbered.sort(Comparator.comparingInt(Numbered::order));
        DeliberationRecordRequest r = form.valid(new DeliberationRecordRequest(numbered.stream().map(Numbered::speech)
                .toList(), form.choice("outcome", MeetingTopic.TopicOutcome.class), form.text("headReason"),
                form.text("conclusion")), validator);
        return act(id, form, model, redirect, () -> {
            meetings.recordDeliberation(id, topicId, r);
            return views.text("decisionsweb.flash.deliberated");
        });
    }

    @PostMapping("/{id}/closure")
    @Allowed.Drafters
    String close(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("close", Map.of(), messages);
        return act(id, form, model, redirect, () -> {
            meetings.close(id);
            return views.text("decisionsweb.flash.meeting-closed");
        });
    }

    @PostMapping("/{id}/cancellation")
    @Allowed.Drafters
    String cancel(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("cancel", params, messages);
        return act(id, form, model, redirect, () -> {
            meetings.cancel(id, form.text("reason"));
            return views.text("decisionsweb.flash.meeting-cancelled");
        });
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, Supplier<String> step) {
        return FormAction.act(form, redirect, "/console/decisions/meetings/" + id, step, () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        MeetingOverview o = meetings.overview(id);
        Map<Long, Map<String, DecisionViews.StepView>> topicSteps = new java.util.LinkedHashMap<>();
        o.topicSteps().forEach((topicId, checks) -> {
            Map<String, DecisionViews.StepView> steps = new java.util.LinkedHashMap<>();
            for (StepCheck s : checks) {
                steps.put(s.step(), views.view(s));
            }
            topicSteps.put(topicId, steps);
        });
        model.addAttribute("o", o);
        model.addAttribute("m", o.meeting());
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("topicSteps", topicSteps);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ATTENDEE_ROWS).boxed().toList());
        model.addAttribute("stances", MeetingTopic.Stance.values());
        model.addAttribute("outcomes", MeetingTopic.TopicOutcome.values());
        model.addAttribute("unitChoices", units());
        form.addTo(model);
        return "decisions/meeting";
    }

    private List<Unit> units() {
        List<Unit> out = new ArrayList<>(scope.visibleUnits());
        out.sort(Comparator.comparing(Unit::path));
        return out;
    }
}
