package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * A cleanup campaign (清理): periodic (every two years, seed 002) or special (涉企, 公平竞争, a new
 * law). Completing it applies every verdict.
 */
public record CleanupCampaign(Long id, Long unitId, String name, CampaignKind kind, String topic,
        LocalDate startedOn, LocalDate completedOn, boolean completed) {

    public enum CampaignKind {
        PERIODIC,
        SPECIAL
    }
}
