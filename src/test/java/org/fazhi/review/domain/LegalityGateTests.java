package org.fazhi.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.review.GateDecision;
import org.fazhi.review.LegalityGate;
import org.fazhi.review.RequiredChange;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The deliberation gate as pure policy over a subject's reviews (versions 1, 2, 3 have ids 11, 12, 13). */
class LegalityGateTests {

    private static long ids = 100;

    private static LegalityReview review(long versionId, ReviewStatus status, ReviewOutcome outcome,
            LocalDate concludedOn, List<RequiredChange> changes) {
        long id = ++ids;
        return new LegalityReview(id, ReviewType.NORMATIVE_DOCUMENT,
                new ReviewSubject("normdocs", "normative-document", "1", "文件", versionId, (int) (versionId - 10),
                        "0".repeat(64), null),
                1, 1L, 1L, 2L, 3L, LocalDate.of(2025, 6, 3), null, null, null, status, outcome,
                outcome == null ? null : "意见", outcome == null ? null : 4L, concludedOn, null, changes, List.of(),
                Instant.EPOCH, 0);
    }

    private static LegalityReview concluded(long versionId, ReviewOutcome outcome, int day, RequiredChange... changes) {
        return review(versionId, ReviewStatus.CONCLUDED, outcome, LocalDate.of(2025, 6, day), List.of(changes));
    }

    private static GateDecision gate(long current, LegalityReview... reviews) {
        return LegalityGate.forDeliberation(List.of(reviews), current);
    }

    @Test
    void noReviewAtAllIsRefused() {
        assertThat(gate(11).code()).isEqualTo("not-reviewed");
        assertThat(gate(11, review(11, ReviewStatus.WITHDRAWN, null, null, List.of())).code())
                .isEqualTo("not-reviewed");
    }

    @Test
    void anOpenReviewOfTheCurrentVersionIsPending() {
        assertThat(gate(11, review(11, ReviewStatus.SUBMITTED, null, null, List.of())).code()).isEqualTo("pending");
        assertThat(gate(11, review(11, ReviewStatus.AWAITING_MATERIALS, null, null, List.of())).code())
                .isEqualTo("pending");
    }

    @Test
    void onlyALawfulFindingOnTheCurrentVersionPassesDirectly() {
        LegalityReview lawful = concluded(11, ReviewOutcome.LAWFUL, 10);
        GateDecision passed = gate(11, lawful);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.reviewId()).isEqualTo(lawful.id());
        assertThat(gate(11, concluded(11, ReviewOutcome.UNLAWFUL, 10)).code()).isEqualTo("unlawful");
        assertThat(gate(11, concluded(11, ReviewOutcome.LAWFUL_WITH_CHANGES, 10, new RequiredChange(1, "改", null,
                null))).code()).isEqualTo("changes-pending");
        assertThat(gate(12, lawful).code()).isEqualTo("version-not-reviewed");
        assertThat(gate(12, concluded(11, ReviewOutcome.UNLAWFUL, 10)).code()).isEqualTo("version-not-reviewed");
    }

    @Test
    void theLatestConclusionCounts() {
        assertThat(gate(11, concluded(11, ReviewOutcome.LAWFUL, 10), concluded(11, ReviewOutcome.UNLAWFUL, 12))
                .code()).isEqualTo("unlawful");
        assertThat(gate(12, concluded(11, ReviewOutcome.UNLAWFUL, 10), concluded(12, ReviewOutcome.LAWFUL, 12))
                .passed()).isTrue();
    }

    @Test
    void lawfulWithChangesPassesOnceEveryChangeIsMadeInTheCurrentVersion() {
        RequiredChange one = new RequiredChange(1, "删除第三条", 12L, "已删除");
        RequiredChange two = new RequiredChange(2, "补充依据", 12L, "已补充");
        RequiredChange twoOpen = new RequiredChange(2, "补充依据", null, null);
        assertThat(gate(12, concluded(11, ReviewOutcome.LAWFUL_WITH_CHANGES, 10, one, two)).passed()).isTrue();
        assertThat(gate(12, concluded(11, ReviewOutcome.LAWFUL_WITH_CHANGES, 10, one, twoOpen)).code())
                .isEqualTo("changes-pending");
        assertThat(gate(13, concluded(11, ReviewOutcome.LAWFUL_WITH_CHANGES, 10, one, two)).code())
                .as("text changed after the changes were made").isEqualTo("version-not-reviewed");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2025})
    void randomHistoriesPassOnlyWhenTheRuleSaysSo(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int round = 0; round < 200; round++) {
            List<LegalityReview> reviews = new ArrayList<>();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                long version = 11 + random.nextInt(3);
                ReviewOutcome outcome = ReviewOutcome.values()[random.nextInt(3)];
                RequiredChange change = new RequiredChange(1, "改", random.nextBoolean() ? 11L + random.nextInt(3) : null,
                        null);
                reviews.add(outcome == ReviewOutcome.LAWFUL_WITH_CHANGES
                        ? concluded(version, outcome, 1 + i, change) : concluded(version, outcome, 1 + i));
            }
            long current = 11 + random.nextInt(3);
            GateDecision d = LegalityGate.forDeliberation(reviews, current);
            LegalityReview latest = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
            boolean expected = latest != null && ((latest.subject().versionId() == current
                    && latest.outcome() == ReviewOutcome.LAWFUL)
                    || (latest.subject().versionId() != current && latest.outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES
                            && latest.requiredChanges().stream().allMatch(c -> c.made()
                                    && c.madeInVersionId() == current)));
            assertThat(d.passed()).as("%s on version %d", reviews, current).isEqualTo(expected);
            if (d.passed()) {
                assertThat(d.reviewId()).isEqualTo(latest.id());
            }
        }
    }
}
