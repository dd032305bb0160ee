package org.fazhi.shared.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks personal identifiers in free text (SECURITY.md PI-03, §2 "Masking of personal data
 * in public disclosures"): 18-digit resident identity numbers (GB 11643) and mainland mobile numbers.
 * Pure functions, for any module: a publishing step removes them ({@link #removed}: public disclosure
 * deletes identifiers, it does not partly mask them), a staff screen shows them partly masked
 * ({@link #maskedIdNumber}: {@code 110***********1234}; {@link #maskedMobile}: {@code 138****1234}).
 * An 18-digit run counts as an identity number whether or not its check digit is right: a typo in a
 * published ID number is still personal data.
 */
public final class PersonalData {

    /** What was found. */
    public enum Kind {
        ID_NUMBER,
        MOBILE
    }

    /** One identifier in the text: its kind and where it stands ({@code end} exclusive). */
    public record Finding(Kind kind, int start, int end) {
    }

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private PersonalData() {
    }

    /** Every identity number and mobile number in {@code text}, in order. */
    public static List<Finding> find(CharSequence text) {
        List<Finding> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            found.add(new Finding(Kind.ID_NUMBER, id.start(), id.end()));
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            int s = mobile.start();
            if (found.stream().noneMatch(f -> f.kind() == Kind.ID_NUMBER && s >= f.start() && s < f.end())) {
                found.add(new Finding(Kind.MOBILE, mobile.start(), mobile.end()));
            }
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    /** Whether {@code text} holds an identity number or a mobile number. */
    public static boolean contains(CharSequence text) {
        return !find(text).isEmpty();
    }

    /**
     * {@code text} with every identifier replaced: identity numbers by {@code idPlaceholder}, mobile
     * numbers by {@code mobilePlaceholder} (the caller's words, from its messages).
     */
    public static String removed(String text, String idPlaceholder, String mobilePlaceholder) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : find(text)) {
            out.append(text, at, f.start()).append(f.kind() == Kind.ID_NUMBER ? idPlaceholder : mobilePlaceholder);
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** An identity number for a staff screen: the first 3 and last 4 characters, the birth date hidden. */
    public static String maskedIdNumber(String id) {
        if (id == null || id.length() != 18) {
            return id;
        }
        return id.substring(0, 3) + "*".repeat(11) + id.substring(14);
    }

    /** A mobile number for a staff screen: the first 3 and last 4 digits. */
    public static String maskedMobile(String mobile) {
        if (mobile == null || mobile.length() != 11) {
            return mobile;
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    /** Whether an 18-character identity number has the right check digit (GB 11643-1999). */
    public static boolean validIdNumber(String id) {
        if (id == null || !id.matches("\\d{17}[0-9Xx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK[sum % 11];
    }
}
