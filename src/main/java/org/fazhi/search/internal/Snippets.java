package org.fazhi.search.internal;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML-escaped text with every occurrence of the query terms wrapped in {@code <mark>}, and body
 * snippets around the first occurrence. Matching is by substring, as the n-gram recall is, after
 * the same folding the index does (full-width to half-width, lower case), character for character
 * so that positions in the folded text are positions in the original. Everything outside the
 * {@code <mark>} tags is escaped: a title such as {@code <script>} comes out inert.
 */
final class Snippets {

    static final int SNIPPET_CHARS = 120;

    private Snippets() {
    }

    /** Folds one character as the analyzers do: full-width ASCII to ASCII, ideographic space, lower case. */
    static char fold(char c) {
        if (c >= '\u3400' && c <= '\u9FFF' || c >= '\u3001' && c <= '\u303F') {
            return c; // Chinese characters and punctuation: nothing to fold (the common case, kept fast)
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** {@code terms} must already be folded; the longest term matching at a position wins. */
    static String highlight(String text, List<String> terms) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int matchLen = 0;
            for (String t : terms) {
                if (!t.isEmpty() && t.length() > matchLen && folded.startsWith(t, i)) {
                    matchLen = t.length();
                }
            }
            if (matchLen > 0) {
                out.append(HtmlUtils.htmlEscape(plain.toString()));
                plain.setLength(0);
                out.append("<mark>").append(HtmlUtils.htmlEscape(text.substring(i, i + matchLen))).append("</mark>");
                i += matchLen;
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        out.append(HtmlUtils.htmlEscape(plain.toString()));
        return out.toString();
    }

    /** About {@link #SNIPPET_CHARS} characters of the body around the first occurrence of a term, highlighted. */
    static String snippet(String body, List<String> terms) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        int first = firstOccurrence(fold(body), terms);
        int start = first < 0 ? 0 : Math.max(0, first - SNIPPET_CHARS / 3);
        int end = Math.min(body.length(), start + SNIPPET_CHARS);
        if (start > 0 && Character.isLowSurrogate(body.charAt(start))) {
            start--;
        }
        if (end < body.length() && Character.isLowSurrogate(body.charAt(end))) {
            end++;
        }
        String piece = body.substring(start, end).replaceAll("\\s+", " ");
        return (start > 0 ? "…" : "") + highlight(piece, terms) + (end < body.length() ? "…" : "");
    }

    private static int firstOccurrence(String folded, List<String> terms) {
        int first = -1;
        for (String t : terms) {
            int at = t.isEmpty() ? -1 : folded.indexOf(t);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
