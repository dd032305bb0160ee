package org.fazhi.shared.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The units as a console page offers them to the reader: their own unit, the names of units, and the
 * units they may choose in a form. The units module provides it (the kernel knows no module).
 */
public interface UnitDirectory {

    /** A unit to choose in a form. */
    record Option(Long id, String name) {
    }

    /** The reader's own unit. */
    Long homeUnitId();

    /** The names of the units, by id. */
    Map<Long, String> names(Collection<Long> ids);

    /** The active units the reader may choose, in tree order; of the kinds named only (every unit when none). */
    List<Option> choosable(Collection<String> kinds);
}
