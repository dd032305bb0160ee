package org.fazhi.publicity;

import java.time.LocalDate;

/**
 * An activity as the public calendar shows it: announced or held only, the description with every personal
 * identifier removed, no internal notes.
 */
public record PublicActivity(Long id, String unitName, String title, ActivityKind kind, LocalDate startsOn,
        LocalDate endsOn, String place, String audience, String description, ActivityStatus status,
        Integer participants) {
}
