package org.fazhi.publicity;

import org.fazhi.shared.procedure.Guide;

/** An activity's page in one read: the activity, its unit, the duty line it carries out and the guide. */
public record ActivityOverview(PublicityActivity activity, String unitName, DutyLine duty,
        Guide<ActivityStatus> guide) {
}
