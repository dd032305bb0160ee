package org.fazhi.normdocs.internal.portal;

import org.fazhi.normdocs.Validity;

/** The colour of a validity badge: in force green, amended amber, repealed or expired grey. */
final class Badges {

    private Badges() {
    }

    static String of(Validity v) {
        if (v == null) {
            return "text-bg-light";
        }
        return switch (v) {
            case CURRENT -> "text-bg-success";
            case AMENDED -> "text-bg-warning";
            case REPEALED -> "text-bg-secondary";
            case EXPIRED -> "text-bg-dark";
        };
    }
}
