package org.fazhi.publicity;

import java.util.List;
import org.fazhi.files.StoredFile;
import org.fazhi.shared.procedure.Guide;

/**
 * An activity's page in one read: the activity, its unit, the duty line it carries out, its materials and the
 * guide.
 */
public record ActivityOverview(PublicityActivity activity, String unitName, DutyLine duty, List<StoredFile> materials,
        Guide<ActivityStatus> guide) {
}
