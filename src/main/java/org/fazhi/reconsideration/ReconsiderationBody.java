package org.fazhi.reconsideration;

/**
 * A 行政复议机关 ({@code unitId}, e.g. the county government) and its 行政复议机构
 * ({@code handlingUnitId}, e.g. the county justice bureau), whose staff handle the cases.
 */
public record ReconsiderationBody(Long id, long unitId, long handlingUnitId, String name, boolean active) {
}
