package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where enforcement reads the power list (权责清单): an agency exercises only the items in force of
 * its unit, and every case is opened on one of them. The one seam between this module and the power
 * list: today the agency's own register of its powers stands behind it; when the lists module offers
 * its power items, an implementation reading them replaces it, and nothing else here changes.
 */
public interface PowerList {

    /** The item with this reference, if the list holds it. */
    Optional<PowerItem> find(String ref);

    /** The items of {@code unitId} in force on {@code on}. */
    List<PowerItem> inForceOf(long unitId, LocalDate on);

    /** Whether new items can be entered here (false once the power list itself is the source). */
    boolean registersItems();
}
