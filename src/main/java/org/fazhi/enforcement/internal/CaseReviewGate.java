package org.fazhi.enforcement.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;

/**
 * 未经法制审核或者审核未通过的，不得作出决定 (PN-05): whether the legal review of a case passed for the
 * proposal it stands on now. Each submission sends a packet made from one version of the proposal;
 * the latest concluded review counts:
 * <ul>
 * <li>of the current proposal and 合法: passed;</li>
 * <li>of an earlier proposal and 修改后合法, and the current proposal answers that review: passed (the
 * changes were made in it, and the reviewer's request is on the record);</li>
 * <li>otherwise refused: pending, not reviewed, unlawful, changes pending, or a proposal changed since.</li>
 * </ul>
 */
public final class CaseReviewGate {

    /** Passed, or the code of the reason it did not (read as "review-" + code). */
    public record Decision(boolean passed, String code, Long reviewId) {
    }

    private CaseReviewGate() {
    }

    /**
     * @param reviews         the case's reviews at the desk
     * @param packetVersions  packet id → the proposal version it was made from
     * @param proposalVersion the case's current proposal version
     * @param answersReviewId the review the current proposal answers, if any
     */
    public static Decision of(List<LegalityReview> reviews, Map<Long, Integer> packetVersions, int proposalVersion,
            Long answersReviewId) {
        boolean pending = reviews.stream().anyMatch(r -> r.status().isOpen()
                && packetVersions.getOrDefault(r.subject().versionId(), -1) == proposalVersion);
        if (pending) {
            return new Decision(false, "pending", null);
        }
        Optional<LegalityReview> latest = reviews.stream().filter(r -> r.status() == ReviewStatus.CONCLUDED)
                .max(Comparator.comparing(LegalityReview::concludedOn).thenComparing(LegalityReview::id));
        if (latest.isEmpty()) {
            return new Decision(false, "not-reviewed", null);
        }
        LegalityReview r = latest.get();
        int reviewed = packetVersions.getOrDefault(r.subject().versionId(), -1);
        if (reviewed == proposalVersion) {
            return switch (r.outcome()) {
                case LAWFUL -> new Decision(true, "passed", r.id());
                case UNLAWFUL -> new Decision(false, "unlawful", r.id());
                case LAWFUL_WITH_CHANGES -> new Decision(false, "changes-pending", r.id());
            };
        }
        if (r.outcome() == org.fazhi.review.ReviewOutcome.LAWFUL_WITH_CHANGES && r.id().equals(answersReviewId)) {
            return new Decision(true, "passed", r.id());
        }
        return new Decision(false, "version-not-reviewed", r.id());
    }
}
