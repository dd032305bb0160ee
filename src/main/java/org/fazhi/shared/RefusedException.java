package org.fazhi.shared;

/**
 * A step the law or the procedure forbids, e.g. "合法性审核未通过，不得提交集体审议". The message
 * key is looked up in the messages files so the user reads the reason in their language; the
 * code is stable for clients. Answers 409 Conflict with an RFC 9457 body.
 */
public class RefusedException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public RefusedException(String code, String messageKey, Object... args) {
        super(code);
        this.code = code;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
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
}
