package org.fazhi.publicity.internal;

import java.time.LocalDate;
import org.fazhi.publicity.ActivityStatus;
import org.fazhi.publicity.PublicityActivity;

/**
 * What the gates of a publicity activity read, gathered once per step or page: the activity, whether the
 * acting user's roles carry publicity work (谁执法谁普法: the agencies' staff and the 法治办, not leaders),
 * and today.
 */
public record ActivityFacts(PublicityActivity activity, boolean actorMayOrganise, LocalDate today) {

    public ActivityStatus status() {
        return activity.status();
    }

    /** The activity's first day has come. */
    public boolean started() {
        return !activity.startsOn().isAfter(today);
    }

    /** The activity's last day has passed. */
    public boolean over() {
        return activity.endsOn().isBefore(today);
    }
}
