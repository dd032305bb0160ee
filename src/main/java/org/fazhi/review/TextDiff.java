package org.fazhi.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line comparison of two texts (a paragraph of a Chinese document is one line), for the
 * reviewer comparing the version under review with the one reviewed before, and for the drafter
 * comparing two versions. Longest common subsequence over the lines that differ; very long texts
 * whose differing middle exceeds {@link #MAX_CELLS} are shown as removed then added.
 */
public final class TextDiff {

    /** The size of the comparison table beyond which the middle is not aligned line by line. */
    static final long MAX_CELLS = 4_000_000L;

    /** How a line differs. */
    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the comparison, with its number in the old and in the new text (0 when absent). */
    public record Line(Kind kind, String text, int oldNo, int newNo) {

        public boolean changed() {
            return kind != Kind.SAME;
        }
    }

    private TextDiff() {
    }

    public static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(Kind.SAME, a[i], i + 1, i + 1));
        }
        middle(a, b, prefix, a.length - suffix, b.length - suffix, out);
        for (int k = suffix; k > 0; k--) {
            int i = a.length - k;
            int j = b.length - k;
            out.add(new Line(Kind.SAME, a[i], i + 1, j + 1));
        }
        return out;
    }

    /** Whether the two texts differ at all. */
    public static boolean differ(String before, String after) {
        return lines(before, after).stream().anyMatch(Line::changed);
    }

    private static void middle(String[] a, String[] b, int from, int aEnd, int bEnd, List<Line> out) {
        int n = aEnd - from;
        int m = bEnd - from;
        if ((long) n * m > MAX_CELLS) {
            for (int i = from; i < aEnd; i++) {
                out.add(new Line(Kind.REMOVED, a[i], i + 1, 0));
            }
            for (int j = from; j < bEnd; j++) {
                out.add(new Line(Kind.ADDED, b[j], 0, j + 1));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[from + i].equals(b[from + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[from + i].equals(b[from + j])) {
                out.add(new Line(Kind.SAME, a[from + i], from + i + 1, from + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, a[from + i], from + i + 1, 0));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, b[from + j], 0, from + j + 1));
                j++;
            }
        }
    }

    private static String[] split(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }
}
