package org.fazhi.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered article of a draft (第X条), as the commenter picks it: its number, its heading as written
 * (第三条) and its text. {@link #parse} finds the articles of a text: each line that starts with
 * 第…条 (Chinese numerals or digits) begins one, which runs to the next; text before the first
 * article (a title, chapter headings) belongs to none.
 */
public record Article(int no, String label, String text) {

    private static final Pattern HEADING = Pattern.compile("^\\s*(第([零〇一二两三四五六七八九十百千0-9０-９]{1,8})条)");

    /** The articles of {@code body} in order; a number that appears twice counts once (the first). */
    public static List<Article> parse(String body) {
        List<Article> out = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return out;
        }
        Integer no = null;
        String label = null;
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\\R")) {
            Matcher m = HEADING.matcher(line);
            Integer n = m.find() ? number(m.group(2)) : null;
            if (n != null) {
                add(out, no, label, text);
                no = n;
                label = m.group(1);
                text = new StringBuilder(line.strip());
            } else if (no != null) {
                if (!line.isBlank()) {
                    text.append('\n').append(line.strip());
                }
            }
        }
        add(out, no, label, text);
        return out;
    }

    /** Whether {@code body} has an article numbered {@code no}. */
    public static boolean exists(String body, int no) {
        return parse(body).stream().anyMatch(a -> a.no() == no);
    }

    private static void add(List<Article> out, Integer no, String label, StringBuilder text) {
        if (no != null && out.stream().noneMatch(a -> a.no() == no)) {
            out.add(new Article(no, label, text.toString()));
        }
    }

    /** 三十七 → 37, 一百零五 → 105, 12 → 12; null when it is not a number. */
    static Integer number(String s) {
        String digits = s.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (digits.matches("\\d{1,4}")) {
            int n = Integer.parseInt(digits);
            return n > 0 ? n : null;
        }
        int total = 0;
        int current = 0;
        for (char c : digits.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        total += current;
        return total > 0 ? total : null;
    }

    private static int digit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            case '零', '〇' -> 0;
            default -> -1;
        };
    }
}
