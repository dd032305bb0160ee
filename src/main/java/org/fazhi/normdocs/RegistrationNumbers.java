package org.fazhi.normdocs;

/** Registration numbers (登记号): office prefix, four-digit year, five-digit serial, e.g. LXDR201500008. */
public final class RegistrationNumbers {

    private RegistrationNumbers() {
    }

    public static String format(String prefix, int year, int serial) {
        if (serial < 1 || serial > 99_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return prefix + year + String.format("%05d", serial);
    }
}
