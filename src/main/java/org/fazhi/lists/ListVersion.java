package org.fazhi.lists;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A version of a list as read: its number, where it stands, why it was made (调整说明), whether the
 * adjustment needs public participation (and why not, when it does not), the content's revision and
 * SHA-256 (what the review desk saw), how many items it has, its effective date once published, and
 * whether it was loaded as an existing list rather than adjusted here. {@code version} is the row's
 * lock version, which forms and requests send back.
 */
public record ListVersion(long id, long listId, long unitId, ListKind kind, int versionNo, ListVersionStatus status,
        String reason, boolean participationRequired, String noParticipationReason, int revision, String contentSha256,
        int itemCount, LocalDate effectiveDate, LocalDate publishedOn, boolean imported, String withdrawnReason,
        int version) {

    /** How other modules (review desk, audit, deadlines) refer to a version of a list. */
    public static final SubjectType SUBJECT = new SubjectType(ItemList.MODULE, "list-version");

    public boolean published() {
        return status == ListVersionStatus.PUBLISHED;
    }

    /** An adjustment still on its way (not published, not withdrawn). */
    public boolean open() {
        return status != ListVersionStatus.PUBLISHED && status != ListVersionStatus.WITHDRAWN;
    }
}
