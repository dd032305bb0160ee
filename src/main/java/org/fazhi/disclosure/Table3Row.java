package org.fazhi.disclosure;

import java.util.List;

/**
 * The 25 data rows of Table 三 of the annual report (收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号):
 * new and carried-over requests, the results in groups （一）–（六）, their total （七） and the requests carried
 * into the next year. {@code key} is the row's stable id in exports and messages.
 */
public enum Table3Row {
    NEW("1"),
    CARRIED_OVER("2"),
    DISCLOSED("3.1"),
    PARTIAL("3.2"),
    WITHHELD_STATE_SECRET("3.3.1"),
    WITHHELD_PROHIBITED_BY_LAW("3.3.2"),
    WITHHELD_SECURITY_STABILITY("3.3.3"),
    WITHHELD_THIRD_PARTY("3.3.4"),
    WITHHELD_INTERNAL_AFFAIRS("3.3.5"),
    WITHHELD_PROCESS_INFORMATION("3.3.6"),
    WITHHELD_ENFORCEMENT_FILE("3.3.7"),
    WITHHELD_QUERY_MATTER("3.3.8"),
    UNABLE_NOT_HELD("3.4.1"),
    UNABLE_NEEDS_CREATION("3.4.2"),
    UNABLE_STILL_UNCLEAR("3.4.3"),
    NOT_PROCESSED_PETITION("3.5.1"),
    NOT_PROCESSED_REPEAT("3.5.2"),
    NOT_PROCESSED_PUBLICATION("3.5.3"),
    NOT_PROCESSED_MASS_REPEAT("3.5.4"),
    NOT_PROCESSED_CONFIRMATION("3.5.5"),
    OTHER_NOT_CORRECTED("3.6.1"),
    OTHER_FEE_UNPAID("3.6.2"),
    OTHER("3.6.3"),
    RESULT_TOTAL("3.7"),
    CARRIED_FORWARD("4");

    private final String key;

    Table3Row(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The result rows （一）–（六） whose sum is （七）总计. */
    public boolean result() {
        return ordinal() >= DISCLOSED.ordinal() && ordinal() <= OTHER.ordinal();
    }

    public static List<Table3Row> results() {
        return java.util.Arrays.stream(values()).filter(Table3Row::result).toList();
    }
}
