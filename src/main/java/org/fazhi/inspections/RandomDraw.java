package org.fazhi.inspections;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The draw of a random inspection, written down so that anyone can repeat it (algorithm
 * {@value #ALGORITHM}):
 * <ol>
 * <li><b>Pools.</b> Each pool (objects, inspectors) is a list of entries {@code (id, label)} sorted by id
 * ascending. Its canonical text is, for every entry, the decimal id, a TAB, the label and a LF, in UTF-8;
 * its digest is the lower-case hex SHA-256 of that text.</li>
 * <li><b>Seed.</b> 32 bytes from a cryptographic random source, written as 64 lower-case hex digits,
 * recorded and published with the draw.</li>
 * <li><b>Random numbers.</b> For a domain name {@code d} ("objects" or "inspectors"), block {@code i}
 * (i = 0, 1, 2 …) is SHA-256(seed bytes ‖ UTF-8(d) ‖ 0x00 ‖ i as 8-byte big-endian). The blocks are read
 * in order, 8 bytes at a time, each as an unsigned big-endian 64-bit number {@code u}.</li>
 * <li><b>A number below n.</b> With {@code r = 2^64 mod n}, take the next {@code u}; if {@code u < r}
 * take another; else the number is {@code u mod n} (no bias).</li>
 * <li><b>Shuffle.</b> Fisher–Yates on the sorted pool: for {@code i} from {@code size-1} down to 1, draw
 * {@code j} below {@code i+1} and swap positions {@code i} and {@code j}. Objects use domain "objects",
 * inspectors domain "inspectors".</li>
 * <li><b>Result.</b> The first {@code count} shuffled objects, in that order, are the tasks; task
 * {@code t} (from 0) gets the shuffled inspectors at positions {@code 2t mod m} and {@code (2t+1) mod m}
 * ({@code m} the inspector pool's size, at least 2: always two different people). The result digest is the
 * SHA-256 of the lines "t TAB objectId TAB inspectorId TAB inspectorId LF".</li>
 * </ol>
 */
public final class RandomDraw {

    /** The name of this algorithm, recorded with every draw. */
    public static final String ALGORITHM = "FZ-SHA256-CTR-FY-1";

    /** One entry of a pool: a record's id and how the published pool names it. */
    public record Entry(long id, String label) {
    }

    /** One task of the result: the object and its two inspectors. */
    public record Task(int seqNo, long objectId, long inspectorA, long inspectorB) {
    }

    /** A draw's outcome with the digests that identify its inputs and its result. */
    public record Result(String objectPoolDigest, String inspectorPoolDigest, List<Task> tasks, String resultDigest) {

        public Result {
            tasks = List.copyOf(tasks);
        }
    }

    private RandomDraw() {
    }

    /** A fresh seed: 32 random bytes as 64 hex digits. */
    public static String newSeed(SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /** The pool sorted by id, as the algorithm reads it. */
    public static List<Entry> canonical(List<Entry> pool) {
        List<Entry> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparingLong(Entry::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id() == sorted.get(i - 1).id()) {
                throw new IllegalArgumentException("the pool names id " + sorted.get(i).id() + " twice");
            }
        }
        return sorted;
    }

    /** The digest of a pool's canonical text. */
    public static String digest(List<Entry> pool) {
        MessageDigest sha = sha256();
        for (Entry e : canonical(pool)) {
            sha.update((e.id() + "\t" + e.label() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Draws {@code count} objects and a pair of inspectors for each. {@code seedHex}: 64 hex digits.
     */
    public static Result draw(String seedHex, List<Entry> objects, List<Entry> inspectors, int count) {
        byte[] seed = HexFormat.of().parseHex(seedHex);
        if (seed.length != 32) {
            throw new IllegalArgumentException("the seed is 32 bytes (64 hex digits)");
        }
        List<Entry> objectPool = canonical(objects);
        List<Entry> inspectorPool = canonical(inspectors);
        if (count < 0 || count > objectPool.size()) {
            throw new IllegalArgumentException("count between 0 and the object pool's size");
        }
        if (count > 0 && inspectorPool.size() < 2) {
            throw new IllegalArgumentException("at least two inspectors");
        }
        List<Entry> shuffledObjects = shuffle(objectPool, new Stream(seed, "objects"));
        List<Entry> shuffledInspectors = shuffle(inspectorPool, new Stream(seed, "inspectors"));
        List<Task> tasks = new ArrayList<>();
        int m = shuffledInspectors.size();
        MessageDigest result = sha256();
        for (int t = 0; t < count; t++) {
            Task task = new Task(t, shuffledObjects.get(t).id(), shuffledInspectors.get((2 * t) % m).id(),
                    shuffledInspectors.get((2 * t + 1) % m).id());
            tasks.add(task);
            result.update((t + "\t" + task.objectId() + "\t" + task.inspectorA() + "\t" + task.inspectorB() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Result(digest(objectPool), digest(inspectorPool), tasks, HexFormat.of().formatHex(result.digest()));
    }

    static <T> List<T> shuffle(List<T> sorted, Stream random) {
        List<T> a = new ArrayList<>(sorted);
        for (int i = a.size() - 1; i >= 1; i--) {
            int j = (int) random.below(i + 1);
            T x = a.get(i);
            a.set(i, a.get(j));
            a.set(j, x);
        }
        return a;
    }

    /** The counter-mode SHA-256 stream of one domain. */
    static final class Stream {

        private final byte[] seed;
        private final byte[] domain;
        private long block;
        private ByteBuffer current = ByteBuffer.allocate(0);

        Stream(byte[] seed, String domain) {
            this.seed = seed.clone();
            this.domain = domain.getBytes(StandardCharsets.UTF_8);
        }

        /** The next unsigned 64-bit number (as a long's bits). */
        long next() {
            if (current.remaining() < 8) {
                MessageDigest sha = sha256();
                sha.update(seed);
                sha.update(domain);
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(8).putLong(block++).array());
                current = ByteBuffer.wrap(sha.digest());
            }
            return current.getLong();
        }

        /** A number in [0, n) without bias: numbers below 2^64 mod n are drawn again. */
        long below(long n) {
            if (n <= 0) {
                throw new IllegalArgumentException("n > 0");
            }
            long r = Long.remainderUnsigned(-n, n);
            while (true) {
                long u = next();
                if (Long.compareUnsigned(u, r) >= 0) {
                    return Long.remainderUnsigned(u, n);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
