package org.fazhi.lists.internal;

import java.util.EnumSet;
import java.util.Optional;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/**
 * The gates of a list adjustment's procedure, each written once and named as the rule it enforces.
 * {@link ListProcedure} puts them on its steps; the steps and the guide ask the procedure, so they
 * never disagree.
 */
public final class ListPolicies {

    private ListPolicies() {
    }

    /** Lists are kept by the units' working staff and the 法治办 (roles). */
    public static final Gate<ListFacts> ONLY_LIST_KEEPERS_TAKE_STEPS = Gate.require(ListFacts::actorMayKeep, "role",
            "lists.refused.role");

    /** A unit adjusts its own list (or a unit above it does); nobody else. */
    public static final Gate<ListFacts> ONLY_THE_LIST_UNIT_ADJUSTS_ITS_LIST = Gate.require(ListFacts::actorKeeps,
            "not-list-unit", "lists.refused.not-list-unit");

    /** A list without a single item is not a list: nothing to review. */
    public static final Gate<ListFacts> LIST_NOT_EMPTY = Gate.require(f -> f.version().itemCount() > 0, "list-empty",
            "lists.refused.list-empty");

    /**
     * An adjustment that bears on the public (the drafter says so when starting it) is put out for
     * public comment (公众参与) before legality review; one the drafter recorded as not needing it, with
     * the reason the reviewer reads, passes.
     */
    public static final Gate<ListFacts> CONSULTED_WHERE_REQUIRED = Gate.require(
            f -> !f.version().participationRequired() || f.consulted(), "participation-required",
            "lists.refused.participation-required");

    /** Every comment received has its disposition (采纳情况) before the adjustment moves on. */
    public static final Gate<ListFacts> EVERY_COMMENT_ANSWERED = Gate.require(f -> f.undisposed() == 0,
            "comments-undisposed", f -> Refusal.of("comments-undisposed", "lists.refused.comments-undisposed",
                    String.valueOf(f.undisposed())));

    /**
     * A consultation runs to the end of its minimum period (LS-02, on the official calendar) or to the
     * shorter closing day stated with its reason when it opened; it can be closed from the day after.
     */
    public static final Gate<ListFacts> CONSULTATION_RUNS_ITS_MINIMUM_PERIOD = Gate.of("consultation-too-early",
            f -> f.openConsultation().filter(c -> !f.today().isAfter(c.earliestClose()))
                    .map(c -> Refusal.of("consultation-too-early", "lists.refused.consultation-too-early",
                            c.earliestClose(), f.consultationMinimumDays(), ListsRules.CONSULTATION_MINIMUM)));

    /**
     * 未经合法性审核或者经审核不合法的，不得公布: the latest concluded review found exactly this content
     * lawful. Content changed since (a revision), changes required (修改后合法: revise and submit again),
     * or an unlawful finding refuse with their own reasons; checked before the state while the version
     * is on its way, so the drafter reads the legal reason rather than "wrong state".
     */
    public static final Gate<ListFacts> PUBLICATION_NEEDS_A_LAWFUL_REVIEW_OF_THIS_CONTENT = Gate.<ListFacts>of(
            "review-*", ListPolicies::reviewRefusal)
            .onlyIn(ListFacts::status, EnumSet.of(ListVersionStatus.DRAFTING, ListVersionStatus.REVIEWING,
                    ListVersionStatus.REVIEWED));

    private static Optional<Refusal> reviewRefusal(ListFacts f) {
        if (f.openReview().isPresent()) {
            return Optional.of(Refusal.of("review-pending", "lists.refused.review-pending"));
        }
        Optional<LegalityReview> last = f.lastConcluded();
        if (last.isEmpty()) {
            return Optional.of(Refusal.of("review-not-reviewed", "lists.refused.review-not-reviewed"));
        }
        LegalityReview r = last.get();
        if (r.outcome() == ReviewOutcome.UNLAWFUL) {
            return Optional.of(Refusal.of("review-unlawful", "lists.refused.review-unlawful"));
        }
        if (r.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES) {
            return Optional.of(Refusal.of("review-changes-required", "lists.refused.review-changes-required"));
        }
        if (!r.subject().versionSha256().equals(f.version().contentSha256())) {
            return Optional.of(Refusal.of("review-content-changed", "lists.refused.review-content-changed"));
        }
        return Optional.empty();
    }
}
