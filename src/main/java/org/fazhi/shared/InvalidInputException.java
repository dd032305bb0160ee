package org.fazhi.shared;

import java.util.List;

/**
 * Input that is well-formed but cannot be accepted (a value out of range, an unknown code). The
 * field errors name the offending fields. Answers 400, or the status given (e.g. 422 for a date
 * outside the covered calendar years).
 */
public class InvalidInputException extends RuntimeException {

    public record FieldProblem(String field, String messageKey, Object[] args) {
        public FieldProblem {
            args = args == null ? new Object[0] : args.clone();
        }
    }

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldProblem> fieldProblems;

    public InvalidInputException(String code, String messageKey, Object... args) {
        this(400, code, messageKey, List.of(), args);
    }

    public InvalidInputException(int status, String code, String messageKey, List<FieldProblem> fieldProblems,
            Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.args = args == null ? new Object[0] : args.clone();
    }

    public static InvalidInputException field(String field, String messageKey, Object... args) {
        return new InvalidInputException(400, "invalid-input", "problem.invalid-input",
                List.of(new FieldProblem(field, messageKey, args)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
