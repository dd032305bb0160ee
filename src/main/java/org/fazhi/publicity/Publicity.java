package org.fazhi.publicity;

import org.fazhi.shared.SubjectType;

/**
 * The module's name and the record types other modules (audit) refer to, declared once; the activity, which
 * has a procedure, declares its own ({@link PublicityActivity#SUBJECT}).
 */
public final class Publicity {

    /** The module that owns legal publicity, training and exams. */
    public static final String MODULE = "publicity";

    public static final SubjectType DUTY = new SubjectType(MODULE, "publicity-duty");
    public static final SubjectType DUTY_REVIEW = new SubjectType(MODULE, "publicity-duty-review");
    public static final SubjectType TRAINING = new SubjectType(MODULE, "training-session");
    public static final SubjectType ATTENDANCE = new SubjectType(MODULE, "training-attendance");
    public static final SubjectType EXAM = new SubjectType(MODULE, "law-exam");
    public static final SubjectType EXAM_RESULT = new SubjectType(MODULE, "law-exam-result");
    public static final SubjectType VICE_PRINCIPAL = new SubjectType(MODULE, "vice-principal");
    public static final SubjectType LITERATE_PERSON = new SubjectType(MODULE, "legal-literate-person");
    public static final SubjectType MODEL_VILLAGE = new SubjectType(MODULE, "model-village");

    private Publicity() {
    }
}
