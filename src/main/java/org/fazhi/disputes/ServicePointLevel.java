package org.fazhi.disputes;

import org.fazhi.units.UnitKind;

/**
 * The three levels of public legal service points and the unit each serves: the county centre (a county
 * government or department), a township station, a village (community) room.
 */
public enum ServicePointLevel {
    /** 公共法律服务中心 (县级). */
    CENTRE,
    /** 乡镇（街道）公共法律服务工作站. */
    STATION,
    /** 村（社区）公共法律服务工作室. */
    ROOM;

    /** Whether a point of this level may serve a unit of that kind. */
    public boolean serves(UnitKind kind) {
        return switch (this) {
            case CENTRE -> kind == UnitKind.GOVERNMENT || kind == UnitKind.DEPARTMENT;
            case STATION -> kind == UnitKind.TOWNSHIP;
            case ROOM -> kind == UnitKind.VILLAGE_COMMITTEE;
        };
    }
}
