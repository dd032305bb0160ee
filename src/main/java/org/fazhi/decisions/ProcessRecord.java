package org.fazhi.decisions;

import java.time.Instant;

/**
 * One entry of a decision's process record (决策过程记录, MD-09): which step, in which round, who took
 * it (the name as it was then) from which unit, on which version, what it recorded, and when — kept for
 * lifelong accountability (终身责任追究, MD-11).
 */
public record ProcessRecord(Long id, Long decisionId, int roundNo, String step, Long actorId, String actorName,
        Long unitId, Long versionId, String summary, Instant recordedAt) {
}
