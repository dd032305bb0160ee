package org.fazhi.search.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML-escaped text with every occurrence of the query terms wrapped in {@code <mark>}, and body
 * snippets around the first occurrence. Matching is by substring, as the bigram recall is.
 */
final class Snippets {

    static final int SNIPPET_CHARS = 120;

    private Snippets() {
    }

    static String highlight(String text, List<String> terms) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int matchLen = 0;
            for (String t : terms) {
                if (!t.isEmpty() && lower.startsWith(t, i) && t.length() > matchLen) {
                    matchLen = t.length();
                }
            }
            if (matchLen > 0) {
                out.append("<mark>").append(HtmlUtils.htmlEscape(text.substring(i, i + matchLen))).append("</mark>");
                i += matchLen;
            } else {
                out.append(HtmlUtils.htmlEscape(String.valueOf(text.charAt(i))));
                i++;
            }
        }
        return out.toString();
    }

    static String snippet(String body, List<String> terms) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String lower = body.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String t : terms) {
            int at = t.isEmpty() ? -1 : lower.indexOf(t);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - SNIPPET_CHARS / 3);
        int end = Math.min(body.length(), start + SNIPPET_CHARS);
        String piece = body.substring(start, end).replaceAll("\\s+", " ");
        return (start > 0 ? "…" : "") + highlight(piece, terms) + (end < body.length() ? "…" : "");
    }
}
