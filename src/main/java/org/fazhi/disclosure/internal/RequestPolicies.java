package org.fazhi.disclosure.internal;

import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a disclosure request, each written once and named as the rule it enforces. */
public final class RequestPolicies {

    private RequestPolicies() {
    }

    /** Requests are handled by the unit's working staff and its 法治办, not by leaders or reviewers (roles). */
    public static final Gate<RequestFacts> ONLY_DISCLOSURE_STAFF_HANDLE = Gate.require(RequestFacts::actorHandles,
            "role", "disclosure.refused.role");

    /** The requester answers the 补正 notice, known by the receipt number and code on the portal (GI-02). */
    public static final Gate<RequestFacts> ONLY_THE_REQUESTER_ANSWERS = Gate.require(RequestFacts::requesterVerified,
            "requester-only", "disclosure.refused.requester-only");

    /** The 补正 notice is given once (GI-02: 一次性告知). */
    public static final Gate<RequestFacts> CORRECTION_ASKED_ONLY_ONCE = Gate.require(
            f -> f.request().correctionAskedOn() == null, "correction-once", "disclosure.refused.correction-once");

    /** The reply limit is extended once, by at most the rule's extension (GI-01). */
    public static final Gate<RequestFacts> EXTENDED_ONLY_ONCE = Gate.require(f -> f.request().extendedOn() == null,
            "already-extended", "disclosure.refused.already-extended");

    /** The extension is approved and recorded before the first limit ends (GI-01). */
    public static final Gate<RequestFacts> EXTENSION_BEFORE_THE_LIMIT_ENDS = Gate.require(
            f -> f.replyDue() != null && !f.today().isAfter(f.replyDue()), "extension-too-late",
            f -> Refusal.of("extension-too-late", "disclosure.refused.extension-too-late",
                    String.valueOf(f.replyDue())));
}
