package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where enforcement reads the power list (权责清单): an agency exercises only the items in force of its
 * unit, and every case is opened on one of them. The one seam between this module and the lists
 * module: {@code internal.ListedPowers} reads it through {@code org.fazhi.lists.PowerItems}, never
 * through the lists module's tables.
 */
public interface PowerList {

    /** The item with this id as in force on {@code on}; empty when no list carries it that day. */
    Optional<PowerItem> find(long id, LocalDate on);

    /** The items {@code unitId} exercises in force on {@code on}. */
    List<PowerItem> inForceOf(long unitId, LocalDate on);
}
