package org.fazhi.inspections;

/** An entry of the roster of objects (检查对象名录库): an organisation with its credit code and type. */
public record InspectionObject(Long id, Long unitId, String objectType, String name, String creditCode,
        String address, boolean active) {

    /** How the published pool names the object. */
    public String label() {
        return name + " " + creditCode;
    }
}
