package org.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.publicity.internal.PublicityAccess;
import org.fazhi.publicity.internal.PublicityStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions for officials and officers with who was expected and who attended, and law exams with each
 * person's score or absence (passed when the score reaches the exam's pass mark). The enforcement module's
 * certificate renewal reads a person's results through {@link #resultsOf}.
 */
@Service
@Transactional
public class Trainings {

    private final PublicityStore store;
    private final PublicityAccess access;
    private final PublicityUnits units;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    Trainings(PublicityStore store, PublicityAccess access, PublicityUnits units, DataScope scope, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- sessions -----

    @Transactional(readOnly = true)
    public List<TrainingSession> sessions(Long unitId, int year) {
        return store.trainings(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year);
    }

    @Transactional(readOnly = true)
    public TrainingSession session(long id) {
        return access.requireTraining(id);
    }

    @Transactional(readOnly = true)
    public List<Attendance> attendance(long id) {
        return store.attendance(Set.of(access.requireTraining(id).id()));
    }

    @Allowed.Reporters
    public TrainingSession hold(TrainingRequest r) {
        units.inScope(r.unitId(), "unitId");
        notFuture(r.heldOn(), "heldOn");
        long id = store.insertTraining(r, Actor.current().userId(), OffsetDateTime.now(clock));
        TrainingSession t = store.training(id).orElseThrow();
        audit.created(Publicity.TRAINING.name(), id, t);
        return t;
    }

    /** A person expected at the session, once, of a unit in scope. */
    @Allowed.Reporters
    public Attendance attend(long trainingId, TrainingAttendanceRequest r) {
        TrainingSession t = access.requireTraining(trainingId);
        units.inScope(r.unitId(), "unitId");
        if (store.attendance(Set.of(t.id())).stream().anyMatch(a -> a.personRef().equals(r.personRef().strip()))) {
            throw InvalidInputException.field("personRef", "publicity.person.twice");
        }
        long id = store.insertAttendance(t.id(), r, Actor.current().userId(), OffsetDateTime.now(clock));
        Attendance a = store.attendance(Set.of(t.id())).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.created(Publicity.ATTENDANCE.name(), id, a);
        return a;
    }

    // ----- exams -----

    @Transactional(readOnly = true)
    public List<LawExam> exams(Long unitId, int year) {
        return store.exams(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year);
    }

    @Transactional(readOnly = true)
    public LawExam exam(long id) {
        return access.requireExam(id);
    }

    @Transactional(readOnly = true)
    public List<ExamResult> results(long examId) {
        return store.results(Set.of(access.requireExam(examId).id()));
    }

    /**
     * Every result of a person (newest first) among the exams the actor may see: what the enforcement
     * module's certificate renewal reads.
     */
    @Transactional(readOnly = true)
    public List<ExamResult> resultsOf(String personRef) {
        return store.resultsOf(personRef).stream().filter(r -> scope.canSee(r.unitId())).toList();
    }

    @Allowed.Reporters
    public LawExam holdExam(ExamRequest r) {
        units.inScope(r.unitId(), "unitId");
        notFuture(r.heldOn(), "heldOn");
        if (r.passMark().compareTo(r.fullMark()) > 0) {
            throw InvalidInputException.field("passMark", "publicity.exam.pass-above-full", r.fullMark());
        }
        long id = store.insertExam(r, Actor.current().userId(), OffsetDateTime.now(clock));
        LawExam e = store.exam(id).orElseThrow();
        audit.created(Publicity.EXAM.name(), id, e);
        return e;
    }

    /** A person's result: a score not above the full mark, or absent without a score; once per person. */
    @Allowed.Reporters
    public ExamResult record(long examId, ResultRequest r) {
        LawExam e = access.requireExam(examId);
        units.inScope(r.unitId(), "unitId");
        if (r.absent() && r.score() != null) {
            throw InvalidInputException.field("score", "publicity.exam.absent-with-score");
        }
        if (!r.absent() && r.score() == null) {
            throw InvalidInputException.field("score", "publicity.exam.score-required");
        }
        if (!r.absent() && r.score().compareTo(e.fullMark()) > 0) {
            throw InvalidInputException.field("score", "publicity.exam.score-above-full", e.fullMark());
        }
        if (store.results(Set.of(e.id())).stream().anyMatch(x -> x.personRef().equals(r.personRef().strip()))) {
            throw InvalidInputException.field("personRef", "publicity.person.twice");
        }
        boolean passed = !r.absent() && r.score().compareTo(e.passMark()) >= 0;
        long id = store.insertResult(e.id(), r, passed, Actor.current().userId(), OffsetDateTime.now(clock));
        ExamResult result = store.results(Set.of(e.id())).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.created(Publicity.EXAM_RESULT.name(), id, result);
        return result;
    }

    private void notFuture(LocalDate day, String field) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field(field, "publicity.date.future");
        }
    }
}
