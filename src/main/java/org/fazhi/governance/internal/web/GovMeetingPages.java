package org.fazhi.governance.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.Meeting;
import org.fazhi.governance.MeetingKind;
import org.fazhi.governance.MeetingRequest;
import org.fazhi.governance.RuleOfLawMeetings;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 会议与学法 (/console/governance/meetings): the special meetings, study sessions and court-hearing
 * attendance of a year, recording one with its minutes and files, and one meeting's page.
 */
@Controller
@RequestMapping("/console/governance/meetings")
@Allowed.Staff
class GovMeetingPages {

    private final RuleOfLawMeetings meetings;
    private final GovViews views;
    private final Validator validator;
    private final MessageSource messages;

    GovMeetingPages(RuleOfLawMeetings meetings, GovViews views, Validator validator, MessageSource messages) {
        this.meetings = meetings;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
            Model model) {
        int y = views.year(year);
        return page(y, kind(kind), model, FormInput.empty(messages).put("unitId", views.home())
                .put("kind", kind(kind) == null ? "" : kind(kind).name()).put("heldOn", views.today()));
    }

    @PostMapping
    @Allowed.Reporters
    String record(@RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("meeting", params, messages);
        MeetingRequest r = form.valid(new MeetingRequest(form.id("unitId"), form.choice("kind", MeetingKind.class),
                form.date("heldOn"), form.text("topic"), form.text("participants"), form.integer("participantCount"),
                form.text("minutes"), form.text("venue")), validator);
        return FormAction.act(form, redirect, () -> {
            Meeting m = meetings.record(r, GovViews.evidence(files));
            return new FormAction.Done(views.text("governance.flash.meeting", m.topic()),
                    "/console/governance/meetings/" + m.id());
        }, () -> page(form.date("heldOn") == null ? views.today().getYear() : form.date("heldOn").getYear(), null,
                model, form));
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meeting m = meetings.meeting(id);
        model.addAttribute("m", m);
        model.addAttribute("unit", views.name(m.unitId()));
        model.addAttribute("files", m.fileIds().stream().map(f -> meetings.file(id, f)).toList());
        return "governance/meeting";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        StoredFile f = meetings.file(id, fileId);
        return GovViews.download(f, meetings.content(id, fileId));
    }

    private String page(int year, MeetingKind kind, Model model, FormInput form) {
        List<Meeting> list = meetings.meetings(year, kind);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("meetings", list);
        model.addAttribute("names", views.names(list.stream().map(Meeting::unitId).toList()));
        model.addAttribute("units", views.units());
        form.addTo(model);
        return "governance/meetings";
    }

    private static MeetingKind kind(String kind) {
        for (MeetingKind k : MeetingKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
