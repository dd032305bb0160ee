package org.fazhi.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "未经合法性审核或者经审核不合法的，不得提交集体审议" (seed 000 §5(2); MD-06). A text may go to
 * collective deliberation only if the latest concluded review of its subject
 * <ul>
 * <li>is of the current version and found it 合法; or</li>
 * <li>found the previous version 修改后合法 and every required change has been marked as made in
 * the current version.</li>
 * </ul>
 * A review still open for the current version, an unlawful finding, a 修改后合法 finding whose
 * changes are not all made, or a current version nobody reviewed, are refused with the reason.
 * Pure policy over the subject's reviews, so any module can apply it.
 */
public final class LegalityGate {

    private LegalityGate() {
    }

    public static GateDecision forDeliberation(List<LegalityReview> reviewsOfSubject, long currentVersionId) {
        boolean pendingOnCurrent = reviewsOfSubject.stream()
                .anyMatch(r -> r.status().isOpen() && r.subject().versionId() == currentVersionId);
        if (pendingOnCurrent) {
            return GateDecision.refuse("pending", null);
        }
        Optional<LegalityReview> latest = reviewsOfSubject.stream()
                .filter(r -> r.status() == ReviewStatus.CONCLUDED)
                .max(Comparator.comparing(LegalityReview::concludedOn).thenComparing(LegalityReview::id));
        if (latest.isEmpty()) {
            return GateDecision.refuse("not-reviewed", null);
        }
        LegalityReview r = latest.get();
        if (r.subject().versionId() == currentVersionId) {
            return switch (r.outcome()) {
                case LAWFUL -> GateDecision.pass(r.id());
                case UNLAWFUL -> GateDecision.refuse("unlawful", r.id());
                case LAWFUL_WITH_CHANGES -> GateDecision.refuse("changes-pending", r.id());
            };
        }
        if (r.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES) {
            List<RequiredChange> changes = r.requiredChanges();
            if (!changes.isEmpty()
                    && changes.stream().allMatch(c -> c.made() && c.madeInVersionId() == currentVersionId)) {
                return GateDecision.pass(r.id());
            }
            if (!changes.stream().allMatch(RequiredChange::made)) {
                return GateDecision.refuse("changes-pending", r.id());
            }
            // every change was made, but in an earlier version: the text changed again since
        }
        return GateDecision.refuse("version-not-reviewed", r.id());
    }
}
