package org.fazhi.publicity.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.files.StoredFile;
import org.fazhi.publicity.ActivityGuide;
import org.fazhi.publicity.ActivityRequest;
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.publicity.Attendance;
import org.fazhi.publicity.TrainingAttendanceRequest;
import org.fazhi.publicity.CancelRequest;
import org.fazhi.publicity.DutyLine;
import org.fazhi.publicity.DutyListStatus;
import org.fazhi.publicity.DutyRequest;
import org.fazhi.publicity.DutyReview;
import org.fazhi.publicity.DutyReviewRequest;
import org.fazhi.publicity.EndOfServiceRequest;
import org.fazhi.publicity.ExamRequest;
import org.fazhi.publicity.ExamResult;
import org.fazhi.publicity.Grassroots;
import org.fazhi.publicity.HeldRequest;
import org.fazhi.publicity.LawExam;
import org.fazhi.publicity.LiteratePerson;
import org.fazhi.publicity.LiteratePersonRequest;
import org.fazhi.publicity.ModelVillage;
import org.fazhi.publicity.ModelVillageRequest;
import org.fazhi.publicity.PublicityActivities;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.publicity.PublicityDuties;
import org.fazhi.publicity.ResultRequest;
import org.fazhi.publicity.TrainingRequest;
import org.fazhi.publicity.TrainingSession;
import org.fazhi.publicity.Trainings;
import org.fazhi.publicity.AnnouncementRequest;
import org.fazhi.publicity.VicePrincipal;
import org.fazhi.publicity.VicePrincipalRequest;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal publicity as JSON: the agencies' responsibility lists and their yearly review, activities with their
 * guide and steps, training sessions with attendance, exams with results (and a person's results, which the
 * enforcement module's certificate renewal reads), vice-principals, 法律明白人 and model villages. Another
 * unit's record answers 404; a step the procedure refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/publicity")
@Validated
@Allowed.Staff
@Tag(name = "publicity", description = "谁执法谁普法、普法活动、培训考试 (legal publicity and capacity)")
class PublicityApi {

    private final PublicityDuties duties;
    private final PublicityActivities activities;
    private final ActivityGuide guide;
    private final Trainings trainings;
    private final Grassroots grassroots;
    private final PublicityViews views;

    PublicityApi(PublicityDuties duties, PublicityActivities activities, ActivityGuide guide, Trainings trainings,
            Grassroots grassroots, PublicityViews views) {
        this.duties = duties;
        this.activities = activities;
        this.guide = guide;
        this.trainings = trainings;
        this.grassroots = grassroots;
        this.views = views;
    }

    // ----- responsibility lists -----

    @GetMapping("/duties")
    @Operation(summary = "Lines of the responsibility lists of a unit's subtree (the caller's scope by default) for a year")
    List<DutyLine> duties(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return duties.lines(unitId, views.year(year));
    }

    @PostMapping("/duties")
    @Operation(summary = "Add a line to an agency's responsibility list for a year")
    ResponseEntity<DutyLine> addLine(@Valid @RequestBody DutyRequest r) {
        DutyLine d = duties.addLine(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/duties?year=" + d.yearNo())).body(d);
    }

    @GetMapping("/duties/status")
    @Operation(summary = "Every agency in the caller's scope that owes a list: its lines and review for the year")
    List<DutyListStatus> dutyStatus(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return duties.statuses(views.year(year));
    }

    @PostMapping("/duties/reviews")
    @Operation(summary = "The yearly review of an agency's list (once per agency and year)")
    ResponseEntity<DutyReview> review(@Valid @RequestBody DutyReviewRequest r) {
        DutyReview d = duties.review(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/duties/status?year=" + d.yearNo())).body(d);
    }

    // ----- activities -----

    @GetMapping("/activities")
    PageResult<PublicityActivity> activities(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(activities.list(unitId, year, status), page, size);
    }

    @PostMapping("/activities")
    @Operation(summary = "Plan an activity (optionally for a line of the unit's list for that year)")
    ResponseEntity<PublicityActivity> plan(@Valid @RequestBody ActivityRequest r) {
        PublicityActivity a = activities.plan(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/activities/" + a.id())).body(a);
    }

    @GetMapping("/activities/{id}")
    PublicityActivity activity(@PathVariable @Positive long id) {
        return activities.get(id);
    }

    @GetMapping("/activities/{id}/guide")
    @Operation(summary = "What comes next, and for each step whether the caller may take it now or why not")
    PublicityViews.GuideView activityGuide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @PostMapping("/activities/{id}/announcement")
    @Operation(summary = "Put the activity on the public calendar (only while it is still to come)")
    PublicityActivity announce(@PathVariable @Positive long id, @Valid @RequestBody AnnouncementRequest r) {
        return activities.announce(id, r);
    }

    @PostMapping("/activities/{id}/held")
    @Operation(summary = "The activity was held on a day of its dates, with its reach")
    PublicityActivity held(@PathVariable @Positive long id, @Valid @RequestBody HeldRequest r) {
        return activities.recordHeld(id, r);
    }

    @PostMapping("/activities/{id}/cancellation")
    PublicityActivity cancel(@PathVariable @Positive long id, @Valid @RequestBody CancelRequest r) {
        return activities.cancel(id, r);
    }

    @GetMapping("/activities/{id}/materials")
    @Operation(summary = "The materials handed in for the activity (files; uploaded on the console)")
    List<StoredFile> materials(@PathVariable @Positive long id) {
        return activities.materials(id);
    }

    // ----- training and exams -----

    @GetMapping("/trainings")
    List<TrainingSession> trainings(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return trainings.sessions(unitId, views.year(year));
    }

    @PostMapping("/trainings")
    ResponseEntity<TrainingSession> hold(@Valid @RequestBody TrainingRequest r) {
        TrainingSession t = trainings.hold(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/trainings/" + t.id())).body(t);
    }

    @GetMapping("/trainings/{id}")
    TrainingSession training(@PathVariable @Positive long id) {
        return trainings.session(id);
    }

    @GetMapping("/trainings/{id}/attendance")
    List<Attendance> attendance(@PathVariable @Positive long id) {
        return trainings.attendance(id);
    }

    @PostMapping("/trainings/{id}/attendance")
    ResponseEntity<Attendance> attend(@PathVariable @Positive long id, @Valid @RequestBody TrainingAttendanceRequest r) {
        Attendance a = trainings.attend(id, r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/trainings/" + id + "/attendance")).body(a);
    }

    @GetMapping("/exams")
    List<LawExam> exams(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return trainings.exams(unitId, views.year(year));
    }

    @PostMapping("/exams")
    ResponseEntity<LawExam> holdExam(@Valid @RequestBody ExamRequest r) {
        LawExam e = trainings.holdExam(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/exams/" + e.id())).body(e);
    }

    @GetMapping("/exams/{id}")
    LawExam exam(@PathVariable @Positive long id) {
        return trainings.exam(id);
    }

    @GetMapping("/exams/{id}/results")
    List<ExamResult> results(@PathVariable @Positive long id) {
        return trainings.results(id);
    }

    @PostMapping("/exams/{id}/results")
    ResponseEntity<ExamResult> record(@PathVariable @Positive long id, @Valid @RequestBody ResultRequest r) {
        ExamResult x = trainings.record(id, r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/exams/" + id + "/results")).body(x);
    }

    @GetMapping("/exam-results")
    @Operation(summary = "Every exam result of a person (user:<id> or officer:<certificate no.>), newest first")
    List<ExamResult> resultsOf(@RequestParam @Pattern(regexp = "[A-Za-z]+:[A-Za-z0-9_-]{1,70}") String person) {
        return trainings.resultsOf(person);
    }

    // ----- grassroots -----

    @GetMapping("/vice-principals")
    List<VicePrincipal> vicePrincipals() {
        return grassroots.vicePrincipals();
    }

    @PostMapping("/vice-principals")
    ResponseEntity<VicePrincipal> appoint(@Valid @RequestBody VicePrincipalRequest r) {
        VicePrincipal v = grassroots.appoint(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/vice-principals")).body(v);
    }

    @PostMapping("/vice-principals/{id}/ending")
    VicePrincipal endAppointment(@PathVariable @Positive long id, @Valid @RequestBody EndOfServiceRequest r) {
        return grassroots.endAppointment(id, r);
    }

    @GetMapping("/literate-persons")
    @Operation(summary = "法律明白人 of the villages in the caller's scope (phones masked)")
    List<LiteratePerson> literatePersons() {
        return grassroots.literatePersons();
    }

    @PostMapping("/literate-persons")
    ResponseEntity<LiteratePerson> addLiteratePerson(@Valid @RequestBody LiteratePersonRequest r) {
        LiteratePerson p = grassroots.addLiteratePerson(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/literate-persons")).body(p);
    }

    @PostMapping("/literate-persons/{id}/ending")
    LiteratePerson endLiteratePerson(@PathVariable @Positive long id, @Valid @RequestBody EndOfServiceRequest r) {
        return grassroots.endLiteratePerson(id, r);
    }

    @GetMapping("/model-villages")
    List<ModelVillage> modelVillages() {
        return grassroots.modelVillages();
    }

    @PostMapping("/model-villages")
    ResponseEntity<ModelVillage> award(@Valid @RequestBody ModelVillageRequest r) {
        ModelVillage m = grassroots.award(r);
        return ResponseEntity.created(URI.create("/api/v1/publicity/model-villages")).body(m);
    }
}
