package org.fazhi.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * A reply as recorded: its reply type (GI-04) and, where the type has several, the sub-reason — each
 * mapped to exactly one row of Table 三. This table is the mapping the annual report counts by; it is data,
 * and {@code ReplyReasonMappingTests} checks it covers every result row once per reason.
 */
public enum ReplyReason {
    ALREADY_PUBLIC(ReplyType.ALREADY_PUBLIC, Table3Row.DISCLOSED),
    DISCLOSED(ReplyType.DISCLOSED, Table3Row.DISCLOSED),
    PARTIALLY_DISCLOSED(ReplyType.PARTIALLY_DISCLOSED, Table3Row.PARTIAL),
    WITHHELD_STATE_SECRET(ReplyType.WITHHELD, Table3Row.WITHHELD_STATE_SECRET),
    WITHHELD_PROHIBITED_BY_LAW(ReplyType.WITHHELD, Table3Row.WITHHELD_PROHIBITED_BY_LAW),
    WITHHELD_SECURITY_STABILITY(ReplyType.WITHHELD, Table3Row.WITHHELD_SECURITY_STABILITY),
    WITHHELD_THIRD_PARTY(ReplyType.WITHHELD, Table3Row.WITHHELD_THIRD_PARTY),
    WITHHELD_INTERNAL_AFFAIRS(ReplyType.WITHHELD, Table3Row.WITHHELD_INTERNAL_AFFAIRS),
    WITHHELD_PROCESS_INFORMATION(ReplyType.WITHHELD, Table3Row.WITHHELD_PROCESS_INFORMATION),
    WITHHELD_ENFORCEMENT_FILE(ReplyType.WITHHELD, Table3Row.WITHHELD_ENFORCEMENT_FILE),
    WITHHELD_QUERY_MATTER(ReplyType.WITHHELD, Table3Row.WITHHELD_QUERY_MATTER),
    NOT_EXIST_NOT_HELD(ReplyType.NOT_EXIST, Table3Row.UNABLE_NOT_HELD),
    NOT_EXIST_NEEDS_CREATION(ReplyType.NOT_EXIST, Table3Row.UNABLE_NEEDS_CREATION),
    NOT_OURS(ReplyType.NOT_OURS, Table3Row.UNABLE_NOT_HELD),
    STILL_UNCLEAR(ReplyType.NOT_EXIST, Table3Row.UNABLE_STILL_UNCLEAR),
    REPEAT(ReplyType.REPEAT, Table3Row.NOT_PROCESSED_REPEAT),
    PETITION(ReplyType.NOT_A_REQUEST, Table3Row.NOT_PROCESSED_PETITION),
    PUBLICATION(ReplyType.NOT_A_REQUEST, Table3Row.NOT_PROCESSED_PUBLICATION),
    MASS_REPEAT(ReplyType.NOT_A_REQUEST, Table3Row.NOT_PROCESSED_MASS_REPEAT),
    CONFIRMATION(ReplyType.NOT_A_REQUEST, Table3Row.NOT_PROCESSED_CONFIRMATION),
    NOT_CORRECTED(ReplyType.NOT_CORRECTED, Table3Row.OTHER_NOT_CORRECTED),
    FEE_UNPAID(ReplyType.FEE_UNPAID, Table3Row.OTHER_FEE_UNPAID),
    SPECIAL_STATUTE(ReplyType.SPECIAL_STATUTE, Table3Row.OTHER),
    OTHER(ReplyType.NOT_A_REQUEST, Table3Row.OTHER);

    private final ReplyType type;
    private final Table3Row row;

    ReplyReason(ReplyType type, Table3Row row) {
        this.type = type;
        this.row = row;
    }

    public ReplyType type() {
        return type;
    }

    public Table3Row row() {
        return row;
    }

    /** The information is given in whole or part: the reply letter says where and how. */
    public boolean givesInformation() {
        return row == Table3Row.DISCLOSED || row == Table3Row.PARTIAL;
    }

    /** Only a request whose 补正 notice went unanswered ends this way (GI-02). */
    public boolean needsPendingCorrection() {
        return this == NOT_CORRECTED;
    }

    /** Only after a 补正 was asked for can the request still be unclear (GI-02). */
    public boolean needsCorrectionAsked() {
        return this == STILL_UNCLEAR;
    }

    public static List<ReplyReason> of(ReplyType type) {
        return Arrays.stream(values()).filter(r -> r.type == type).toList();
    }
}
