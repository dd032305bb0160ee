package org.fazhi.deadlines;

/**
 * How pressing a running deadline is, for its colour: overdue (red), due within the warning window
 * ({@code fazhi.deadlines.due-soon-working-days}, 3 working days: amber), otherwise neutral; a closed one
 * (met, cancelled) is neutral too. CSS classes {@code fz-urgency-overdue|soon|normal}.
 */
public enum Urgency {
    OVERDUE, SOON, NORMAL;

    public String cssClass() {
        return "fz-urgency-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
