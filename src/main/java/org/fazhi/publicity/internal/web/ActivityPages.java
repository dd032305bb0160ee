package org.fazhi.publicity.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.publicity.ActivityKind;
import org.fazhi.publicity.ActivityOverview;
import org.fazhi.publicity.ActivityRequest;
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.publicity.CancelRequest;
import org.fazhi.publicity.DutyLine;
import org.fazhi.files.StoredFile;
import org.fazhi.publicity.HeldRequest;
import org.fazhi.publicity.Material;
import org.fazhi.publicity.PublicityActivities;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.PublicityDuties;
import org.fazhi.publicity.AnnouncementRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * 普法活动 (/console/publicity/activities): the activities of the user's units in a year with the form to plan
 * one, and an activity's page — the guide and each step it allows as a form (announce, record as held with
 * its reach, cancel, hand in materials) — and the download of a material.
 */
@Controller
@RequestMapping("/console/publicity/activities")
@Allowed.Staff
class ActivityPages {

    private final PublicityActivities activities;
    private final PublicityDuties duties;
    private final PublicityViews views;
    private final Validator validator;

    ActivityPages(PublicityActivities activities, PublicityDuties duties, PublicityViews views, Validator validator) {
        this.activities = activities;
        this.duties = duties;
        this.views = views;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ActivityStatus status,
            Model model) {
        String today = views.today().toString();
        return listPage(views.year(year), status, model, views.empty("startsOn", today, "endsOn", today));
    }

    @PostMapping
    @Allowed.Reporters
    String plan(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("activity", params);
        ActivityRequest r = form.valid(new ActivityRequest(form.id("unitId"), form.id("dutyId"), form.text("title"),
                form.choice("kind", ActivityKind.class), form.date("startsOn"), form.date("endsOn"),
                form.text("place"), form.text("audience"), form.text("description"), form.text("materials")),
                validator);
        return FormAction.act(form, redirect, () -> {
            PublicityActivity a = activities.plan(r);
            return new FormAction.Done(views.text("publicity.flash.planned"), "/console/publicity/activities/" + a.id());
        }, () -> listPage(views.year(null), null, model, form));
    }

    private String listPage(int year, ActivityStatus status, Model model, FormInput form) {
        List<PublicityActivity> list = activities.list(null, year, status);
        model.addAttribute("activities", list);
        model.addAttribute("unitNames", views.names(list.stream().map(PublicityActivity::unitId).toList()));
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", views.choices(ActivityStatus.class, "publicity.status."));
        model.addAttribute("kinds", views.choices(ActivityKind.class, "publicity.kind."));
        model.addAttribute("unitChoices", views.unitChoices());
        Map<String, String> lines = new LinkedHashMap<>();
        Map<Long, String> names = views.names(duties.lines(null, year).stream().map(DutyLine::unitId).toList());
        duties.lines(null, year).forEach(d -> lines.put(String.valueOf(d.id()), names.get(d.unitId()) + " · "
                + d.lawNames()));
        model.addAttribute("dutyChoices", lines);
        form.addTo(model);
        return "publicity/activities";
    }

    @GetMapping("/{id}")
    String activity(@PathVariable long id, Model model) {
        return page(id, model, views.empty("heldOn", views.today().toString()));
    }

    @PostMapping("/{id}/announcement")
    @Allowed.Reporters
    String announce(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("announce", params);
        AnnouncementRequest r = new AnnouncementRequest(form.integer("version"));
        return step(id, form, redirect, model, () -> activities.announce(id, r), "publicity.flash.announced");
    }

    @PostMapping("/{id}/held")
    @Allowed.Reporters
    String held(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("held", params);
        HeldRequest r = form.valid(new HeldRequest(form.date("heldOn"), form.integer("participants"),
                form.integer("copies"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> activities.recordHeld(id, r), "publicity.flash.held");
    }

    @PostMapping("/{id}/cancellation")
    @Allowed.Reporters
    String cancel(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("cancel", params);
        CancelRequest r = form.valid(new CancelRequest(form.text("reason"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> activities.cancel(id, r), "publicity.flash.cancelled");
    }

    @PostMapping("/{id}/materials")
    @Allowed.Reporters
    String addMaterials(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("materials", params);
        List<Material> materials = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    try {
                        materials.add(new Material(f.getInputStream(), f.getOriginalFilename(), f.getContentType()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return step(id, form, redirect, model, () -> {
            activities.addMaterials(id, materials);
            return null;
        }, "publicity.flash.materials");
    }

    @GetMapping("/{id}/materials/{fileId}")
    ResponseEntity<Resource> material(@PathVariable long id, @PathVariable long fileId) {
        StoredFile f = activities.material(id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(activities.materialContent(id, fileId));
    }

    private String step(long id, FormInput form, RedirectAttributes redirect, Model model,
            Supplier<PublicityActivity> step, String flash) {
        return FormAction.act(form, redirect, "/console/publicity/activities/" + id, () -> {
            step.get();
            return views.text(flash);
        }, () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        ActivityOverview o = activities.overview(id);
        model.addAttribute("o", o);
        model.addAttribute("a", o.activity());
        model.addAttribute("guide", views.guide(o.guide()));
        form.addTo(model);
        return "publicity/activity";
    }
}
