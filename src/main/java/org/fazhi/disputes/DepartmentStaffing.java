package org.fazhi.disputes;

import java.util.List;

/**
 * An enforcement department's administrative mediation staff on a day, against the number the catalog
 * asks of it (SD-18, read for the department's unit).
 */
public record DepartmentStaffing(Long unitId, String unitName, List<AdminMediationStaff> staff, int required) {

    public DepartmentStaffing {
        staff = List.copyOf(staff);
    }

    public int count() {
        return staff.size();
    }

    public boolean meets() {
        return staff.size() >= required;
    }
}
