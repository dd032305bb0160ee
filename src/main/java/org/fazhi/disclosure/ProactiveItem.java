package org.fazhi.disclosure;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A proactive disclosure item (主动公开, GI-05) in a unit's register: what it is, when it was formed or changed,
 * the day it must be public by (20 working days on the official calendar, from the rules catalog), when and where
 * it was published ({@code link}: the page on the portal or the government website), and whether that was on time.
 * {@code source}: the module that registered it from its own publication, null when staff registered it.
 */
public record ProactiveItem(long id, long unitId, String title, ProactiveCategory category, ProactiveChange change,
        LocalDate formedOn, LocalDate dueOn, LocalDate publishedOn, String link, Long deadlineId, String source,
        int version) {

    public static final SubjectType SUBJECT = new SubjectType(DisclosureRequest.MODULE, "disclosure-item");

    public boolean published() {
        return publishedOn != null;
    }

    /** Published by its due date (null while unpublished). */
    public Boolean onTime() {
        return publishedOn == null || dueOn == null ? null : !publishedOn.isAfter(dueOn);
    }
}
