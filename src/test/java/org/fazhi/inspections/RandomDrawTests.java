package org.fazhi.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The draw does what its javadoc writes down: the same pools and seed give the same result whatever
 * order the pools are given in; the first number of the stream is the first 8 bytes of
 * SHA-256(seed ‖ domain ‖ 0 ‖ 0); every task has two different inspectors; the shuffle is a
 * permutation and, over many seeds, spreads positions evenly; a pool that differs in one label has
 * another digest.
 */
class RandomDrawTests {

    static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    static List<RandomDraw.Entry> pool(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new RandomDraw.Entry(i * 7L, prefix + i)).toList();
    }

    @Test
    void theSamePoolsAndSeedGiveTheSameResultInAnyOrder() {
        List<RandomDraw.Entry> objects = pool("企业", 40);
        List<RandomDraw.Entry> inspectors = pool("执法人员", 9);
        RandomDraw.Result a = RandomDraw.draw(SEED, objects, inspectors, 8);
        List<RandomDraw.Entry> reversed = new ArrayList<>(objects);
        java.util.Collections.reverse(reversed);
        RandomDraw.Result b = RandomDraw.draw(SEED, reversed, inspectors, 8);
        assertThat(b).isEqualTo(a);
        assertThat(a.tasks()).hasSize(8);
        assertThat(a.tasks()).allSatisfy(t -> assertThat(t.inspectorA()).isNotEqualTo(t.inspectorB()));
        assertThat(new HashSet<>(a.tasks().stream().map(RandomDraw.Task::objectId).toList())).hasSize(8);
        RandomDraw.Result other = RandomDraw.draw(SEED.replace('0', '1'), objects, inspectors, 8);
        assertThat(other.resultDigest()).isNotEqualTo(a.resultDigest());
    }

    @Test
    void theStreamIsCounterModeSha256OfTheSeedAndDomain() throws Exception {
        byte[] seed = HexFormat.of().parseHex(SEED);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(seed);
        sha.update("objects".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(new byte[8]);
        ByteBuffer block = ByteBuffer.wrap(sha.digest());
        RandomDraw.Stream s = new RandomDraw.Stream(seed, "objects");
        for (int i = 0; i < 4; i++) {
            assertThat(s.next()).isEqualTo(block.getLong());
        }
        sha.reset();
        sha.update(seed);
        sha.update("objects".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(ByteBuffer.allocate(8).putLong(1).array());
        assertThat(s.next()).isEqualTo(ByteBuffer.wrap(sha.digest()).getLong());
    }

    @Test
    void thePoolDigestIsTheSha256OfItsCanonicalText() throws Exception {
        List<RandomDraw.Entry> p = List.of(new RandomDraw.Entry(2, "乙"), new RandomDraw.Entry(1, "甲"));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("1\t甲\n2\t乙\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(RandomDraw.digest(p)).isEqualTo(expected);
        assertThat(RandomDraw.digest(List.of(new RandomDraw.Entry(2, "乙"), new RandomDraw.Entry(1, "丙"))))
                .isNotEqualTo(expected);
    }

    @Test
    void theShuffleIsAnEvenPermutationOverManySeeds() {
        int n = 5;
        int runs = 4000;
        int[][] counts = new int[n][n];
        SecureRandom random = new SecureRandom();
        List<Integer> base = IntStream.range(0, n).boxed().toList();
        for (int r = 0; r < runs; r++) {
            byte[] seed = HexFormat.of().parseHex(RandomDraw.newSeed(random));
            List<Integer> shuffled = RandomDraw.shuffle(base, new RandomDraw.Stream(seed, "objects"));
            assertThat(new HashSet<>(shuffled)).hasSize(n);
            for (int pos = 0; pos < n; pos++) {
                counts[shuffled.get(pos)][pos]++;
            }
        }
        double expected = runs / (double) n;
        double chi = 0;
        for (int[] row : counts) {
            for (int c : row) {
                chi += (c - expected) * (c - expected) / expected;
            }
        }
        // 16 degrees of freedom: the 99.99th percentile is about 45
        assertThat(chi).as("chi-square of positions").isLessThan(45);
    }

    @Test
    void belowNeverReachesN() {
        RandomDraw.Stream s = new RandomDraw.Stream(HexFormat.of().parseHex(SEED), "inspectors");
        Random sizes = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long n = 1 + sizes.nextInt(1000);
            assertThat(s.below(n)).isBetween(0L, n - 1);
        }
    }

    @Test
    void aDrawNeedsTwoInspectorsAndNoMoreObjectsThanThePoolHolds() {
        assertThatThrownBy(() -> RandomDraw.draw(SEED, pool("企业", 3), pool("执法人员", 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomDraw.draw(SEED, pool("企业", 3), pool("执法人员", 2), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomDraw.draw(SEED, List.of(new RandomDraw.Entry(1, "a"), new RandomDraw.Entry(1, "b")),
                pool("执法人员", 2), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
