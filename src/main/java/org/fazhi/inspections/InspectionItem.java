package org.fazhi.inspections;

import java.math.BigDecimal;

/**
 * An item of the random-inspection items list (随机抽查事项清单): what is inspected, on which basis,
 * which type of object, the ratio drawn and the frequency per year, and the method.
 */
public record InspectionItem(Long id, Long unitId, String code, String name, String basis, String objectType,
        BigDecimal ratioPercent, int frequency, String method, boolean active) {
}
