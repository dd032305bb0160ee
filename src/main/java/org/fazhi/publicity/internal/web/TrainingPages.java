package org.fazhi.publicity.internal.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.publicity.TrainingAttendanceRequest;
import org.fazhi.publicity.ExamKind;
import org.fazhi.publicity.ExamRequest;
import org.fazhi.publicity.LawExam;
import org.fazhi.publicity.ResultRequest;
import org.fazhi.publicity.TrainingKind;
import org.fazhi.publicity.TrainingRequest;
import org.fazhi.publicity.TrainingSession;
import org.fazhi.publicity.Trainings;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 培训与考试: the training sessions and law exams of a year with the forms to record them, a session's page
 * with who was expected and attended, and an exam's page with each person's result.
 */
@Controller
@RequestMapping("/console/publicity")
@Allowed.Staff
class TrainingPages {

    private final Trainings trainings;
    private final PublicityViews views;
    private final Validator validator;

    TrainingPages(Trainings trainings, PublicityViews views, Validator validator) {
        this.trainings = trainings;
        this.views = views;
        this.validator = validator;
    }

    @GetMapping("/training")
    String training(@RequestParam(required = false) Integer year, Model model) {
        String today = views.today().toString();
        return trainingPage(views.year(year), model, views.empty("heldOn", today, "fullMark", "100", "passMark", "60",
                "hours", "1"));
    }

    @PostMapping("/training")
    @Allowed.Reporters
    String hold(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("training", params);
        TrainingRequest r = form.valid(new TrainingRequest(form.id("unitId"), form.text("title"),
                form.choice("kind", TrainingKind.class), form.date("heldOn"), views.decimal(form, "hours"),
                form.text("place")), validator);
        return FormAction.act(form, redirect, () -> {
            TrainingSession t = trainings.hold(r);
            return new FormAction.Done(views.text("publicity.flash.saved"), "/console/publicity/training/" + t.id());
        }, () -> trainingPage(views.year(null), model, form));
    }

    @PostMapping("/exams")
    @Allowed.Reporters
    String holdExam(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("exam", params);
        ExamRequest r = form.valid(new ExamRequest(form.id("unitId"), form.text("title"),
                form.choice("kind", ExamKind.class), form.date("heldOn"), views.decimal(form, "fullMark"),
                views.decimal(form, "passMark")), validator);
        return FormAction.act(form, redirect, () -> {
            LawExam e = trainings.holdExam(r);
            return new FormAction.Done(views.text("publicity.flash.saved"), "/console/publicity/exams/" + e.id());
        }, () -> trainingPage(views.year(null), model, form));
    }

    private String trainingPage(int year, Model model, FormInput form) {
        List<TrainingSession> sessions = trainings.sessions(null, year);
        List<LawExam> exams = trainings.exams(null, year);
        Set<Long> ids = new HashSet<>();
        sessions.forEach(s -> ids.add(s.unitId()));
        exams.forEach(e -> ids.add(e.unitId()));
        model.addAttribute("sessions", sessions);
        model.addAttribute("exams", exams);
        model.addAttribute("unitNames", views.names(ids));
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("unitChoices", views.unitChoices());
        model.addAttribute("trainingKinds", views.choices(TrainingKind.class, "publicity.training-kind."));
        model.addAttribute("examKinds", views.choices(ExamKind.class, "publicity.exam-kind."));
        form.addTo(model);
        return "publicity/training";
    }

    @GetMapping("/training/{id}")
    String session(@PathVariable long id, Model model) {
        return sessionPage(id, model, views.empty());
    }

    @PostMapping("/training/{id}/attendance")
    @Allowed.Reporters
    String attend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("attendance", params);
        TrainingAttendanceRequest r = form.valid(new TrainingAttendanceRequest(form.text("personRef"), form.text("personName"),
                form.id("unitId"), "true".equals(form.raw("attended"))), validator);
        return FormAction.act(form, redirect, "/console/publicity/training/" + id, () -> {
            trainings.attend(id, r);
            return views.text("publicity.flash.saved");
        }, () -> sessionPage(id, model, form));
    }

    private String sessionPage(long id, Model model, FormInput form) {
        TrainingSession t = trainings.session(id);
        var attendance = trainings.attendance(id);
        Set<Long> ids = new HashSet<>(List.of(t.unitId()));
        attendance.forEach(a -> ids.add(a.unitId()));
        model.addAttribute("t", t);
        model.addAttribute("attendance", attendance);
        model.addAttribute("attended", attendance.stream().filter(a -> a.attended()).count());
        model.addAttribute("unitNames", views.names(ids));
        model.addAttribute("unitChoices", views.unitChoices());
        form.addTo(model);
        return "publicity/session";
    }

    @GetMapping("/exams/{id}")
    String exam(@PathVariable long id, Model model) {
        return examPage(id, model, views.empty());
    }

    @PostMapping("/exams/{id}/results")
    @Allowed.Reporters
    String record(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("result", params);
        boolean absent = "true".equals(form.raw("absent"));
        BigDecimal score = form.text("score") == null ? null : views.decimal(form, "score");
        ResultRequest r = form.valid(new ResultRequest(form.text("personRef"), form.text("personName"),
                form.id("unitId"), score, absent), validator);
        return FormAction.act(form, redirect, "/console/publicity/exams/" + id, () -> {
            trainings.record(id, r);
            return views.text("publicity.flash.saved");
        }, () -> examPage(id, model, form));
    }

    private String examPage(long id, Model model, FormInput form) {
        LawExam e = trainings.exam(id);
        var results = trainings.results(id);
        Set<Long> ids = new HashSet<>(List.of(e.unitId()));
        results.forEach(r -> ids.add(r.unitId()));
        model.addAttribute("e", e);
        model.addAttribute("results", results);
        model.addAttribute("sat", results.stream().filter(r -> !r.absent()).count());
        model.addAttribute("passed", results.stream().filter(r -> r.passed()).count());
        model.addAttribute("unitNames", views.names(ids));
        model.addAttribute("unitChoices", views.unitChoices());
        form.addTo(model);
        return "publicity/exam";
    }
}
