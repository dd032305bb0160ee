package org.fazhi.shared.procedure;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.fazhi.shared.RefusedException;

/**
 * Why a step is refused: a stable {@code code} for clients (the problem's "code"), the message key
 * the user reads the reason under, and its arguments — e.g. {@code comments-undisposed},
 * "尚有 2 条意见未答复，不得报送合法性审核".
 */
public record Refusal(String code, String messageKey, List<Object> args) {

    public Refusal {
        args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Refusal of(String code, String messageKey, Object... args) {
        return new Refusal(code, messageKey, args == null ? List.of() : Arrays.asList(args));
    }

    /** The exception a step throws with this reason (409 with an RFC 9457 body). */
    public RefusedException exception() {
        return new RefusedException(code, messageKey, args.toArray());
    }
}
