package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.fazhi.disclosure.ProactiveCategory;
import org.fazhi.disclosure.ProactiveChange;
import org.fazhi.disclosure.ProactiveDisclosureFigures;
import org.fazhi.disclosure.Table2Cell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cell of Table 二 the register of proactive items feeds (条例第二十条第（一）项): 规章 本年制发 — the unit's items of
 * the category 规章, formed (not changed) and published in the year. No module keeps rules as records, so the register
 * is where they are; repealed and in-force rules stay entered by staff.
 */
@Component
class RegisterDisclosureFigures implements ProactiveDisclosureFigures {

    private final JdbcClient jdbc;

    RegisterDisclosureFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Table2Cell> cells() {
        return EnumSet.of(Table2Cell.RULES_ISSUED);
    }

    @Override
    public Map<Table2Cell, BigDecimal> figures(long unitId, int year) {
        long n = jdbc.sql("select count(*) from disclosure_item where unit_id = :unit and category = :category"
                + " and change_kind = :change and published_on between :first and :last").param("unit", unitId)
                .param("category", ProactiveCategory.RULES.name()).param("change", ProactiveChange.FORMED.name())
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(Long.class).single();
        return Map.of(Table2Cell.RULES_ISSUED, BigDecimal.valueOf(n));
    }
}
