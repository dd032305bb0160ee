package org.fazhi.shared.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds natural persons' identifiers in free text and takes them out before anything is published
 * (PI-03): public disclosure removes identifiers — it does not partly mask them — while staff screens
 * show partial masks (PI-02). Pure functions, used by every module's publishing step and by every
 * public rendering as a last guard.
 * <ul>
 * <li>身份证号: 18 characters (17 digits and a digit or X) or 15 digits (the old form) with a region
 * code and a plausible birth date, not part of a longer run — also when the GB 11643 check digit is
 * wrong: a mistyped ID number still identifies a person, so the public copy removes it too;</li>
 * <li>mobile numbers {@code 1[3-9]\d{9}}, fixed lines with an area code ({@code 0\d{2,3}-\d{7,8}});</li>
 * <li>bank card numbers: 16–19 digits (optionally grouped by spaces) passing the Luhn check.</li>
 * </ul>
 */
public final class PersonalData {

    /** What was found. */
    public enum Kind {
        ID_NUMBER,
        PHONE,
        BANK_ACCOUNT
    }

    /** One identifier found in a text: what, where (start inclusive, end exclusive), and the text itself. */
    public record Finding(Kind kind, int start, int end, String text) {
    }

    /** What the public copy shows in place of a removed identifier. */
    public static final String REMOVED = "[已隐去]";

    private static final Pattern ID18 = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern ID15 = Pattern.compile("(?<![0-9A-Za-z])(\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?(1[3-9]\\d{9})(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0\\d{2,3}-\\d{7,8})(?![0-9])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9])(\\d{4}(?: ?\\d{4}){2,3}(?: ?\\d{1,3})?)(?![0-9])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    private PersonalData() {
    }

    /** Every identifier in {@code text}, in order of position, overlaps resolved in favour of the first kind found. */
    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = ID18.matcher(text);
        while (m.find()) {
            if (validId18(m.group(1))) {
                add(found, new Finding(Kind.ID_NUMBER, m.start(1), m.end(1), m.group(1)));
            }
        }
        m = ID15.matcher(text);
        while (m.find()) {
            if (validId15(m.group(1))) {
                add(found, new Finding(Kind.ID_NUMBER, m.start(1), m.end(1), m.group(1)));
            }
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            add(found, new Finding(Kind.PHONE, m.start(1), m.end(1), m.group(1)));
        }
        m = LANDLINE.matcher(text);
        while (m.find()) {
            add(found, new Finding(Kind.PHONE, m.start(1), m.end(1), m.group(1)));
        }
        m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(" ", "");
            if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits)) {
                add(found, new Finding(Kind.BANK_ACCOUNT, m.start(1), m.end(1), m.group(1)));
            }
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    /** The text as the public may read it: every identifier removed ({@value #REMOVED}). */
    public static String redact(String text) {
        List<Finding> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : found) {
            out.append(text, at, f.start()).append(REMOVED);
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The identifier as a staff list shows it: 身份证 first 3 + last 4, phone 3 + 4, account last 4. */
    public static String mask(Finding f) {
        String v = f.text().replace(" ", "");
        return switch (f.kind()) {
            case ID_NUMBER -> v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
            case PHONE -> v.length() == 11 && v.startsWith("1") ? v.substring(0, 3) + "****" + v.substring(7)
                    : v.substring(0, Math.min(4, v.length())) + "****" + v.substring(Math.max(4, v.length() - 4));
            case BANK_ACCOUNT -> "**** **** **** " + v.substring(v.length() - 4);
        };
    }

    /** Looks like an ID number: a region code (first digit 1–8) and a plausible birth date. */
    static boolean validId18(String id) {
        return id.charAt(0) >= '1' && id.charAt(0) <= '8' && plausibleBirth(id.substring(6, 14));
    }

    /** Whether the GB 11643 check digit is right (shown to staff as a hint that a number was mistyped). */
    public static boolean checkDigitValid(String id18) {
        if (id18 == null || id18.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id18.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id18.charAt(17)) == ID_CHECK[sum % 11];
    }

    static boolean validId15(String id) {
        return id.charAt(0) >= '1' && id.charAt(0) <= '8' && plausibleBirth("19" + id.substring(6, 12));
    }

    private static boolean plausibleBirth(String yyyymmdd) {
        int y = Integer.parseInt(yyyymmdd.substring(0, 4));
        int m = Integer.parseInt(yyyymmdd.substring(4, 6));
        int d = Integer.parseInt(yyyymmdd.substring(6, 8));
        return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int n = digits.charAt(i) - '0';
            if (dbl) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private static void add(List<Finding> found, Finding f) {
        boolean overlaps = found.stream().anyMatch(x -> f.start() < x.end() && x.start() < f.end());
        if (!overlaps) {
            found.add(f);
        }
    }
}
